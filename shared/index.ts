// The public API of the rules engine. Everything outside shared/ imports from here.
// STUBS: the engine helper replaces each body with the real implementation in its own module
// and re-exports it from this file; signatures are the contract other layers build against.
import type {
  Action, ActionType, BotLevel, GameEvent, Kind, MatchOptions, MatchState, MatchView, OrdersBySeat,
  Personality, ResolveResult, Seat, ValidationResult, Viewer,
} from './types';

export * from './types';

const todo = (name: string): never => { throw new Error(`${name} is not implemented yet`); };

/** Fill defaults and clamp: seats 3..6 (default 3), rounds 3..24 multiple of 3 (default 12). */
export function normalizeOptions(partial: Partial<MatchOptions>): MatchOptions { return todo('normalizeOptions'); }

/** Kinds by seat for N seats: 3 = state, corporation, movement; 6 = two of each. */
export function kindsForSeats(seats: number): Kind[] { return todo('kindsForSeats'); }

/** A new match: seeded map, factions, dealt agendas, shuffled event deck; phase 'orders', round 1. */
export function createMatch(options: MatchOptions, seed: string): MatchState { return todo('createMatch'); }

/** Checks a payload from anyone (unknown shape) as `seat`'s orders for the current round. */
export function validateOrders(view: MatchView, seat: Seat, orders: unknown): ValidationResult { return todo('validateOrders'); }

/** Resource cost of one action for `seat` now (after modifiers), ignoring affordability. */
export function actionCost(view: MatchView, seat: Seat, action: Action): number { return todo('actionCost'); }

/** Action types `seat` may order at all right now (kind, phase, preconditions like risk ≥ 50). */
export function legalActionTypes(view: MatchView, seat: Seat): ActionType[] { return todo('legalActionTypes'); }

/** Pure, deterministic resolution of one round. Orders missing for a seat = no actions. */
export function resolveRound(state: MatchState, orders: OrdersBySeat): ResolveResult { return todo('resolveRound'); }

/** Per-viewer projection: strips every secret the viewer may not see (DESIGN.md section 9). */
export function viewFor(state: MatchState, viewer: Viewer): MatchView { return todo('viewFor'); }

/** Events a viewer may see. */
export function eventsFor(events: GameEvent[], viewer: Viewer): GameEvent[] { return todo('eventsFor'); }

/** Rebuild a match from its order log: element k = state after k rounds (0 = initial). */
export function replay(options: MatchOptions, seed: string, orderLog: OrdersBySeat[]): MatchState[] { return todo('replay'); }

/** power_i / total power, per seat (section 6). */
export function powerShares(view: MatchView): number[] { return todo('powerShares'); }

export { planOrders } from './bots';
export { forecast, type Forecast } from './forecast';
