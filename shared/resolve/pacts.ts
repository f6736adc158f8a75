// Stage 2: pacts and standards form or break. Both sides ordering it this round, or one side
// answering an open offer, makes the deal; otherwise the order stands as a private offer. After
// this, hostile orders against a partner (old or new) are dropped and refunded.
import { ACTION_CATALOGUE } from '../actions';
import { inPact, hasStandard } from '../world';
import { dropAccepted } from './orders';
import { nameOf, say, type ResolveCtx } from './context';
import type { Offer, Seat } from '../types';

export function resolvePacts(ctx: ResolveCtx): void {
  const { s } = ctx;
  const pactWants: [Seat, Seat][] = [];
  const standardWants: [Seat, Seat][] = [];
  const breaks: [Seat, Seat][] = [];
  for (const f of s.factions) {
    for (const a of ctx.actions[f.seat] ?? []) {
      if (a.type === 'pact') pactWants.push([f.seat, a.target]);
      else if (a.type === 'standard') standardWants.push([f.seat, a.target]);
      else if (a.type === 'breakPact') breaks.push([f.seat, a.target]);
    }
  }

  // Breaks read the round's starting pacts and offers, and happen before new deals.
  for (const [from, to] of breaks) {
    const before = s.pacts.length;
    s.pacts = s.pacts.filter((p) => !((p.a === from && p.b === to) || (p.a === to && p.b === from)));
    if (s.pacts.length < before) {
      say(ctx, 'pactBroken', `${nameOf(ctx, from)} breaks its pact with ${nameOf(ctx, to)}.`, { seat: from, target: to });
      continue;
    }
    const mine = s.pactOffers.findIndex((o) => o.from === from && o.to === to);
    if (mine >= 0) {
      s.pactOffers.splice(mine, 1);
      say(ctx, 'pactOfferWithdrawn', `${nameOf(ctx, from)} withdraws its pact offer to ${nameOf(ctx, to)}.`, { seat: from, target: to, visibleTo: [from, to] });
      continue;
    }
    const theirs = s.pactOffers.findIndex((o) => o.from === to && o.to === from);
    if (theirs >= 0) {
      s.pactOffers.splice(theirs, 1);
      say(ctx, 'pactOfferDeclined', `${nameOf(ctx, from)} declines ${nameOf(ctx, to)}'s pact offer.`, { seat: from, target: to, visibleTo: [from, to] });
    }
  }

  makeDeals(ctx, pactWants, s.pactOffers, 'pact', (a, b) => inPact(s, a, b), (a, b) => {
    s.pacts.push({ a: Math.min(a, b), b: Math.max(a, b), since: ctx.round });
    say(ctx, 'pactFormed', `${nameOf(ctx, a)} and ${nameOf(ctx, b)} sign a pact: they now count as one bloc.`, { seat: a, target: b });
  });
  makeDeals(ctx, standardWants, s.standardOffers, 'standard', (a, b) => hasStandard(s, a, b), (a, b) => {
    s.standards.push({ a: Math.min(a, b), b: Math.max(a, b), untilRound: ctx.round + ctx.b.standardRounds - 1 });
    const fa = s.factions[a], fb = s.factions[b];
    if (!fa.stats.standardsWith.includes(b)) fa.stats.standardsWith.push(b);
    if (!fb.stats.standardsWith.includes(a)) fb.stats.standardsWith.push(a);
    say(ctx, 'standardFormed', `${nameOf(ctx, a)} and ${nameOf(ctx, b)} adopt a common standard for ${ctx.b.standardRounds} rounds — cooperation across difference.`, { seat: a, target: b });
  });

  // Hostile orders against anyone who is now a partner are dropped.
  for (const f of s.factions) {
    const list = ctx.actions[f.seat] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const a = list[i];
      if (ACTION_CATALOGUE[a.type].hostile && 'target' in a && typeof a.target === 'number' && inPact(s, f.seat, a.target)) {
        dropAccepted(ctx, f.seat, i, `${nameOf(ctx, a.target)} is now a pact partner.`);
      }
    }
  }
}

function makeDeals(
  ctx: ResolveCtx, wants: [Seat, Seat][], offers: Offer[], what: 'pact' | 'standard',
  exists: (a: Seat, b: Seat) => boolean, form: (a: Seat, b: Seat) => void,
): void {
  const startOffers = offers.slice();
  const wanted = (from: Seat, to: Seat) => wants.some(([x, y]) => x === from && y === to);
  for (const [from, to] of wants) {
    if (exists(from, to)) continue;
    const answered = wanted(to, from) || startOffers.some((o) => o.from === to && o.to === from);
    if (answered) {
      form(from, to);
      for (let i = offers.length - 1; i >= 0; i--) {
        const o = offers[i];
        if ((o.from === from && o.to === to) || (o.from === to && o.to === from)) offers.splice(i, 1);
      }
    } else if (!offers.some((o) => o.from === from && o.to === to)) {
      offers.push({ from, to, round: ctx.round });
      say(ctx, `${what}Offered`, `${nameOf(ctx, from)} offers ${what === 'pact' ? 'a pact' : 'a common standard'} to ${nameOf(ctx, to)}.`, { seat: from, target: to, visibleTo: [from, to] });
    }
  }
}
