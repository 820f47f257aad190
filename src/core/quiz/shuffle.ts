// Pure and browser-safe: the build scrambles with it, and the island shuffles per student.

/** A 32-bit number from a text (FNV-1a). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, and the same numbers for the same seed in every browser. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A permutation of `0..n-1` (the item at each place) that depends only on `seed`. `derange` never
 * returns the written order (for n ≥ 2): where the written order is the answer (ordering, the right
 * column of a matching), showing it would give the answer away.
 */
export function seededOrder(n: number, seed: string, derange = false): number[] {
  const next = generator(hash(seed));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  if (derange && n > 1 && order.every((item, place) => item === place)) order.push(order.shift() as number);
  return order;
}
