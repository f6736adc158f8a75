// The forecast strip moves the way a draft should move it, from the owner's view alone.
import { describe, expect, it } from 'vitest';
import { createMatch, forecast, resolveRound, viewFor, type Action, type MatchState } from '../../shared/index';
import { controller } from '../../shared/bots/read';

function midGame(seed: string, risk = 30): MatchState {
  let state = createMatch({ seats: 3, rounds: 12 }, seed);
  state = resolveRound(state, {}).state;
  return { ...state, risk, factions: state.factions.map((f) => ({ ...f, resources: 20 })) };
}

describe('forecast', () => {
  it('research raises risk and progress pace; defend lowers risk', () => {
    for (let g = 0; g < 10; g++) {
      const state = midGame(`fc:${g}`);
      const view = viewFor(state, 1);
      const research = forecast(view, 1, [{ type: 'research', amount: 1 }]);
      expect(research.riskWithDraft).toBeGreaterThan(research.risk);
      expect(research.progressPaceWithDraft).toBeGreaterThan(research.progressPace);
      const defend = forecast(view, 1, [{ type: 'defend', amount: 1 }]);
      expect(defend.riskWithDraft).toBeLessThan(defend.risk);
      expect(defend.progressTarget).toBe(state.progressTarget);
      expect(defend.hegemonyThreshold).toBe(state.hegemonyThreshold);
    }
  });

  it('expanding as the leader raises the leader share; an empty draft changes nothing', () => {
    for (let g = 0; g < 10; g++) {
      const state = midGame(`fc2:${g}`);
      const view = viewFor(state, 0);
      const me = state.factions[0];
      const target = state.regions.find((r) => r.neighbours.includes(me.home) && me.influence[r.id] < 8)
        ?? state.regions[me.home];
      const draft: Action[] = [{ type: 'expand', region: target.id, amount: 2 }];
      const f = forecast(view, 0, draft);
      const idle = forecast(view, 0, []);
      expect(idle.riskWithDraft).toBe(idle.risk);
      expect(idle.leaderShareWithDraft).toBe(idle.leaderShare);
      expect(idle.rankWithDraft).toBe(idle.rank);
      expect(f.rankWithDraft).toBeLessThanOrEqual(f.rank);
      if (f.rank === 1) expect(f.leaderShareWithDraft).toBeGreaterThan(f.leaderShare);
      expect(controller(view, me.home)).toBe(0);
    }
  });

  it('reads only the view: the same view gives the same forecast whatever the secrets', () => {
    const state = midGame('fc3');
    const twin: MatchState = { ...state, seed: 'other', rng: [9, 9, 9, 9], eventDeck: [...state.eventDeck].reverse() };
    const draft: Action[] = [{ type: 'research', amount: 2 }];
    expect(forecast(viewFor(twin, 2), 2, draft)).toEqual(forecast(viewFor(state, 2), 2, draft));
  });
});
