import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionFromEnv, resolveNeo4jConnection } from '../../../src/server/connection.js';
import {
  createCredentials,
  findJava,
  findMaven,
  memoryKiB,
  Neo4jServerError,
  parseJavaVersion,
  readCredentials,
  renderNeo4jConf,
  renderPom,
  resolveServerPaths,
  resolveServerPorts,
  serverArguments,
} from '../../../src/server/index.js';
import { onlyUnitTestsSelected } from '../../setup/neo4j.js';

describe('paths and ports from the environment', () => {
  it('keeps state under <cwd>/.meeting-kg/neo4j and jars under the cache, both overridable', () => {
    const defaults = resolveServerPaths({ HOME: '/home/u' }, '/work/p');
    expect(defaults.stateDir).toBe('/work/p/.meeting-kg/neo4j');
    expect(defaults.credentialsFile).toBe('/work/p/.meeting-kg/neo4j/credentials.json');
    expect(defaults.cacheDir).toMatch(/\/\.cache\/meeting-kg\/neo4j-5\.26\.\d+$/);
    const custom = resolveServerPaths({ MEETING_KG_HOME: '/srv/kg', MEETING_KG_CACHE: '/var/cache/kg' }, '/work/p');
    expect(custom.stateDir).toBe('/srv/kg/neo4j');
    expect(custom.libDir).toMatch(/^\/var\/cache\/kg\/neo4j-5\.26\.\d+\/lib$/);
  });

  it('uses 7687/7474 unless told otherwise, and rejects bad ports with one line', () => {
    expect(resolveServerPorts({})).toEqual({ bolt: 7687, http: 7474 });
    expect(resolveServerPorts({ MEETING_KG_NEO4J_BOLT_PORT: '17687', MEETING_KG_NEO4J_HTTP_PORT: '17474' })).toEqual({ bolt: 17687, http: 17474 });
    expect(() => resolveServerPorts({ MEETING_KG_NEO4J_BOLT_PORT: 'seven' })).toThrow(/MEETING_KG_NEO4J_BOLT_PORT must be a port number/);
    expect(() => resolveServerPorts({ MEETING_KG_NEO4J_HTTP_PORT: '70000' })).toThrow(Neo4jServerError);
    expect(() => resolveServerPorts({ MEETING_KG_NEO4J_HTTP_PORT: '7687' })).toThrow(/must differ/);
  });
});

describe('neo4j.conf and the command line', () => {
  const paths = resolveServerPaths({ MEETING_KG_HOME: '/s', MEETING_KG_CACHE: '/c' }, '/');
  const conf = renderNeo4jConf(paths, { bolt: 7000, http: 7001 });

  it('binds Bolt and HTTP to 127.0.0.1 only, turns HTTPS off and auth on', () => {
    expect(conf).toContain('server.default_listen_address=127.0.0.1\n');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7000\n');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:7001\n');
    expect(conf).toContain('server.https.enabled=false\n');
    expect(conf).toContain('dbms.security.auth_enabled=true\n');
    // 0.0.0.0 appears only in the LOAD CSV block list (every address blocked), never as an address to listen on.
    expect(conf.split("\n").filter((line) => !line.startsWith("internal.dbms.cypher_ip_blocklist=")).join("\n")).not.toMatch(/0\.0\.0\.0/);
    expect(conf).toContain("dbms.security.allow_csv_import_from_file_urls=false");
  });

  it('keeps memory small and data/logs in the state directory', () => {
    expect(conf).toContain('server.memory.heap.max_size=512m\n');
    expect(conf).toContain('server.memory.pagecache.size=256m\n');
    expect(conf).toContain('server.directories.data=/s/neo4j/data\n');
    expect(conf).toContain('server.directories.logs=/s/neo4j/logs\n');
  });

  it('runs CommunityEntryPoint in the foreground with our home and conf', () => {
    const args = serverArguments(paths);
    expect(args.slice(-4)).toEqual(['org.neo4j.server.CommunityEntryPoint', `--home-dir=${paths.cacheDir}`, '--config-dir=/s/neo4j/conf', '--console-mode']);
    expect(args).toContain('-Xmx524288k');
  });

  it('reads memory sizes with any unit the way Neo4j does (1g is 1 GiB, not 1 KiB)', () => {
    expect(memoryKiB('1g')).toBe(1024 * 1024);
    expect(memoryKiB('1536m')).toBe(1536 * 1024);
    expect(memoryKiB('2048k')).toBe(2048);
    expect(memoryKiB('1G')).toBe(memoryKiB('1024m'));
    expect(() => memoryKiB('lots')).toThrow(/not a memory size/);
  });

  it('asks Maven for the server, Bolt and Browser artifacts', () => {
    const pom = renderPom();
    for (const artifact of ['<groupId>org.neo4j</groupId><artifactId>neo4j</artifactId>', '<artifactId>neo4j-server</artifactId>', '<artifactId>neo4j-bolt</artifactId>', '<groupId>org.neo4j.client</groupId><artifactId>neo4j-browser</artifactId>']) {
      expect(pom).toContain(artifact);
    }
  });
});

describe('credentials', () => {
  it('generates a password into a 0600 file and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-cred-'));
    try {
      const file = join(dir, 'credentials.json');
      expect(readCredentials(file)).toBeUndefined();
      const created = createCredentials(file);
      expect(created.username).toBe('neo4j');
      expect(created.password.length).toBeGreaterThanOrEqual(20);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readCredentials(file)).toEqual(created);
      expect(createCredentials(join(dir, 'other.json')).password).not.toBe(created.password);
      expect(readFileSync(file, 'utf8')).toContain(created.password);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('tools', () => {
  it('reads Java feature versions from `java -version` text', () => {
    expect(parseJavaVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaVersion('java version "1.8.0_292"')).toBe(8);
    expect(parseJavaVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaVersion('no version here')).toBeUndefined();
  });

  it('says what is missing when there is no java or mvn', async () => {
    await expect(findJava({ PATH: '/nonexistent' })).rejects.toThrow(/Java is missing: no `java` on PATH and JAVA_HOME is not set/);
    await expect(findJava({ PATH: '', JAVA_HOME: '/nonexistent-jdk' })).rejects.toThrow(/JAVA_HOME is \/nonexistent-jdk but/);
    expect(() => findMaven({ PATH: '/nonexistent' })).toThrow(/Maven is missing.*apt-get install maven/);
  });
});

describe('finding the Neo4j a command uses', () => {
  it('prefers NEO4J_URI with its user name and password', () => {
    expect(connectionFromEnv({ NEO4J_URI: 'neo4j://db:7687', NEO4J_USERNAME: 'kg', NEO4J_PASSWORD: 'pw' })).toEqual({ uri: 'neo4j://db:7687', username: 'kg', password: 'pw', source: 'env' });
    expect(connectionFromEnv({ NEO4J_URI: 'bolt://x:1' })?.username).toBe('neo4j');
    expect(connectionFromEnv({ NEO4J_URI: '  ' })).toBeUndefined();
  });

  it('without NEO4J_URI or a running local server, says how to get one', async () => {
    await expect(resolveNeo4jConnection({ env: { MEETING_KG_HOME: '/nonexistent/x' } })).rejects.toThrow(/run `meeting-kg neo4j start`.*or set NEO4J_URI/);
  });
});

describe('the test setup skips Neo4j for unit-only runs', () => {
  it('recognises runs that select only tests/unit', () => {
    expect(onlyUnitTestsSelected(['node', 'vitest', 'run', 'tests/unit/extract'])).toBe(true);
    expect(onlyUnitTestsSelected(['node', 'vitest', 'run', 'tests/unit', '--reporter=dot'])).toBe(true);
    expect(onlyUnitTestsSelected(['node', 'vitest', 'run'])).toBe(false);
    expect(onlyUnitTestsSelected(['node', 'vitest', 'run', 'tests/unit/a', 'tests/integration'])).toBe(false);
  });
});
