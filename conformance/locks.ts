/**
 * Keyed locks: two cells that would touch the same namespace or cluster-scoped object on the
 * shared cluster never deploy at the same time; all other cells run in parallel. Keys are
 * taken in sorted order, so two cells can never wait for each other.
 */
export class KeyedLocks {
  private readonly tails = new Map<string, Promise<void>>();

  /** Waits for every key, then resolves with a function that releases them all. */
  async acquire(keys: readonly string[]): Promise<() => void> {
    const releases: Array<() => void> = [];
    for (const key of [...new Set(keys)].sort()) {
      const previous = this.tails.get(key) ?? Promise.resolve();
      releases.push(this.enqueue(key));
      await previous;
    }
    return once(releases);
  }

  /**
   * Takes every key at once when none is held (or waited for) now, else takes nothing and
   * returns undefined. Synchronous, so nothing can take a key between the check and the taking.
   */
  tryAcquire(keys: readonly string[]): (() => void) | undefined {
    const unique = [...new Set(keys)];
    if (unique.some((k) => this.isHeld(k))) return undefined;
    return once(unique.sort().map((k) => this.enqueue(k)));
  }

  /** Whether someone holds (or waits for) `key` now. */
  isHeld(key: string): boolean {
    return this.tails.has(key);
  }

  /** Appends a holder to `key`'s queue; the returned function lets the next one in. */
  private enqueue(key: string): () => void {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}

function once(releases: Array<() => void>): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    for (const r of releases.reverse()) r();
  };
}
