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
      let release!: () => void;
      const mine = new Promise<void>((r) => (release = r));
      const tail = previous.then(() => mine);
      this.tails.set(key, tail);
      await previous;
      releases.push(() => {
        release();
        if (this.tails.get(key) === tail) this.tails.delete(key);
      });
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const r of releases.reverse()) r();
    };
  }
}
