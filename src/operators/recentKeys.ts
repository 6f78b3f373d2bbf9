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
    if (this.set.has(key)) return false;
    const evicted = this.ring[this.next];
    if (evicted !== undefined) this.set.delete(evicted);
    this.ring[this.next] = key;
    this.next = (this.next + 1) % this.ring.length;
    this.set.add(key);
    return true;
  }
  has(key: string): boolean {
    return this.set.has(key);
  }
  get count(): number {
    return this.set.size;
  }
}
