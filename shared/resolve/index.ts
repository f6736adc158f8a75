// resolveRound: the staged resolution of DESIGN.md section 3. Pure and deterministic: it copies
// the input, rolls dice only from the RNG stored in the state, clamps after every stage and
// rounds stored numbers to 1e-4 so replays never drift.
import { balanceOf } from '../balance';
import { cloneState, settleState } from '../clone';
import { Rng } from '../rng';
import type { MatchState, OrdersBySeat, ResolveResult } from '../types';
import type { ResolveCtx } from './context';
import { resolveDiffusion } from './diffusion';
import { resolveEnd } from './end';
import { resolveGrowthStage } from './growth';
import { resolveHostileStage } from './hostile';
import { resolveIncome } from './income';
import { acceptOrders } from './orders';
import { resolvePacts } from './pacts';
import { resolvePolicyStage } from './policy';
import { resolveWorld } from './world';

/** Pure, deterministic resolution of one round. Orders missing for a seat = no actions. */
export function resolveRound(state: MatchState, orders: OrdersBySeat): ResolveResult {
  if (state.phase !== 'orders') return { state, events: [] };
  const s = cloneState(state);
  const b = balanceOf(s);
  const n = s.factions.length;
  const ctx: ResolveCtx = {
    s, b, rng: new Rng(s.rng), round: s.round, events: [],
    actions: s.factions.map(() => []), paid: s.factions.map(() => []),
    meterMoved: new Array<boolean>(n).fill(false),
    missioned: new Array<boolean>(n).fill(false),
    endedEmergency: new Array<boolean>(n).fill(false),
    research: new Array<number>(n).fill(0),
    output: new Array<number>(n).fill(0),
    commonsProgress: 0,
    alarm: s.alarm.slice(),
  };
  // Clamp and round after every stage; `true` where the stage moves influence.
  const settle = (influence: boolean) => settleState(s, b.maxInfluence, influence);
  acceptOrders(ctx, orders ?? {});
  settle(false);
  resolvePacts(ctx);
  settle(false);
  resolvePolicyStage(ctx);
  settle(true);
  resolveHostileStage(ctx);
  settle(true);
  resolveGrowthStage(ctx);
  settle(true);
  resolveIncome(ctx);
  settle(false);
  resolveDiffusion(ctx);
  settle(true);
  resolveWorld(ctx);
  settle(false);
  resolveEnd(ctx);
  settle(false);
  s.rng = ctx.rng.save();
  s.lastEvents = ctx.events;
  return { state: s, events: ctx.events };
}
