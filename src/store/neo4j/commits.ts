/**
 * Telling whether anyone else committed to a Neo4j database between this store's transactions.
 * A Neo4j 5 bookmark names the database and the id of a transaction: the one a write transaction
 * committed, or, for a transaction that wrote nothing, the last the database had closed. Ids are
 * given out one after another, so this store's writes following each other with no gap (and a
 * probe finding the id of its last write) prove that no other writer came in between.
 * A bookmark of another shape (another server version) only means "cannot be told".
 */

/** The database (hex) and transaction id a bookmark names, or null for any other shape. */
export function bookmarkTransaction(bookmarks: readonly string[]): { database: string; tx: bigint } | null {
  if (bookmarks.length !== 1) return null;
  const text = bookmarks[0] ?? '';
  if (!text.startsWith('FB:')) return null;
  const bytes = Buffer.from(text.slice(3), 'base64');
  // PackStream: a list of one entry (0x91), the database id as 16 bytes (0xCC 0x10 …), then the id as an integer.
  if (bytes.length < 20 || bytes[0] !== 0x91 || bytes[1] !== 0xcc || bytes[2] !== 0x10) return null;
  const database = bytes.subarray(3, 19).toString('hex');
  const marker = bytes[19] as number;
  const at = 20;
  let tx: bigint;
  if (marker <= 0x7f) tx = BigInt(marker);
  else if (marker === 0xc8 && bytes.length >= at + 1) tx = BigInt(bytes.readInt8(at));
  else if (marker === 0xc9 && bytes.length >= at + 2) tx = BigInt(bytes.readInt16BE(at));
  else if (marker === 0xca && bytes.length >= at + 4) tx = BigInt(bytes.readInt32BE(at));
  else if (marker === 0xcb && bytes.length >= at + 8) tx = bytes.readBigInt64BE(at);
  else return null;
  return tx >= 0n ? { database, tx } : null;
}

/**
 * Follows the transaction ids this store sees: its own commits and probes of the database's last
 * one. `takeOthers` says whether any id was unaccounted for since it was last asked.
 */
export class CommitSequence {
  private last: { database: string; tx: bigint } | null = null;
  private others = true;

  /**
   * After one of this store's write transactions, with its session's bookmarks: `wrote` says
   * whether it changed anything (then it took the next id; else its bookmark is the database's last).
   */
  own(bookmarks: readonly string[], wrote: boolean): void {
    this.follow(bookmarkTransaction(bookmarks), wrote ? 1n : 0n);
  }

  /** After a probe that wrote nothing: its bookmark names the database's last closed transaction. */
  probed(bookmarks: readonly string[]): void {
    this.follow(bookmarkTransaction(bookmarks), 0n);
  }

  /** True when some transaction since the last call was not this store's (or ids could not be read); then forgets that. */
  takeOthers(): boolean {
    const others = this.others;
    this.others = false;
    return others;
  }

  private follow(now: { database: string; tx: bigint } | null, step: bigint): void {
    if (!now || !this.last || now.database !== this.last.database || now.tx !== this.last.tx + step) this.others = true;
    this.last = now;
  }
}
