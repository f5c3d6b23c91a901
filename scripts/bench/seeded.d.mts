/** A seeded random generator: numbers in [0, 1), the same sequence for the same seed. */
export function seeded(seed: number): () => number;
