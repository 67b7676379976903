/** A binary min-heap of (key, node) pairs; stale entries are skipped by the caller (lazy deletion). */
export class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, node: number): void {
    const k = this.keys;
    const v = this.nodes;
    let i = k.length;
    k.push(key);
    v.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p] <= key) break;
      k[i] = k[p];
      v[i] = v[p];
      i = p;
    }
    k[i] = key;
    v[i] = node;
  }

  /** Removes the smallest entry and returns its node (the caller reads the key first with peekKey). */
  pop(): number {
    const k = this.keys;
    const v = this.nodes;
    const top = v[0];
    const lastKey = k.pop()!;
    const lastNode = v.pop()!;
    const n = k.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && k[r] < k[l] ? r : l;
        if (k[c] >= lastKey) break;
        k[i] = k[c];
        v[i] = v[c];
        i = c;
      }
      k[i] = lastKey;
      v[i] = lastNode;
    }
    return top;
  }

  peekKey(): number {
    return this.keys[0];
  }
}
