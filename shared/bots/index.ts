// Bots: personalities grower / pluralist / balancer at easy / normal / hard (DESIGN.md section 10).
import type { Action, BotLevel, MatchView, Personality, Seat } from '../types';

/** A bot's orders from its own seat's view only. Deterministic for the same inputs. */
export function planOrders(
  view: MatchView, seat: Seat, bot: { personality: Personality; level: BotLevel }, seed: string,
): Action[] {
  throw new Error('planOrders is not implemented yet');
}
