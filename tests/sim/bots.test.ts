// Bots play by the same rules as people: only their own view, only legal orders, reproducible.
import { describe, expect, it } from 'vitest';
import { planOrders, validateOrders, viewFor, type MatchState, type MatchView, type Seat } from '../../shared/index';
import { mixedPlayers, runMatch, type SeatPlayer } from './runMatch';

const PERSONALITIES = ['grower', 'pluralist', 'balancer'] as const;
const LEVELS = ['easy', 'normal', 'hard'] as const;

describe('bots', () => {
  it('every bot order passes validateOrders, at every seat count, personality and level', () => {
    let rejected = 0; let checked = 0;
    for (let seats = 3; seats <= 6; seats++) {
      for (let g = 0; g < 12; g++) {
        const seed = `valid:${seats}:${g}`;
        const players: SeatPlayer[] = Array.from({ length: seats }, (_, i) => ({
          type: 'bot', personality: PERSONALITIES[(g + i) % 3], level: LEVELS[(g + 2 * i) % 3],
        }));
        const run = runMatch({
          seats, seed, players,
          onRound: () => { checked++; },
        });
        rejected += run.rejected;
        expect(run.final.outcome).not.toBeNull();
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(rejected).toBe(0);
  });

  it('bots order something most rounds (they are not idle by accident)', () => {
    let rounds = 0; let empty = 0;
    for (let g = 0; g < 10; g++) {
      const run = runMatch({ seats: 3, seed: `busy:${g}`, players: mixedPlayers(3, `busy:${g}`) });
      for (const orders of run.orderLog) {
        for (let seat = 0; seat < 3; seat++) { rounds++; if ((orders[seat]?.actions.length ?? 0) === 0) empty++; }
      }
    }
    expect(empty / rounds).toBeLessThan(0.1);
  });

  it('players only ever receive a viewFor projection without secrets', () => {
    let calls = 0;
    const projector = (state: MatchState, seat: Seat): MatchView => {
      calls++;
      const view = viewFor(state, seat);
      expect(view).not.toHaveProperty('seed');
      expect(view).not.toHaveProperty('rng');
      expect(view).not.toHaveProperty('eventDeck');
      for (const f of view.factions) {
        if (f.seat !== seat && !f.agendaPublic && state.phase === 'orders') expect(f.agenda).toBeNull();
      }
      return view;
    };
    for (let g = 0; g < 5; g++) {
      runMatch({ seats: 4, seed: `secret:${g}`, players: mixedPlayers(4, `secret:${g}`), projector });
    }
    expect(calls).toBeGreaterThan(40);
  });

  it('a bot decides the same whatever the secrets it cannot see hold', () => {
    // Two matches with the same public state but different hidden seeds / agendas for others
    // must give the bot the same view and therefore the same orders.
    for (let g = 0; g < 20; g++) {
      const seed = `blind:${g}`;
      const run = runMatch({ seats: 3, seed, players: mixedPlayers(3, seed), rounds: 6 });
      const state = run.final;
      const twin: MatchState = {
        ...state, seed: 'other-seed', rng: [1, 2, 3, 4], eventDeck: [...state.eventDeck].reverse(),
        phase: 'orders',
        factions: state.factions.map((f) => (f.seat === 0 ? f : { ...f, agenda: f.agenda === 'bridge' ? 'diffuser' : 'bridge' })),
        outcome: null,
      };
      const original: MatchState = { ...state, phase: 'orders', outcome: null };
      for (const level of LEVELS) {
        const bot = { personality: PERSONALITIES[g % 3], level };
        expect(planOrders(viewFor(twin, 0), 0, bot, 'x')).toEqual(planOrders(viewFor(original, 0), 0, bot, 'x'));
      }
    }
  });

  it('a bot match is deterministic given its seed', () => {
    for (let g = 0; g < 3; g++) {
      const seed = `det:${g}`;
      const a = runMatch({ seats: 5, seed, players: mixedPlayers(5, seed) });
      const b = runMatch({ seats: 5, seed, players: mixedPlayers(5, seed) });
      expect(JSON.stringify(b.final)).toBe(JSON.stringify(a.final));
      expect(JSON.stringify(b.orderLog)).toBe(JSON.stringify(a.orderLog));
    }
  });

  it('a seat that never submits never wins', () => {
    for (let seats = 3; seats <= 6; seats++) {
      for (let g = 0; g < 40; g++) {
        const seed = `idle:${seats}:${g}`;
        const idleSeat = g % seats;
        const players = mixedPlayers(seats, seed);
        players[idleSeat] = { type: 'idle' };
        const { final } = runMatch({ seats, seed, players });
        expect(final.outcome?.winner).not.toBe(idleSeat);
      }
    }
  });

  it('a bot that repeats one action every round wins under 15 % of its games', () => {
    let games = 0; let wins = 0;
    for (let seats = 3; seats <= 6; seats++) {
      for (let g = 0; g < 60; g++) {
        const seed = `repeat:${seats}:${g}`;
        const seat = g % seats;
        const players = mixedPlayers(seats, seed);
        players[seat] = { type: 'repeat', personality: PERSONALITIES[g % 3] };
        const { final } = runMatch({ seats, seed, players });
        games++;
        if (final.outcome?.winner === seat) wins++;
      }
    }
    expect(wins / games).toBeLessThan(0.15);
  });

  it('orders for a finished match are empty', () => {
    const { final } = runMatch({ seats: 3, seed: 'ended', players: mixedPlayers(3, 'ended') });
    expect(planOrders(viewFor(final, 1), 1, { personality: 'grower', level: 'hard' }, 's')).toEqual([]);
    const ok = validateOrders(viewFor(final, 1), 1, { round: final.round, actions: [] });
    expect(ok.ok).toBe(false);
  });
});
