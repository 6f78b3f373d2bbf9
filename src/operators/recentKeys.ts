/** Remembers the last `size` keys: a Set for lookups, a ring for eviction. */
export class RecentKeys {
  private readonly set = new Set<string>();
  private readonly ring: string[];
  private next = 0;
  constructor(readonly size: number) {
    this.ring = new Array<string>(Math.max(1, size));
  }
  /** True the first time a key is seen within the window. */
  add(key: string): boolean {
    // One hash lookup for a new key (the common case) instead of a has() then an add().
    const size = this.set.size;
    this.set.add(key);
    if (this.set.size === size) return false;
    const evicted = this.ring[this.next];
    if (evicted !== undefined) this.set.delete(evicted);
    this.ring[this.next] = key;
    this.next = this.next + 1 === this.ring.length ? 0 : this.next + 1;
    return true;
  }
  has(key: string): boolean {
    return this.set.has(key);
  }
  get count(): number {
    return this.set.size;
  }
}
