// Smoke test of the outcome mix. The real targets (DESIGN.md section 10) are checked on 2,000
// games per seat count with `npm run simulate` and recorded in docs/BALANCE.md. Here 150 games
// per seat count keep CI fast; at that size one share has a standard error of up to ~4 points,
// so the bands are the targets widened by about 2.5 standard errors (and at least 5 points).
import { describe, expect, it } from 'vitest';
import { kindsForSeats } from '../../shared/index';
import { mixedPlayers, runMatch } from './runMatch';
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
      // With 4 or 5 seats the kinds hold unequal numbers of seats (4 = two States), so wins
      // are compared per seat of each kind before they are turned back into shares.
      const seatsOf = kindsForSeats(seats);
      const perSeat = (['state', 'corporation', 'movement'] as const)
        .map((k) => s.winShareByKind[k] / seatsOf.filter((x) => x === k).length);
      const total = perSeat.reduce((a, b) => a + b, 0);
      for (const share of perSeat.map((x) => x / total)) {
        // Fewer decided games than games, split three ways and rescaled per seat: widest bands.
        expect(share).toBeGreaterThanOrEqual(0.1);
        expect(share).toBeLessThanOrEqual(0.6);
      }
      const all = Object.values(s.outcomes).reduce((a, b) => a + b, 0);
      expect(all).toBeCloseTo(1, 3);
    });
  }
});

describe('short matches', () => {
  // Growth compounds, so a short match yields less progress per round; the target follows the
  // match length so that 3- and 6-round matches can go either way rather than always stagnate.
  for (const rounds of [3, 6]) {
    it(`${rounds}-round matches both flourish and stagnate`, () => {
      const outcomes = { flourishing: 0, stagnation: 0, other: 0 };
      for (let g = 0; g < 60; g++) {
        const seed = `short${rounds}-${g}`;
        const type = runMatch({ seats: 3, rounds, seed, players: mixedPlayers(3, seed) }).final.outcome?.type;
        if (type === 'flourishing' || type === 'stagnation') outcomes[type]++;
        else outcomes.other++;
      }
      expect(outcomes.flourishing / 60).toBeGreaterThanOrEqual(0.25);
      expect(outcomes.stagnation / 60).toBeGreaterThanOrEqual(0.25);
    });
  }
});
