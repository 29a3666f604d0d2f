/**
 * The clusters of one conformance run. Cells share the first cluster, isolated by namespace and
 * keyed locks (ADR 0007). Cells of one pattern on different targets install the same
 * cluster-scoped objects (the CRDs of an add-on), so on one cluster they would deploy one after
 * the other; such a cell gets a further cluster of its own instead, up to `max` clusters, so
 * their levels 4-6 run side by side (ADR 0007, addendum). With `max` 1 (an existing cluster,
 * or --keep) cells wait for the keys as before.
 */
import { KeyedLocks } from "./locks";

/** Where a cell deploys: the cluster, its 0-based index in the run, and the release of its keys. */
export interface Placement<C> {
  readonly cluster: C;
  readonly index: number;
  readonly release: () => void;
}

interface Member<C> {
  readonly cluster: Promise<C>;
  readonly locks: KeyedLocks;
}

export class ClusterPool<C> {
  private readonly members: Member<C>[] = [];

  /**
   * @param start starts cluster `index` (0 is the run's first cluster); `reason` says why a further one is needed
   * @param max most clusters this run may start
   */
  constructor(
    private readonly start: (index: number, reason?: string) => Promise<C>,
    private readonly max: number,
  ) {
    if (!Number.isInteger(max) || max < 1) throw new Error(`ClusterPool: max must be a whole number >= 1, got ${max}`);
  }

  /** Clusters asked for so far. */
  get size(): number {
    return this.members.length;
  }

  /** The first cluster, started on first use. */
  first(): Promise<C> {
    return this.member(0).cluster;
  }

  /**
   * A cluster on which the cell may hold `keys` now: the first whose locks are free, else a new
   * one while fewer than `max` run, else the first cluster once the keys there are released.
   * `who` names the cell in the reason a further cluster is started.
   */
  async place(keys: readonly string[], who: string): Promise<Placement<C>> {
    this.member(0);
    for (let index = 0; index < this.members.length; index++) {
      const release = this.members[index].locks.tryAcquire(keys);
      if (release) return this.placed(index, release);
    }
    if (this.members.length < this.max) {
      const index = this.members.length;
      const held = keys.filter((k) => this.members.every((m) => m.locks.isHeld(k)));
      const member = this.member(index, `${who} needs ${describe(held.length ? held : keys)}, held by other cells on the cluster(s) already running`);
      return this.placed(index, member.locks.tryAcquire(keys)!);
    }
    const release = await this.members[0].locks.acquire(keys);
    return this.placed(0, release);
  }

  private async placed(index: number, release: () => void): Promise<Placement<C>> {
    try {
      return { cluster: await this.members[index].cluster, index, release };
    } catch (err) {
      release();
      throw err;
    }
  }

  private member(index: number, reason?: string): Member<C> {
    while (this.members.length <= index) {
      const i = this.members.length;
      const cluster = this.start(i, i === index ? reason : undefined);
      cluster.catch(() => undefined); // awaited by the cells placed on it
      this.members.push({ cluster, locks: new KeyedLocks() });
    }
    return this.members[index];
  }
}

function describe(keys: readonly string[]): string {
  const shown = keys.slice(0, 3).join(", ");
  return keys.length > 3 ? `${shown} and ${keys.length - 3} more` : shown;
}
