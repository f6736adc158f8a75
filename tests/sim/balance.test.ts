// Smoke test of the outcome mix. The real targets (DESIGN.md section 10) are checked on 2,000
// games per seat count with `npm run simulate` and recorded in docs/BALANCE.md. Here 150 games
// per seat count keep CI fast; at that size one share has a standard error of up to ~4 points,
// so the bands are the targets widened by about 2.5 standard errors (and at least 5 points).
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';

const GAMES = 150;

describe('balance smoke test (loosened bands, small sample)', () => {
  for (let seats = 3; seats <= 6; seats++) {
    it(`${seats} seats: outcome mix near the targets`, () => {
      const s = simulate(GAMES, seats, 'smoke');
      expect(s.games).toBe(GAMES);
      expect(s.outcomes.flourishing).toBeGreaterThanOrEqual(0.3);
      expect(s.outcomes.flourishing).toBeLessThanOrEqual(0.75);
      expect(s.outcomes.hegemony).toBeGreaterThanOrEqual(0.04);
      expect(s.outcomes.hegemony).toBeLessThanOrEqual(0.38);
      expect(s.outcomes.catastrophe).toBeGreaterThanOrEqual(0.01);
      expect(s.outcomes.catastrophe).toBeLessThanOrEqual(0.22);
      expect(s.outcomes.stagnation).toBeGreaterThanOrEqual(0.01);
      expect(s.outcomes.stagnation).toBeLessThanOrEqual(0.22);
      expect(s.earlyHegemony).toBeLessThanOrEqual(0.04);
      for (const kind of ['state', 'corporation', 'movement'] as const) {
        expect(s.winShareByKind[kind]).toBeGreaterThanOrEqual(0.15);
        expect(s.winShareByKind[kind]).toBeLessThanOrEqual(0.52);
      }
      const total = Object.values(s.outcomes).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 3);
    });
  }
});
