// resolveRound: the staged resolution of DESIGN.md section 3. Pure and deterministic: it copies
// the input, rolls dice only from the RNG stored in the state, clamps after every stage and
// rounds stored numbers to 1e-4 so replays never drift.
import { balanceOf } from '../balance';
import { clampState, cloneState, roundState } from '../clone';
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
  const settle = () => { clampState(s, b.maxInfluence); roundState(s); };
  acceptOrders(ctx, orders ?? {});
  settle();
  resolvePacts(ctx);
  settle();
  resolvePolicyStage(ctx);
  settle();
  resolveHostileStage(ctx);
  settle();
  resolveGrowthStage(ctx);
  settle();
  resolveIncome(ctx);
  settle();
  resolveDiffusion(ctx);
  settle();
  resolveWorld(ctx);
  settle();
  resolveEnd(ctx);
  settle();
  s.rng = ctx.rng.save();
  s.lastEvents = ctx.events;
  return { state: s, events: ctx.events };
}
