/**
 * Sources each sorted by `compare`, merged into one sorted stream; on a tie, the earlier source first. A binary
 * heap of one head per source: hundreds of sources (runs spilled to disk) cost a comparison or a few per item.
 */
export function* mergeSorted<T>(sources: ReadonlyArray<Iterable<T>>, compare: (a: T, b: T) => number): Generator<T> {
  type Head = { item: T; source: number; rest: Iterator<T> };
  const heap: Head[] = [];
  const before = (a: Head, b: Head) => {
    const c = compare(a.item, b.item);
    return c < 0 || (c === 0 && a.source < b.source);
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  sources.forEach((source, k) => {
    const rest = source[Symbol.iterator]();
    const first = rest.next();
    if (!first.done) heap.push({ item: first.value, source: k, rest });
  });
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
  while (heap.length) {
    const top = heap[0]!;
    yield top.item;
    const next = top.rest.next();
    if (!next.done) top.item = next.value;
    else {
      const last = heap.pop()!;
      if (last === top) continue;
      heap[0] = last;
    }
    siftDown(0);
  }
}
