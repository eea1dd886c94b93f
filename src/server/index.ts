/** The local Neo4j Community server (jars from Maven Central, start/stop/status) and finding a server to connect to. */
export * from './connection.js';
export * from './config.js';
export * from './errors.js';
export * from './tools.js';
export * from './jars.js';
export * from './conf.js';
export * from './credentials.js';
export * from './local-server.js';
export { isProcessAlive, isOurServerProcess } from './process.js';
export * from './writers.js';
