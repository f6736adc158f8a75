// Candidate actions with a value per concern. A personality is a set of weights over the
// concerns; the planner picks what scores best within the budget and the action limit.
import type { Action, ActionType, PolicyId, Seat } from '../types';
import type { BotContext } from './context';
import { inPact, regionValue } from './read';

export type Concern = 'growth' | 'tech' | 'impact' | 'safety' | 'hostile' | 'diplomacy' | 'policy';

export type Values = Partial<Record<Concern, number>>;

export interface Candidate {
  action: Action;
  /** The personality-weighted value of the move (before its price). */
  score: number;
  /** Same key = same move on the same thing; the planner takes at most one per key. */
  key: string;
}

const HOSTILE_TYPES: ReadonlySet<ActionType> = new Set(['police', 'protest', 'expose', 'interop', 'acquire']);

export function isHostile(action: Action): boolean { return HOSTILE_TYPES.has(action.type); }

function hasPolicy(ctx: BotContext, policy: PolicyId): boolean {
  return ctx.view.policies.some((p) => p.policy === policy);
}

/** Output I can expect per round: last round's, or a rough figure before any round resolved. */
function expectedOutput(ctx: BotContext): number {
  return Math.max(2, ctx.me.lastOutput || 4);
}

/** Share of the remaining game a lasting gain still has to pay off. */
function horizon(ctx: BotContext): number { return Math.min(1, ctx.left / 8); }

export function candidateActions(
  ctx: BotContext, legal: ReadonlySet<ActionType>, weights: Record<Concern, number>,
): Candidate[] {
  const out: Candidate[] = [];
  const { view, seat, me, kind } = ctx;
  const add = (action: Action, values: Values, key: string): void => {
    if (!legal.has(action.type)) return;
    let score = 0;
    for (const k in values) score += weights[k as Concern] * (values[k as Concern] as number);
    out.push({ action, score, key });
  };
  const others = view.factions.filter((f) => f.seat !== seat);
  const notPartner = (s: Seat): boolean => !inPact(view, seat, s);
  const agenda = ctx.agenda;
  const h = horizon(ctx);
  const risk = view.risk;

  // Growth: spread influence where it pays and where it wins control.
  for (const region of view.regions) {
    const r = region.id;
    const d = ctx.dist[r];
    if (d > 2 || me.influence[r] >= 9) continue;
    const holder = ctx.ctrl[r];
    let bestOther = 0;
    for (const f of others) bestOther = Math.max(bestOther, f.influence[r]);
    const after = me.influence[r] + 2;
    const winsControl = holder !== seat && after >= 3 && after > bestOther ? 0.6 : 0;
    const growth = 2 * regionValue(kind, region) * h * (1 + winsControl) - 0.1 * d * ctx.left;
    const type = kind === 'movement' ? 'organize' : 'expand';
    const unity = kind === 'movement' && agenda === 'thousandFlowers' ? 1 : 0;
    add({ type, region: r, amount: 1 } as Action, { growth, impact: unity }, `${type}:${r}`);
    if (kind === 'movement' && type === 'organize') {
      // Movements may also expand at the general price; organize is cheaper so it is preferred.
    }
  }

  if (kind === 'movement') {
    const held = view.regions.filter((r) => ctx.ctrl[r.id] === seat)
      .map((r) => regionValue(kind, r)).sort((a, b) => b - a).slice(0, 3);
    if (held.length > 0) {
      const growth = held.reduce((a, b) => a + b, 0) * h;
      add({ type: 'rally' }, { growth, impact: agenda === 'thousandFlowers' ? -2 : -0.5 }, 'rally');
    }
  }

  // Tech compounds output, but every point of research adds risk.
  {
    const tech = 2 + 0.06 * expectedOutput(ctx) * ctx.left;
    const danger = risk + 2 >= 96 ? 100 : risk >= 70 ? 8 : risk >= 50 ? 4 : risk >= 30 ? 1.5 : 0.5;
    add({ type: 'research', amount: 1 }, { tech, safety: -danger }, 'research');
  }

  // Defence: removes risk, scores impact for what it actually removes.
  if (risk > 0) {
    const removed = Math.min(6, risk);
    const shield = agenda === 'shieldBuilder' ? 2 : 0;
    add({ type: 'defend', amount: 1 },
      { safety: removed * (0.1 + risk / 35), impact: removed / 2 + shield }, 'defend');
  }

  // Sharing: impact for the tech others gain; it gives away my lead.
  {
    let gained = 0;
    for (const f of others) if (f.tech < me.tech) gained += (me.tech - f.tech) / 2;
    if (gained >= 0.25) {
      const bonus = agenda === 'openSociety' || agenda === 'diffuser' ? 3 : 0;
      add({ type: 'share', target: 'all' }, { impact: gained * 2 + bonus, growth: -gained }, 'share');
    }
  }

  // Decentralising: trades some of my power for impact and progress.
  {
    let bestRegion = -1; let bestValue = Infinity;
    for (const region of view.regions) {
      const free = me.influence[region.id] - me.decentralized[region.id];
      const v = regionValue(kind, region);
      if (free >= 3 && v < bestValue) { bestValue = v; bestRegion = region.id; }
    }
    if (bestRegion >= 0) {
      add({ type: 'decentralize', region: bestRegion, amount: 1 },
        { impact: 2.2, growth: -bestValue * h }, 'decentralize');
    }
  }

  // Cooperation across difference: standards with anyone who is not the one to balance.
  for (const f of others) {
    if (view.standards.some((s) => (s.a === seat && s.b === f.seat) || (s.b === seat && s.a === f.seat))) continue;
    const offered = view.standardOffers.some((o) => o.from === f.seat && o.to === seat);
    const mine = view.standardOffers.some((o) => o.from === seat && o.to === f.seat);
    if (mine) continue;
    const againstRival = f.seat === ctx.rival && ctx.leaderExcess > 0.05 ? -3 : 0;
    const bridge = agenda === 'bridge' ? 3 : 0;
    add({ type: 'standard', target: f.seat },
      { diplomacy: (offered ? 3 : 1.2) + againstRival + bridge, growth: offered ? 1 : 0.3 }, `standard:${f.seat}`);
  }

  pactCandidates(ctx, add);

  if (kind === 'state') stateCandidates(ctx, add);
  if (kind === 'corporation') corporationCandidates(ctx, add, notPartner);
  if (kind === 'movement') movementCandidates(ctx, add, notPartner);
  return out;
}

type Add = (action: Action, values: Values, key: string) => void;

function pactCandidates(ctx: BotContext, add: Add): void {
  const { view, seat, st } = ctx;
  const threshold = view.hegemonyThreshold;
  const blocShare = (s: Seat): number => {
    let share = 0;
    for (const bloc of st.blocs) if (bloc.includes(s)) for (const i of bloc) share += st.shares[i];
    return share;
  };
  for (const f of view.factions) {
    if (f.seat === seat) continue;
    const partner = inPact(view, seat, f.seat);
    const merged = st.myBlocShare + blocShare(f.seat);
    const offered = view.pactOffers.some((o) => o.from === f.seat && o.to === seat);
    const mine = view.pactOffers.some((o) => o.from === seat && o.to === f.seat);
    const iAmBigger = st.shares[seat] >= st.shares[f.seat];
    if (partner) {
      // Leave a pact whose bloc is about to make someone else the hegemon — unless I am a
      // grower: growers bandwagon, staying in the winning bloc for their share of its income.
      if (!iAmBigger && ctx.personality !== 'grower' && st.myBlocShare >= threshold - 0.12) {
        add({ type: 'breakPact', target: f.seat }, { diplomacy: 6 }, `pact:${f.seat}`);
      }
      continue;
    }
    if (mine) continue;
    let value = 0;
    if (ctx.personality === 'grower') {
      // A pact is a bloc: as its largest member, the grower wins what the bloc holds, so a
      // bloc that reaches the threshold is worth more than any one round's growth.
      // It waits for the second era: an early bloc draws every balancer against it.
      if (iAmBigger && view.era >= 2) value = merged >= threshold - 0.1 ? 9 : 1;
      // A grower that cannot lead bandwagons: it takes the leader's offer (balancers and
      // pluralists never do; see below).
      else if (offered && f.seat === st.leader) value = 3;
      else value = -2;
    } else if (f.seat !== st.leader && f.seat !== ctx.rival) {
      value = offered ? 2.5 : ctx.personality === 'balancer' && ctx.leaderExcess > 0.05 ? 1.8 : 0.5;
      // Never help a bloc reach the threshold.
      if (merged >= threshold - 0.1) value = -3;
    } else value = -2;
    if (offered) value += 0.5;
    // A pact that would hand someone a bloc hegemony is not even considered.
    if (value > 0) add({ type: 'pact', target: f.seat }, { diplomacy: value }, `pact:${f.seat}`);
  }
}

function stateCandidates(ctx: BotContext, add: Add): void {
  const { view, seat, me, agenda } = ctx;
  const corpRival = ctx.rival >= 0 && view.factions[ctx.rival].kind === 'corporation';
  const techLeader = view.factions.reduce((a, f) => (f.tech > a.tech ? f : a), view.factions[0]);
  const personalist = agenda === 'institutionalist' ? -3 : me.meter > 40 ? -1.5 : -0.5;
  const policies: Array<[PolicyId, Values]> = [
    ['publicServices', { impact: 2, policy: 1.5 }],
    ['diffusionMandate', { impact: 1.2, hostile: techLeader.seat !== seat && techLeader.seat === ctx.rival ? 2 : 0, growth: techLeader.seat === seat ? -1.5 : 0 }],
    ['antitrust', { hostile: corpRival ? 1 + 20 * ctx.leaderExcess : 0, policy: agenda === 'trustBuster' ? 4 : 0.3 }],
    ['harbergerIP', { hostile: techLeader.seat === ctx.rival ? 1.2 : 0, growth: techLeader.seat === seat ? -1.5 : 0 }],
    ['surveillance', {
      growth: view.factions.some((f) => f.kind === 'movement' && f.seat === ctx.rival) ? 2 : 0.8,
      policy: personalist - 1,
    }],
  ];
  for (const [policy, values] of policies) {
    if (view.policies.some((p) => p.policy === policy)) continue;
    add({ type: 'legislate', policy }, values, `legislate`);
  }
  for (const region of view.regions) {
    if (ctx.ctrl[region.id] !== seat) continue;
    for (const f of view.factions) {
      if (f.kind !== 'movement' || f.influence[region.id] < 1 || inPact(view, seat, f.seat)) continue;
      const hit = Math.min(2, f.influence[region.id]) * regionValue('movement', region);
      const target = f.seat === ctx.rival ? (1 + 10 * ctx.leaderExcess) * ctx.threat : 0.4;
      add({ type: 'police', region: region.id, amount: 1 },
        { hostile: hit * target * 0.5, policy: personalist - 1 }, `police:${region.id}`);
    }
  }
  if (ctx.leaderExcess > 0.06) {
    let weakest = -1;
    for (const f of view.factions) {
      if (f.seat === seat || f.seat === ctx.rival) continue;
      if (weakest < 0 || ctx.st.shares[f.seat] < ctx.st.shares[weakest]) weakest = f.seat;
    }
    if (weakest >= 0) add({ type: 'subsidize', target: weakest, amount: 1 }, { hostile: 1.5, policy: personalist }, 'subsidize');
  }
  add({ type: 'emergencyPowers' }, { growth: 2.5, policy: personalist * 2 }, 'emergency');
  if (me.emergencyUntil > 0 && me.emergencyUntil <= view.round) {
    add({ type: 'endEmergency' }, { policy: agenda === 'institutionalist' ? 6 : 3 }, 'endEmergency');
  }
}

function corporationCandidates(ctx: BotContext, add: Add, notPartner: (s: Seat) => boolean): void {
  const { view, seat, me, kind, agenda } = ctx;
  const h = horizon(ctx);
  const share = ctx.st.shares[seat];
  const chance = Math.min(0.8, 2 * share);
  const biggestCorp = view.factions.filter((f) => f.kind === 'corporation')
    .reduce((a, f) => (ctx.st.shares[f.seat] > ctx.st.shares[a.seat] ? f : a), me);
  const extractionCost = agenda === 'missionDriven' ? -3 : me.meter > 40 ? -1.5 : -0.5;
  if (view.policies.some((p) => p.policy === 'antitrust') && biggestCorp.seat === seat) {
    add({ type: 'lobby', policy: 'antitrust', mode: 'repeal' }, { growth: 5 * chance, policy: agenda === 'trustBuster' ? -4 : 0 }, 'lobby');
  }
  if (view.policies.some((p) => p.policy === 'diffusionMandate')) {
    add({ type: 'lobby', policy: 'diffusionMandate', mode: 'repeal' }, { growth: 3 * chance, impact: -1 }, 'lobby');
  }
  if (view.policies.some((p) => p.policy === 'harbergerIP')) {
    add({ type: 'lobby', policy: 'harbergerIP', mode: 'repeal' }, { growth: 2 * chance }, 'lobby');
  }
  if (!view.policies.some((p) => p.policy === 'publicServices')) {
    add({ type: 'lobby', policy: 'publicServices', mode: 'enact' }, { impact: 2 * chance, policy: chance }, 'lobby');
  }
  if (biggestCorp.seat !== seat && !view.policies.some((p) => p.policy === 'antitrust')) {
    add({ type: 'lobby', policy: 'antitrust', mode: 'enact' }, { hostile: 3 * chance, policy: agenda === 'trustBuster' ? 4 : 0 }, 'lobby');
  }
  for (const region of view.regions) {
    if (ctx.ctrl[region.id] !== seat) continue;
    add({ type: 'extract', region: region.id, amount: 1 },
      { growth: 2.6, policy: extractionCost, impact: -0.3 }, `extract`);
  }
  for (const region of view.regions) {
    for (const f of view.factions) {
      if (f.seat === seat || f.kind === 'state' || f.influence[region.id] < 1 || !notPartner(f.seat)) continue;
      if (ctx.dist[region.id] > 2) continue;
      const taken = Math.min(2, f.influence[region.id]);
      const rivalry = f.seat === ctx.rival ? (1 + 10 * ctx.leaderExcess) * ctx.threat : 0.5;
      add({ type: 'acquire', target: f.seat, region: region.id, amount: 1 },
        { hostile: taken * regionValue(f.kind, region) * rivalry * 0.5, growth: taken * regionValue(kind, region) * h * 0.6 },
        `acquire:${region.id}`);
    }
  }
  for (const f of view.factions) {
    if (f.kind !== 'movement') continue;
    add({ type: 'philanthropy', target: f.seat, amount: 1 },
      { impact: 2, hostile: ctx.rival >= 0 && view.factions[ctx.rival].kind !== 'movement' ? 1 : 0, growth: -1.2 }, 'philanthropy');
  }
  add({ type: 'mission' }, {
    impact: 1 + (agenda === 'missionDriven' ? 3 : 0),
    policy: me.meter > 45 ? 2.5 : me.meter > 30 ? 1 : 0.2,
  }, 'mission');
}

function movementCandidates(ctx: BotContext, add: Add, notPartner: (s: Seat) => boolean): void {
  const { view, seat, agenda } = ctx;
  const supportChance = Math.min(0.8, 2 * ctx.st.shares[seat]);
  for (const p of view.policies) {
    const harm = p.policy === 'surveillance' ? 5 : 0;
    if (harm > 0) add({ type: 'campaign', policy: p.policy }, { growth: harm * supportChance }, 'campaign');
  }
  for (const f of view.factions) {
    if (f.seat === seat || !notPartner(f.seat)) continue;
    const rivalry = f.seat === ctx.rival ? (1 + 12 * ctx.leaderExcess) * ctx.threat : 0.25;
    if (!f.agendaPublic) {
      const fourth = agenda === 'fourthEstate' && !ctx.me.stats.exposed.includes(f.seat) ? 3 : 0;
      add({ type: 'expose', target: f.seat }, { hostile: 2 * rivalry, policy: fourth }, `expose`);
    }
    let bestRegion = -1; let bestHit = 0;
    for (const region of view.regions) {
      const hit = Math.min(2, f.influence[region.id]) * regionValue(f.kind, region);
      if (hit > bestHit) { bestHit = hit; bestRegion = region.id; }
    }
    if (bestRegion >= 0) {
      add({ type: 'protest', target: f.seat, region: bestRegion, amount: 1 },
        { hostile: bestHit * rivalry * 0.5 }, `protest`);
    }
    if (f.kind === 'corporation' && !view.interops.some((i) => i.corporation === f.seat && i.movement === seat)) {
      let corpRegion = -1; let corpBase = 0;
      for (const region of view.regions) {
        const b = f.influence[region.id] * regionValue('corporation', region);
        if (b > corpBase) { corpBase = b; corpRegion = region.id; }
      }
      if (corpRegion >= 0) {
        add({ type: 'interop', target: f.seat, region: corpRegion },
          { hostile: corpBase * 0.25 * rivalry, growth: corpBase * 0.08, policy: agenda === 'interoperator' ? 3 : 0 },
          `interop`);
      }
    }
  }
}
