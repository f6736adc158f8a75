// Stage 8: progress, risk, the event card, era change, and expiry of timed things.
//   risk += 2 · Σ research − (defend, already removed) + coordinationRisk
//   coordinationRisk = max(0, factionsNotInAPact − 2) · (1 − min(1, defenseStock / 20))
import { POLICY_INFO } from '../actions';
import { drawEvent } from '../events';
import { eraOf, modifierActive, policyActive } from '../world';
import { num, say, type ResolveCtx } from './context';

export function resolveWorld(ctx: ResolveCtx): void {
  const { s, b, round } = ctx;
  let produced = 0;
  for (const v of ctx.output) produced += v;
  const services = policyActive(s, 'publicServices') ? b.publicServicesProgress : 0;
  const gained = produced + ctx.commonsProgress + services;
  s.progress += gained;

  let researchRisk = 0;
  for (const f of s.factions) {
    const added = b.researchRisk * ctx.research[f.seat];
    researchRisk += added;
    f.stats.riskAdded += added;
  }
  let loners = 0;
  for (const f of s.factions) if (!s.pacts.some((p) => p.a === f.seat || p.b === f.seat)) loners++;
  const coordination = Math.max(0, loners - b.coordinationFreeFactions) * (1 - Math.min(1, s.defenseStock / b.coordinationDefenseFull));
  s.risk = Math.max(0, s.risk + researchRisk + coordination);
  s.defenseStock *= 1 - b.defenseStockDecay;
  say(ctx, 'world', `World progress +${num(gained)} (now ${num(s.progress)} of ${s.progressTarget}); risk ${num(s.risk)}${coordination > 0 ? ` (+${num(coordination)} from an uncoordinated world)` : ''}.`, { value: gained });

  const rounds = s.options.rounds;
  if (round < rounds) {
    const nextEra = eraOf(round + 1, rounds);
    if (nextEra !== s.era) {
      s.era = nextEra;
      s.controlDiffusion = b.controlDiffusionByEra[nextEra - 1];
      say(ctx, 'era', `Era ${nextEra} begins: economies of scale rise to σ ${b.scaleByEra[nextEra - 1]}, ideas spread faster (δi ${b.ideaDiffusionByEra[nextEra - 1]}) and control diffuses less (δc ${b.controlDiffusionByEra[nextEra - 1]}).`, { value: nextEra });
    }
    if (b.eventEvery > 0 && round % b.eventEvery === 1 % b.eventEvery) drawEvent(ctx);
  }

  // Timed things expire at the end of their last round.
  const next = round + 1;
  s.policies = s.policies.filter((p) => {
    if (p.untilRound >= next) return true;
    say(ctx, 'policyExpired', `${POLICY_INFO[p.policy].label} runs its course and is no longer in force.`);
    return false;
  });
  s.standards = s.standards.filter((x) => x.untilRound >= next);
  s.captures = s.captures.filter((x) => x.untilRound >= next);
  s.interops = s.interops.filter((x) => x.untilRound >= next);
  s.modifiers = s.modifiers.filter((m) => m.untilRound >= next);

  // σ and δi for the coming round: the era's value plus event boosts.
  const era = eraOf(Math.min(next, rounds), rounds);
  const view = { ...s, round: next };
  s.scale = b.scaleByEra[era - 1] + (modifierActive(view, 'aiScaling') ? b.aiScalingBoost : 0);
  s.ideaDiffusion = b.ideaDiffusionByEra[era - 1] + (modifierActive(view, 'openSourceWave') ? b.openSourceBoost : 0);
  s.controlDiffusion = b.controlDiffusionByEra[era - 1];
}
