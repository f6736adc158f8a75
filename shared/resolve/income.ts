// Stage 6: income, upkeep, kind rules, investor pressure, meter drift and resource decay.
//   S_i = (effBase_i / meanBase)^(σ − 1)     economies of scale (effBase adds ½ a standard partner's base)
//   out_i = A · T_i · L_i · [(base_i − b_i) · S_i + b_i]   b_i = base under adversarial interop
//   upkeep_i = u · Σ influence · distance + c · regionsHeld^1.5   diseconomies of scale
import { bases, heldRegions, modifierActive, policyActive, proprietaryTech, regionValue } from '../world';
import { kindRivalryFactor } from '../balance';
import { num, say, type ResolveCtx } from './context';

export function resolveIncome(ctx: ResolveCtx): void {
  const { s, b, round } = ctx;
  const n = s.factions.length;
  const base = bases(s);
  let totalBase = 0;
  for (const v of base) totalBase += v;
  const meanBase = totalBase / n;
  const sigma = s.scale;
  const mandate = policyActive(s, 'diffusionMandate');
  const antitrust = policyActive(s, 'antitrust');
  const surveillance = policyActive(s, 'surveillance');
  const pandemic = modifierActive(s, 'pandemic') ? b.pandemicOutputFactor : 1;
  const border = modifierActive(s, 'borderAdjustment');
  const remote = modifierActive(s, 'remoteWork') ? b.remoteWorkUpkeepFactor : 1;

  // Antitrust halves the scale bonus of the largest Corporation (ties: all of the largest).
  let largestCorpBase = -1;
  for (const f of s.factions) if (f.kind === 'corporation') largestCorpBase = Math.max(largestCorpBase, base[f.seat]);

  // A State's personal rule drags down everyone's output.
  let harm = 0;
  for (const f of s.factions) if (f.kind === 'state' && f.meter > b.personalismHarmAbove) harm += b.personalismHarmRate * (f.meter - b.personalismHarmAbove);
  harm = Math.min(0.9, harm);

  const active = (f: { seat: number }) => s.interops.filter((x) => x.corporation === f.seat && x.untilRound >= round);
  const output = ctx.output;
  const income = new Array<number>(n).fill(0);
  const factorTL = new Array<number>(n).fill(0);
  let lost = 0;
  for (const f of s.factions) {
    const i = f.seat;
    let eff = base[i];
    for (const st of s.standards) {
      if (st.untilRound < round) continue;
      if (st.a === i) eff += b.standardBaseShare * base[st.b];
      else if (st.b === i) eff += b.standardBaseShare * base[st.a];
    }
    let S = meanBase > 0 && eff > 0 ? Math.pow(eff / meanBase, sigma - 1) : 1;
    const sharedRecently = f.lastShareRound > 0 && f.lastShareRound > round - b.mandateShareWindow;
    if (mandate && !sharedRecently) S = 1;
    if (antitrust && f.kind === 'corporation' && base[i] === largestCorpBase) S = 1 + (S - 1) / 2;
    const T = 1 + f.tech / b.techDivisor;
    const L = b.legitimacyBase + f.legitimacy / b.legitimacyDivisor;
    factorTL[i] = b.outputFactor * T * L * pandemic * (1 - harm);
    let interopBase = 0;
    const seenRegions: number[] = [];
    for (const x of active(f)) {
      if (seenRegions.includes(x.region)) continue;
      seenRegions.push(x.region);
      interopBase += regionalBase(f, x.region, s.regions[x.region], b.decentralizedYield);
    }
    interopBase = Math.min(interopBase, base[i]);
    const raw = b.outputFactor * T * L * pandemic * ((base[i] - interopBase) * S + interopBase);
    lost += raw * harm;
    output[i] = raw * (1 - harm);
    let dec = 0;
    for (let r = 0; r < s.regions.length; r++) if (f.decentralized[r] > 0) dec += f.decentralized[r] * regionValue(f.kind, s.regions[r]);
    ctx.commonsProgress += b.outputFactor * T * L * (1 - b.decentralizedYield) * dec;
  }

  let movements = 0;
  for (const f of s.factions) if (f.kind === 'movement') movements++;
  const kinds = s.factions.map((f) => f.kind);
  for (const f of s.factions) {
    const i = f.seat;
    let inc = output[i] * kindRivalryFactor(b, kinds, f.kind);
    if (f.kind === 'corporation') inc *= 1 + f.meter / b.extractionIncomeDivisor;
    if (f.kind === 'movement') {
      if (f.meter > b.unityHighAbove) inc *= 1 + b.unityHighIncomeBonus;
      if (surveillance) inc *= b.surveillanceMovementIncome;
      inc += lost / movements;
    }
    if (f.kind === 'state' && f.meter < b.refereeBelow) {
      let others = 0;
      for (const o of s.factions) if (o.seat !== i) others += output[o.seat];
      inc += b.refereeShare * others;
    }
    income[i] = inc;
  }
  // Adversarial interop: a quarter of the Corporation's output in the region goes to the Movement.
  for (const x of s.interops) {
    if (x.untilRound < round) continue;
    const c = s.factions[x.corporation];
    const part = b.interopOutputShare * factorTL[c.seat] * regionalBase(c, x.region, s.regions[x.region], b.decentralizedYield);
    income[c.seat] -= part;
    income[x.movement] += part;
  }
  // Pacts: partners pass a share of their income to each other.
  const pactDelta = new Array<number>(n).fill(0);
  for (const p of s.pacts) {
    const fromA = b.pactIncomeShare * Math.max(0, income[p.a]);
    const fromB = b.pactIncomeShare * Math.max(0, income[p.b]);
    pactDelta[p.a] += fromB - fromA;
    pactDelta[p.b] += fromA - fromB;
  }

  for (const f of s.factions) {
    const i = f.seat;
    let distanceUpkeep = 0;
    const dist = s.distances[f.home];
    for (let r = 0; r < s.regions.length; r++) if (f.influence[r] > 0) distanceUpkeep += f.influence[r] * dist[r];
    const upkeep = b.upkeepDistance * remote * distanceUpkeep + b.upkeepRegions * Math.pow(heldRegions(f), b.upkeepRegionsExponent);
    const taxRate = (mandate ? b.proprietaryTax : 0) + (border ? b.proprietaryTax : 0);
    const tax = taxRate > 0 ? taxRate * proprietaryTech(s, i) : 0;
    const net = income[i] + pactDelta[i] - upkeep - tax;
    f.resources += net;
    f.lastOutput = output[i];
    const gain = Math.sqrt(Math.max(0, output[i]));
    f.impact += gain;
    f.stats.outputImpact += gain;
    say(ctx, 'income', `${f.name} produces ${num(output[i])} and nets ${num(net)} resources after upkeep ${num(upkeep)}${tax > 0 ? ` and tech tax ${num(tax)}` : ''}.`, { seat: i, value: net });
  }

  applyKindRules(ctx, base, totalBase);
}

function regionalBase(f: { influence: number[]; decentralized: number[]; kind: 'state' | 'corporation' | 'movement' }, r: number, region: Parameters<typeof regionValue>[1], y: number): number {
  const dec = f.decentralized[r];
  return (f.influence[r] - dec + y * dec) * regionValue(f.kind, region);
}

function applyKindRules(ctx: ResolveCtx, base: number[], totalBase: number): void {
  const { s, b, round } = ctx;
  const start = { state: b.startPersonalism, corporation: b.startExtraction, movement: b.startUnity };
  const surveillance = policyActive(s, 'surveillance');
  const publicServices = policyActive(s, 'publicServices');
  for (const f of s.factions) {
    const i = f.seat;
    // Investor pressure is the Corporation's own drift: it pushes extraction up every round
    // that the mission does not come first, instead of relaxing it toward the start.
    if (f.kind === 'corporation') {
      if (f.meter > b.extractionLegitimacyAbove) f.legitimacy -= b.extractionLegitimacyLoss;
      if (!ctx.missioned[i]) f.meter += b.investorPressure * (totalBase > 0 ? base[i] / totalBase : 0);
    } else if (!ctx.meterMoved[i] && !(surveillance && f.kind === 'state')) {
      const home = start[f.kind];
      f.meter = f.meter > home ? Math.max(home, f.meter - b.meterDrift) : Math.min(home, f.meter + b.meterDrift);
    }
    if (f.kind === 'state' && f.emergencyUntil === round && !ctx.endedEmergency[i]) {
      f.meter += b.emergencyPersonalism;
      say(ctx, 'emergencyKept', `${f.name}'s emergency powers expire without being laid down: personalism +${b.emergencyPersonalism} — the dictator who stayed.`, { seat: i });
    }
    if (publicServices) f.legitimacy += b.publicServicesLegitimacy;
    if (f.resources > b.resourceDecayAbove) f.resources -= b.resourceDecayRate * (f.resources - b.resourceDecayAbove);
    if (policyActive(s, 'antitrust')) f.stats.antitrustRounds += 1;
  }
  // Commonality of motive: rival Corporations converge on the higher extraction.
  const corps = s.factions.filter((f) => f.kind === 'corporation');
  if (corps.length > 1) {
    const top = Math.max(...corps.map((f) => f.meter));
    for (const f of corps) f.meter = Math.min(top, f.meter + b.extractionConvergence);
  }
}
