/** The Neo4j side: finding a server (connection), running a local one (server). */
export * from './connection.js';
export * from './server/index.js';
