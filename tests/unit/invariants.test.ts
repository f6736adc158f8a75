// Invariants over whole random games: whatever is ordered, stored values stay in their ranges,
// the round and era advance as scheduled, and every ending ranks every seat exactly once.
import { describe, expect, it } from 'vitest';
import { createMatch, resolveRound, Rng, type MatchState } from '../../shared/index';
import { randomOrders } from './randomOrders';

function check(s: MatchState): void {
  expect(s.risk).toBeGreaterThanOrEqual(0);
  for (const f of s.factions) {
    expect(f.resources).toBeGreaterThanOrEqual(0);
    expect(f.tech).toBeGreaterThanOrEqual(0);
    for (const v of [f.legitimacy, f.meter]) { expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThanOrEqual(100); }
    f.influence.forEach((v, r) => {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(10);
      expect(f.decentralized[r]).toBeGreaterThanOrEqual(0);
      expect(f.decentralized[r]).toBeLessThanOrEqual(v);
    });
  }
  expect(s.policies.length).toBeLessThanOrEqual(3);
  for (const p of s.pacts) expect(p.a).toBeLessThan(p.b);
}

describe('invariants over random games', () => {
  for (const seats of [3, 4, 5, 6]) {
    it(`${seats} seats, 15 games`, () => {
      for (let g = 0; g < 15; g++) {
        let s = createMatch({ seats, rounds: 12 }, `inv${seats}:${g}`);
        const rng = Rng.fromSeed(`inv-orders${seats}:${g}`);
        let round = 1;
        check(s);
        while (s.phase === 'orders') {
          s = resolveRound(s, randomOrders(s, rng)).state;
          check(s);
          if (s.phase === 'orders') expect(s.round).toBe(++round);
          expect(s.era).toBe(Math.min(3, Math.ceil(Math.min(s.round + (s.phase === 'orders' ? 0 : 1), 12) / 4)));
          expect(s.history.length).toBe(s.phase === 'orders' ? s.round - 1 : s.round);
        }
        const o = s.outcome!;
        expect([...o.ranking].sort((a, b) => a - b)).toEqual(s.factions.map((f) => f.seat));
        expect(o.finalImpact.length).toBe(seats);
        if (o.type === 'hegemony' || o.type === 'flourishing') expect(o.winner).toBe(o.ranking[0]);
        else expect(o.winner).toBeNull();
      }
    });
  }
});
