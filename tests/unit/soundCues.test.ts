import { describe, expect, it } from 'vitest';
import { cueBetween, type CueState } from '../../client/sound/cues';

const at = (phase: string, round: number, outcome: string | null = null, iWon = false): CueState => ({ phase, round, outcome, iWon });

describe('sound cues', () => {
  it('stays silent for the state a page first loads into, and while nothing moves', () => {
    expect(cueBetween(null, at('orders', 3))).toBeNull();
    expect(cueBetween(at('orders', 3), at('orders', 3))).toBeNull();
    expect(cueBetween(at('lobby', 0), at('lobby', 0))).toBeNull();
  });

  it('chimes when a round opens and when it resolves', () => {
    expect(cueBetween(at('lobby', 0), at('orders', 1))).toBe('roundOpen');
    expect(cueBetween(at('resolving', 1), at('orders', 2))).toBe('roundOpen');
    expect(cueBetween(at('orders', 1), at('resolving', 1))).toBe('resolved');
    // A rematch straight from the summary opens round 1 again.
    expect(cueBetween(at('ended', 5, 'flourishing'), at('orders', 1))).toBe('roundOpen');
  });

  it('marks the end of the match once, as a win only for the winner', () => {
    expect(cueBetween(at('orders', 6), at('resolving', 6, 'hegemony', true))).toBe('won');
    expect(cueBetween(at('orders', 6), at('resolving', 6, 'stagnation'))).toBe('over');
    expect(cueBetween(at('resolving', 6, 'stagnation'), at('ended', 6, 'stagnation'))).toBeNull();
  });
});
