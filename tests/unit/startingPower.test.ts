// A fair start (docs/BALANCE.md, fifth pass): the map's luck must not hand one faction the
// balance alarm before anyone acts, so home regions are chosen for about equal starting power.
import { describe, expect, it } from 'vitest';
import { createMatch, powerShares } from '../../shared/index';

/** Largest distance from a fair share (1/N) allowed in any faction's starting power share. */
const FAIR_BAND = 0.04;

describe('starting power', () => {
  for (const seats of [3, 4, 5, 6]) {
    it(`is within ${FAIR_BAND * 100} points of a fair share for every faction at ${seats} seats over 50 seeds`, () => {
      let worst = 0;
      for (let i = 0; i < 50; i++) {
        const state = createMatch({ seats }, `start-${seats}-${i}`);
        for (const share of powerShares(state)) worst = Math.max(worst, Math.abs(share - 1 / seats));
      }
      expect(worst).toBeLessThanOrEqual(FAIR_BAND);
    });
  }

  it('picks the same homes for the same seed', () => {
    const homes = (seed: string) => createMatch({ seats: 5 }, seed).factions.map((f) => f.home);
    expect(homes('fair-start')).toEqual(homes('fair-start'));
  });
});
