// Stage 1: re-validate every seat's orders against the state the round began with. Illegal or
// unaffordable actions are dropped with a sentence saying why; the rest are paid for up front.
import { ACTION_CATALOGUE, actionCost } from '../actions';
import { checkAction, duplicateKey, maxActionsFor } from '../validate';
import { nameOf, say, type ResolveCtx } from './context';
import type { Action, Orders, Seat } from '../types';

export function acceptOrders(ctx: ResolveCtx, orders: Partial<Record<Seat, Orders>>): void {
  const { s } = ctx;
  for (const f of s.factions) {
    const seat = f.seat;
    const given = orders[seat] as Orders | undefined;
    if (given === undefined || given === null) continue;
    if (typeof given !== 'object' || !Array.isArray(given.actions)) {
      drop(ctx, seat, 'The orders could not be read.');
      continue;
    }
    if (given.round !== ctx.round) {
      drop(ctx, seat, `The orders were for round ${String(given.round)}, not round ${ctx.round}.`);
      continue;
    }
    const max = maxActionsFor(s, seat);
    const accepted: Action[] = [];
    const paid: number[] = [];
    const seen: string[] = [];
    let budget = f.resources;
    given.actions.forEach((raw, i) => {
      if (i >= max) { drop(ctx, seat, `Action ${i + 1} is beyond the ${max} actions allowed.`); return; }
      const check = checkAction(s, seat, raw, i);
      if (!check.ok) { drop(ctx, seat, check.error.message); return; }
      const key = duplicateKey(check.action);
      if (seen.includes(key)) { drop(ctx, seat, `Action ${i + 1} repeats an earlier order.`); return; }
      const cost = actionCost(s, seat, check.action);
      if (cost > budget + 1e-9) {
        drop(ctx, seat, `${ACTION_CATALOGUE[check.action.type].label} (action ${i + 1}) costs more than the resources left.`);
        return;
      }
      seen.push(key);
      budget -= cost;
      accepted.push(check.action);
      paid.push(cost);
    });
    f.resources = budget;
    ctx.actions[seat] = accepted;
    ctx.paid[seat] = paid;
  }
}

// Private to the seat: the rest of the table learns only what actually happened.
function drop(ctx: ResolveCtx, seat: Seat, why: string): void {
  say(ctx, 'dropped', `${nameOf(ctx, seat)}'s order was dropped: ${why}`, { seat, visibleTo: [seat] });
}

/** Drops an accepted action later in the round (e.g. hostile to a new partner) and refunds it. */
export function dropAccepted(ctx: ResolveCtx, seat: Seat, index: number, why: string): void {
  const action = ctx.actions[seat][index];
  ctx.s.factions[seat].resources += ctx.paid[seat][index];
  ctx.actions[seat].splice(index, 1);
  ctx.paid[seat].splice(index, 1);
  say(ctx, 'dropped', `${nameOf(ctx, seat)}'s ${ACTION_CATALOGUE[action.type].label} was dropped and refunded: ${why}`, { seat });
}
