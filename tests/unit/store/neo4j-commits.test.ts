import { describe, expect, it } from 'vitest';
import { bookmarkTransaction, CommitSequence } from '../../../src/store/neo4j/commits.js';

const DB = Buffer.from('5bd81b99f56b43a5b1bbb7f91d0f32f1', 'hex');

/** A Neo4j 5 bookmark naming transaction `tx` of the database above (as the server writes them). */
function bookmark(tx: number, db: Buffer = DB): string[] {
  let int: Buffer;
  if (tx <= 0x7f) int = Buffer.from([tx]);
  else if (tx <= 0x7fff) { int = Buffer.alloc(3); int[0] = 0xc9; int.writeInt16BE(tx, 1); }
  else { int = Buffer.alloc(5); int[0] = 0xca; int.writeInt32BE(tx, 1); }
  return [`FB:${Buffer.concat([Buffer.from([0x91, 0xcc, 0x10]), db, int, Buffer.from([0x90])]).toString('base64')}`];
}

describe('bookmarkTransaction', () => {
  it('reads the transaction id a server bookmark names', () => {
    expect(bookmarkTransaction(['FB:kcwQW9gbmfVrQ6Wxu7f5HQ8y8ckAhZA='])).toEqual({ database: DB.toString('hex'), tx: 133n });
    expect(bookmarkTransaction(bookmark(7))?.tx).toBe(7n);
    expect(bookmarkTransaction(bookmark(70_000))?.tx).toBe(70_000n);
  });

  it('gives null for a bookmark of another shape', () => {
    expect(bookmarkTransaction([])).toBeNull();
    expect(bookmarkTransaction(['neo4j:bookmark:v1:tx42'])).toBeNull();
    expect(bookmarkTransaction(['FB:AAAA'])).toBeNull();
    expect(bookmarkTransaction([...bookmark(3), ...bookmark(4)])).toBeNull();
  });
});

describe('CommitSequence', () => {
  it('tells nothing foreign while the store\'s own commits follow each other', () => {
    const seq = new CommitSequence();
    seq.probed(bookmark(10));
    expect(seq.takeOthers()).toBe(true); // nothing was known before the first look
    seq.own(bookmark(11), true);
    seq.own(bookmark(11), false); // a write transaction that changed nothing
    seq.own(bookmark(12), true);
    seq.probed(bookmark(12));
    expect(seq.takeOthers()).toBe(false);
  });

  it('tells another writer\'s commit between two of the store\'s own, or after its last', () => {
    const seq = new CommitSequence();
    seq.probed(bookmark(10));
    seq.takeOthers();
    seq.own(bookmark(12), true); // 11 was someone else's
    expect(seq.takeOthers()).toBe(true);
    seq.probed(bookmark(12));
    expect(seq.takeOthers()).toBe(false);
    seq.own(bookmark(13), true);
    seq.probed(bookmark(14));
    expect(seq.takeOthers()).toBe(true);
    seq.own(bookmark(15), false); // changed nothing, yet the database moved on
    expect(seq.takeOthers()).toBe(true);
  });

  it('cannot tell (so says another writer may have come) for another database or an unreadable bookmark', () => {
    const seq = new CommitSequence();
    seq.probed(bookmark(10));
    seq.takeOthers();
    seq.probed(bookmark(10, Buffer.alloc(16, 1)));
    expect(seq.takeOthers()).toBe(true);
    seq.own(['neo4j:bookmark:v1:tx11'], true);
    seq.probed(bookmark(11));
    expect(seq.takeOthers()).toBe(true);
  });
});
