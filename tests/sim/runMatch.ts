// Plays one seeded match with a player at every seat. Each player only ever receives
// `viewFor(state, seat)` — the same projection a person's client gets — never the state itself.
import {
  createMatch, planOrders, resolveRound, validateOrders, viewFor,
  type Action, type ActionType, type BotLevel, type MatchOptions, type MatchState, type MatchView,
  type OrdersBySeat, type Personality, type PolicyId, type Seat,
} from '../../shared/index';
import { Rng } from '../../shared/rng';

export type SeatPlayer =
  | { type: 'bot'; personality: Personality; level: BotLevel }
  /** Never submits anything. */
  | { type: 'idle' }
  /** Orders one fixed action every round (when legal); `action` absent = its first bot pick. */
  | { type: 'repeat'; action?: Action; personality?: Personality }
  /** A scripted strategy for a test; it still only gets the seat's view. */
  | { type: 'custom'; plan: (view: MatchView, seat: Seat) => Action[] };

export interface RunOptions {
  seats: number;
  rounds?: number;
  seed: string;
  players: SeatPlayer[];
  balance?: Record<string, unknown>;
  permanentPolicies?: PolicyId[];
  /** Edit the fresh state before round 1 (e.g. a head start). */
  setup?: (state: MatchState) => MatchState;
  /** Edits the state before each round resolves (tests that hold a quantity fixed). */
  beforeRound?: (state: MatchState) => MatchState;
  /** Sees every resolved state (for tests that follow a quantity over time). */
  onRound?: (state: MatchState) => void;
  /** Tests pass a spy to check that players only ever get a view. */
  projector?: (state: MatchState, seat: Seat) => MatchView;
}

export interface MatchRun {
  final: MatchState;
  orderLog: OrdersBySeat[];
  /** Orders a player produced that validation refused (should stay 0 for bots). */
  rejected: number;
}

export function matchOptions(run: Pick<RunOptions, 'seats' | 'rounds' | 'balance' | 'permanentPolicies'>): MatchOptions {
  const options: MatchOptions & { balance?: unknown; permanentPolicies?: PolicyId[] } = {
    seats: run.seats, rounds: run.rounds ?? 12,
  };
  if (run.balance) options.balance = run.balance;
  if (run.permanentPolicies) options.permanentPolicies = run.permanentPolicies;
  return options;
}

export function runMatch(run: RunOptions): MatchRun {
  let state = createMatch(matchOptions(run), run.seed);
  if (run.setup) state = run.setup(state);
  const project = run.projector ?? viewFor;
  const repeated = new Map<Seat, Action | null>();
  const orderLog: OrdersBySeat[] = [];
  let rejected = 0;
  while (state.phase === 'orders') {
    if (run.beforeRound) state = run.beforeRound(state);
    const orders: OrdersBySeat = {};
    for (let seat = 0; seat < run.seats; seat++) {
      const player = run.players[seat];
      if (player.type === 'idle') continue;
      const view = project(state, seat);
      const botSeed = `${run.seed}|bot`;
      let actions: Action[];
      if (player.type === 'bot') {
        actions = planOrders(view, seat, player, botSeed);
      } else if (player.type === 'custom') {
        actions = player.plan(view, seat);
      } else {
        if (!repeated.has(seat)) {
          const first = player.action
            ?? planOrders(view, seat, { personality: player.personality ?? 'grower', level: 'normal' }, botSeed)[0]
            ?? null;
          repeated.set(seat, first);
        }
        const action = repeated.get(seat);
        actions = action ? [action] : [];
      }
      const checked = validateOrders(view, seat, { round: state.round, actions });
      if (!checked.ok) { rejected++; continue; }
      orders[seat] = checked.orders;
    }
    orderLog.push(orders);
    state = resolveRound(state, orders).state;
    run.onRound?.(state);
  }
  return { final: state, orderLog, rejected };
}

const PERSONALITIES: Personality[] = ['grower', 'pluralist', 'balancer'];
const LEVELS: BotLevel[] = ['easy', 'normal', 'hard'];

/** Mixed bots for one game of a simulation: personality and level drawn from the game's seed. */
export function mixedPlayers(seats: number, seed: string): SeatPlayer[] {
  const rng = Rng.fromSeed(`${seed}|players`);
  return Array.from({ length: seats }, () => ({
    type: 'bot' as const, personality: rng.pick(PERSONALITIES), level: rng.pick(LEVELS),
  }));
}

export type { ActionType };
