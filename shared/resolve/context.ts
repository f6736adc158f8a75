// What every resolution stage shares: the state being built, the balance, the dice, the events
// told so far and the round's bookkeeping (who moved a meter, who researched, outputs).
import type { Balance } from '../balance';
import type { Rng } from '../rng';
import type { Action, GameEvent, MatchState, Seat } from '../types';

export interface ResolveCtx {
  s: MatchState;
  b: Balance;
  rng: Rng;
  round: number;
  events: GameEvent[];
  /** Accepted actions per seat, in order. */
  actions: Action[][];
  /** Cost paid for each accepted action (refunded if the action is dropped later). */
  paid: number[][];
  /** An action moved this faction's meter this round, so it does not drift. */
  meterMoved: boolean[];
  missioned: boolean[];
  endedEmergency: boolean[];
  /** Research amounts this round (risk is added in the progress stage). */
  research: number[];
  /** Output per faction this round (income stage). */
  output: number[];
  /** Progress from the public half of decentralised influence this round. */
  commonsProgress: number;
  /** Seats under the balance alarm when the round began. */
  alarm: Seat[];
}

export function say(ctx: ResolveCtx, type: string, text: string, extra: Partial<GameEvent> = {}): void {
  ctx.events.push({ type, text, round: ctx.round, ...extra });
}

export function nameOf(ctx: ResolveCtx, seat: Seat): string {
  return ctx.s.factions[seat].name;
}

export function regionName(ctx: ResolveCtx, region: number): string {
  return ctx.s.regions[region].name;
}

/** Numbers in sentences: at most one decimal. */
export function num(v: number): string {
  return String(Math.round(v * 10) / 10);
}
