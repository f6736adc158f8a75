// Rivals within a force (docs/RULES.md, Changes from the design): two seats of one kind split
// that kind's force, so their income factor is below 1 and the lone kinds' above 1; when every
// kind holds the same number of seats nothing changes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BALANCE, kindRivalryFactor } from '../../shared/balance';
import { kindsForSeats } from '../../shared/index';

const KINDS = ['state', 'corporation', 'movement'] as const;

describe('kindRivalryFactor', () => {
  it('is exactly 1 at 3 and 6 seats', () => {
    for (const seats of [3, 6]) for (const k of KINDS) expect(kindRivalryFactor(DEFAULT_BALANCE, kindsForSeats(seats), k)).toBe(1);
  });

  it('weakens doubled kinds and strengthens lone ones at 4 and 5 seats', () => {
    for (const seats of [4, 5]) {
      const kinds = kindsForSeats(seats);
      for (const k of KINDS) {
        const f = kindRivalryFactor(DEFAULT_BALANCE, kinds, k);
        const same = kinds.filter((x) => x === k).length;
        if (same > 1) expect(f).toBeLessThan(1);
        else expect(f).toBeGreaterThan(1);
      }
    }
  });

  it('is switched off by an exponent of 0', () => {
    const b = { ...DEFAULT_BALANCE, kindRivalryExponent: 0 };
    for (const k of KINDS) expect(kindRivalryFactor(b, kindsForSeats(5), k)).toBe(1);
  });
});
