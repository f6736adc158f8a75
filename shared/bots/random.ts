// Seeded choices for bots, drawn from the engine's own generator but from a separate stream:
// a bot never touches the match's RNG (that lives in the secret match state).
import { Rng } from '../rng';

export interface BotRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
}

export function botRandom(seed: string): BotRandom {
  const rng = Rng.fromSeed(seed);
  return { next: () => rng.float(), int: (n) => rng.int(n) };
}
