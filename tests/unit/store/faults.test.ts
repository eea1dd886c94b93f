/**
 * The Neo4j store's fault handling: which driver errors stop a run rather than cost one article,
 * and the bounded, told retries before the one-line stop.
 */
import { describe, expect, it } from 'vitest';
import { classifyFault, withRetries } from '../../../src/store/neo4j/faults.js';
import { StoreUnavailableError } from '../../../src/store/types.js';

const driverError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('classifyFault', () => {
  it('names a server gone, a full disk and a refused login; leaves article errors alone', () => {
    expect(classifyFault(driverError('ServiceUnavailable', 'Could not perform discovery. Caused by: connect ECONNREFUSED 127.0.0.1:7687'))).toMatchObject({ retry: true, cause: 'the server does not answer (connect ECONNREFUSED 127.0.0.1:7687)' });
    expect(classifyFault(driverError('Neo.DatabaseError.General.UnknownError', 'java.io.IOException: No space left on device'))).toMatchObject({ retry: false, cause: 'the disk where Neo4j keeps its data is full' });
    expect(classifyFault(driverError('Neo.ClientError.Security.Unauthorized', 'bad'))?.retry).toBe(false);
    expect(classifyFault(driverError('Neo.ClientError.Schema.ConstraintValidationFailed', 'already exists'))).toBeUndefined();
  });
});

describe('withRetries', () => {
  it('retries a server gone, telling each retry, and goes on when it is back', async () => {
    const told: string[] = [];
    let calls = 0;
    const value = await withRetries('writing 5 article(s)', async () => {
      calls += 1;
      if (calls < 3) throw driverError('ServiceUnavailable', 'Connection was closed by server');
      return 'ok';
    }, { location: 'bolt://h:1', budgetMs: 5_000, onRetry: (m) => told.push(m) });
    expect(value).toBe('ok');
    expect(told).toHaveLength(2);
    expect(told[0]).toMatch(/^Neo4j at bolt:\/\/h:1: the server does not answer .* while writing 5 article\(s\); retrying \(0\.\d s of 5 s\)$/);
  });

  it('stops after its budget with one line naming cause and fix; a full disk stops at once', async () => {
    const started = Date.now();
    const gone = withRetries('writing', async () => {
      throw driverError('ServiceUnavailable', 'connect ECONNREFUSED');
    }, { location: 'bolt://h:1', budgetMs: 1_000, fixes: { unreachable: 'run `meeting-kg neo4j start`', credentials: '' } });
    await expect(gone).rejects.toThrow(StoreUnavailableError);
    await expect(gone).rejects.toThrow(/^Neo4j at bolt:\/\/h:1: the server does not answer \(connect ECONNREFUSED\) while writing \(retried for 1\.\d s\); run `meeting-kg neo4j start`$/);
    expect(Date.now() - started).toBeLessThan(3_000);
    let calls = 0;
    const full = withRetries('writing', async () => {
      calls += 1;
      throw driverError('Neo.TransientError.General.OutOfMemoryError', 'No space left on device');
    }, { location: 'bolt://h:1', budgetMs: 5_000 });
    await expect(full).rejects.toThrow(/the disk where Neo4j keeps its data is full/);
    expect(calls).toBe(1);
  });

  it('a try the server never answers is abandoned after the answer bound and counts as the server not answering', async () => {
    let tries = 0;
    const frozen = withRetries('writing 5 article(s)', () => {
      tries += 1;
      return new Promise<never>(() => undefined);
    }, { location: 'bolt://h:1', budgetMs: 1_000, answerTimeoutMs: 200, fixes: { unreachable: 'check the server', credentials: '' } });
    await expect(frozen).rejects.toThrow(/^Neo4j at bolt:\/\/h:1: the server does not answer \(no answer within 0\.2 s: the server may be frozen or overloaded\) while writing 5 article\(s\) \(retried for \d\.\d s\); check the server$/);
    expect(tries).toBeGreaterThanOrEqual(2);
  });
});
