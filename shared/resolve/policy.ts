// Stage 3, policy: legislate, lobby, campaign, defend, share, decentralize, mission, subsidize,
// philanthropy, emergency powers. Every action reads the stage's starting state (techs, risk,
// shares); rule changes apply one by one in a seeded order so nobody wins ties by seat number.
import { POLICY_INFO } from '../actions';
import { activeInfluence, bases, baseShare, isPermanentPolicy } from '../world';
import { nameOf, num, regionName, say, type ResolveCtx } from './context';
import type { Action, PolicyId, Seat } from '../types';

export function resolvePolicyStage(ctx: ResolveCtx): void {
  const { s, b, round } = ctx;
  const techs = s.factions.map((f) => f.tech);
  const startBases = bases(s);
  const startRisk = s.risk;
  const ruleChanges: { seat: Seat; action: Action }[] = [];
  const defends: { seat: Seat; amount: number }[] = [];
  const shareGain = s.factions.map(() => 0);
  const shareCap = s.factions.map(() => 0);
  const shareLinks: { from: Seat; to: Seat; gain: number }[] = [];

  for (const f of s.factions) {
    const seat = f.seat;
    for (const a of ctx.actions[seat] ?? []) {
      switch (a.type) {
        case 'legislate': case 'lobby': case 'campaign':
          ruleChanges.push({ seat, action: a });
          break;
        case 'defend':
          defends.push({ seat, amount: a.amount });
          break;
        case 'share': {
          f.stats.shares += 1;
          f.lastShareRound = round;
          for (const o of s.factions) {
            if (o.seat === seat || (a.target !== 'all' && a.target !== o.seat)) continue;
            const gain = b.shareLeadFraction * Math.max(0, techs[seat] - techs[o.seat]);
            if (gain <= 0) continue;
            shareGain[o.seat] += gain;
            shareCap[o.seat] = Math.max(shareCap[o.seat], techs[seat]);
            shareLinks.push({ from: seat, to: o.seat, gain });
          }
          const who = a.target === 'all' ? 'everyone' : nameOf(ctx, a.target);
          say(ctx, 'share', `${f.name} opens its technology to ${who} — the diffusion of ideas.`, { seat, ...(a.target === 'all' ? {} : { target: a.target }) });
          break;
        }
        case 'decentralize': {
          const moved = Math.min(b.decentralizeInfluence * a.amount, Math.max(0, activeInfluence(f, a.region)));
          f.decentralized[a.region] += moved;
          if (moved > 0) f.impact += b.decentralizeImpact * a.amount;
          say(ctx, 'decentralize', `${f.name} hands ${num(moved)} influence in ${regionName(ctx, a.region)} to independent institutions.`, { seat, region: a.region, value: moved });
          break;
        }
        case 'mission':
          f.meter -= b.missionExtraction;
          f.impact += b.missionImpact;
          ctx.missioned[seat] = true;
          ctx.meterMoved[seat] = true;
          say(ctx, 'mission', `${f.name} puts its mission before its investors: extraction −${b.missionExtraction}.`, { seat });
          break;
        case 'subsidize': {
          const gift = b.subsidizeGift * a.amount;
          s.factions[a.target].resources += gift;
          f.meter += b.subsidizePersonalism * a.amount;
          ctx.meterMoved[seat] = true;
          say(ctx, 'subsidize', `${f.name} subsidizes ${nameOf(ctx, a.target)} with ${gift} resources — picking winners (personalism +${b.subsidizePersonalism * a.amount}).`, { seat, target: a.target, value: gift });
          break;
        }
        case 'philanthropy': {
          const gift = b.philanthropyGift * a.amount;
          const target = s.factions[a.target];
          target.resources += gift;
          if (target.kind === 'movement') {
            f.impact += b.philanthropyMovementImpact * a.amount;
            say(ctx, 'philanthropy', `${f.name} funds ${target.name} with ${gift} resources — a counterweight to itself.`, { seat, target: a.target, value: gift });
          } else if (target.kind === 'state') {
            s.captures = s.captures.filter((c) => !(c.corporation === seat && c.state === a.target));
            s.captures.push({ corporation: seat, state: a.target, untilRound: round + b.captureRounds - 1 });
            say(ctx, 'capture', `${f.name} funds ${target.name} with ${gift} resources — capture: they count as one bloc for the balance alarm for ${b.captureRounds} rounds.`, { seat, target: a.target, value: gift });
          } else {
            say(ctx, 'philanthropy', `${f.name} gives ${target.name} ${gift} resources.`, { seat, target: a.target, value: gift });
          }
          break;
        }
        case 'emergencyPowers':
          f.emergencyUntil = round + b.emergencyRounds;
          say(ctx, 'emergency', `${f.name} declares emergency powers: one extra action for ${b.emergencyRounds} rounds — the Roman dictator's bargain.`, { seat });
          break;
        case 'endEmergency':
          ctx.endedEmergency[seat] = true;
          f.emergencyUntil = round;
          say(ctx, 'endEmergency', `${f.name} lays down its emergency powers — power handed back.`, { seat });
          break;
        default:
          break;
      }
    }
  }

  // Share: a target never overtakes the best tech shared with it.
  for (const o of s.factions) {
    const total = shareGain[o.seat];
    if (total <= 0) continue;
    const actual = Math.min(total, Math.max(0, shareCap[o.seat] - techs[o.seat]));
    o.tech += actual;
    for (const link of shareLinks) {
      if (link.to !== o.seat) continue;
      const credit = (link.gain * actual) / total;
      const giver = s.factions[link.from];
      giver.impact += credit;
      giver.stats.techGivenByShare += credit;
    }
  }

  // Defend: only risk actually removed counts, split in proportion to what each ordered.
  if (defends.length) {
    const asked = defends.reduce((sum, d) => sum + b.defendRisk * d.amount, 0);
    const removed = Math.min(startRisk, asked);
    s.risk -= removed;
    for (const d of defends) {
      const f = s.factions[d.seat];
      const mine = asked > 0 ? (removed * b.defendRisk * d.amount) / asked : 0;
      s.defenseStock += b.defendStock * d.amount;
      f.stats.riskRemoved += mine;
      f.impact += b.defendImpactFraction * mine;
      say(ctx, 'defend', `${f.name} invests in defence: risk −${num(mine)} (d/acc).`, { seat: d.seat, value: -mine });
    }
  }

  // Rule changes in a seeded order: chances use the stage's starting shares.
  ctx.rng.shuffle(ruleChanges);
  for (const { seat, action } of ruleChanges) {
    const f = s.factions[seat];
    if (action.type === 'legislate') {
      enact(ctx, action.policy, seat, `${f.name} legislates`);
    } else if (action.type === 'lobby') {
      const chance = Math.min(b.leverageCap, b.leverageFactor * baseShare(s, seat, startBases));
      const won = ctx.rng.chance(chance);
      const label = POLICY_INFO[action.policy].label;
      if (!won) {
        say(ctx, 'lobbyFailed', `${f.name} lobbies to ${action.mode} ${label} and fails (${Math.round(chance * 100)} % chance).`, { seat });
      } else if (action.mode === 'enact') {
        enact(ctx, action.policy, seat, `${f.name}'s lobbying succeeds — size is leverage over the rules`);
      } else {
        repeal(ctx, action.policy, `${f.name}'s lobbying succeeds — size is leverage over the rules`, seat);
      }
    } else if (action.type === 'campaign') {
      const chance = Math.min(b.leverageCap, b.leverageFactor * baseShare(s, seat, startBases));
      if (ctx.rng.chance(chance)) {
        repeal(ctx, action.policy, `${f.name}'s campaign succeeds — public pressure holds the rule-makers to account`, seat);
      } else {
        say(ctx, 'campaignFailed', `${f.name} campaigns against ${POLICY_INFO[action.policy].label} and fails (${Math.round(chance * 100)} % chance).`, { seat });
      }
    }
  }
}

function enact(ctx: ResolveCtx, policy: PolicyId, by: Seat, lead: string): void {
  const { s, b, round } = ctx;
  const label = POLICY_INFO[policy].label;
  if (isPermanentPolicy(s, policy)) return;
  const until = round + b.policyRounds - 1;
  const existing = s.policies.find((p) => p.policy === policy);
  if (existing) {
    existing.untilRound = until;
    existing.by = by;
    say(ctx, 'policyRenewed', `${lead}: ${label} is renewed through round ${until}.`, { seat: by });
    return;
  }
  if (s.policies.length >= b.maxPolicies) {
    let oldest = 0;
    for (let i = 1; i < s.policies.length; i++) if (s.policies[i].enactedRound < s.policies[oldest].enactedRound) oldest = i;
    const lapsed = s.policies.splice(oldest, 1)[0];
    say(ctx, 'policyLapsed', `${POLICY_INFO[lapsed.policy].label} lapses to make room.`);
  }
  s.policies.push({ policy, enactedRound: round, untilRound: until, by });
  if (policy === 'surveillance') {
    for (const f of s.factions) {
      if (f.kind !== 'state') continue;
      f.meter += b.surveillancePersonalism;
      ctx.meterMoved[f.seat] = true;
    }
  }
  say(ctx, 'policyEnacted', `${lead}: ${label} is in force through round ${until}. ${POLICY_INFO[policy].effectText}`, { seat: by });
}

function repeal(ctx: ResolveCtx, policy: PolicyId, lead: string, by: Seat): void {
  const { s } = ctx;
  const i = s.policies.findIndex((p) => p.policy === policy);
  const label = POLICY_INFO[policy].label;
  if (i < 0) {
    say(ctx, 'policyRepealed', `${lead}, but ${label} was already gone.`, { seat: by });
    return;
  }
  s.policies.splice(i, 1);
  say(ctx, 'policyRepealed', `${lead}: ${label} is repealed.`, { seat: by });
}
