// Seeded randomness for the rules. sfc32 (a small, fast generator that passes PractRand) seeded
// by a 128-bit string hash; its four words live in `state.rng` so a match can be saved, replayed
// and resumed exactly. Never the platform's own random source: a replay must roll the same dice.

/** Four unsigned 32-bit words of hash from a string (cyrb128-style mixing). */
export function hashSeed(seed: string): number[] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4; h2 ^= h1; h3 ^= h1; h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export class Rng {
  private a: number; private b: number; private c: number; private d: number;

  constructor(words: readonly number[]) {
    this.a = words[0] >>> 0; this.b = words[1] >>> 0; this.c = words[2] >>> 0; this.d = words[3] >>> 0;
  }

  /** A generator from a seed string, warmed up so similar seeds diverge at once. */
  static fromSeed(seed: string): Rng {
    const rng = new Rng(hashSeed(seed));
    for (let i = 0; i < 15; i++) rng.next();
    return rng;
  }

  /** Next unsigned 32-bit integer. */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform float in [0, 1). */
  float(): number { return this.next() / 4294967296; }

  /** Uniform integer in [0, n). */
  int(n: number): number { return Math.floor(this.float() * n); }

  /** True with probability p. */
  chance(p: number): boolean { return this.float() < p; }

  pick<T>(items: readonly T[]): T { return items[this.int(items.length)]; }

  /** Fisher–Yates in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = items[i]; items[i] = items[j]; items[j] = t;
    }
    return items;
  }

  /** The words to store in the match state. */
  save(): number[] { return [this.a, this.b, this.c, this.d]; }
}
