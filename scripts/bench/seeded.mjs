/**
 * A small seeded random generator (mulberry32), so a failing seed can be run
 * again. Plain JavaScript with no imports: the soak's chaos receiver (Node)
 * and its tabs (the browser) draw from the same kind of sequence.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
