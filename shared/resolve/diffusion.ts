// Stage 7: diffusion. Ideas flow toward the tech leader (faster under a diffusion mandate, an
// open-source wave, or toward a Corporation whose walls were breached by interop); control
// leaks out of regions one faction dominates. The balance alarm turns both against the leader:
// it gets no ideas for free and loses control twice as fast.
import { activeInfluence, policyActive } from '../world';
import { num, say, type ResolveCtx } from './context';

export function resolveDiffusion(ctx: ResolveCtx): void {
  const { s, b, round } = ctx;
  const underAlarm = (seat: number) => ctx.alarm.includes(seat);
  const delta = s.ideaDiffusion + (policyActive(s, 'diffusionMandate') ? b.mandateDiffusion : 0);
  const techs = s.factions.map((f) => f.tech);
  const maxTech = Math.max(...techs);
  const leaky = s.interops.filter((x) => x.untilRound >= round).map((x) => x.corporation);

  for (const f of s.factions) {
    if (underAlarm(f.seat)) continue;
    let gain = delta * (maxTech - techs[f.seat]);
    for (const c of leaky) {
      if (c === f.seat) continue;
      gain = Math.max(gain, (delta + b.interopDiffusion) * (techs[c] - techs[f.seat]));
    }
    if (gain > 0) f.tech += gain;
  }

  // Harberger IP: tech held far above the average slowly lapses into the commons.
  if (policyActive(s, 'harbergerIP')) {
    const avg = techs.reduce((x, y) => x + y, 0) / techs.length;
    for (const f of s.factions) {
      const excess = techs[f.seat] - avg;
      if (excess > 0) f.tech -= b.harbergerRate * excess;
    }
  }

  // Control: in each region, δc of any holding above 60 % moves to the others present.
  const n = s.factions.length;
  const moves: number[][] = s.factions.map(() => new Array<number>(s.regions.length).fill(0));
  for (let r = 0; r < s.regions.length; r++) {
    let total = 0;
    for (const f of s.factions) total += f.influence[r];
    if (total <= 0) continue;
    for (const f of s.factions) {
      const excess = f.influence[r] - b.controlDiffusionShare * total;
      if (excess <= 0) continue;
      const others = total - f.influence[r];
      if (others <= 0) continue;
      const rate = s.controlDiffusion * (underAlarm(f.seat) ? b.alarmControlDiffusionFactor : 1);
      const moved = Math.min(rate * excess, Math.max(0, activeInfluence(f, r)));
      if (moved <= 0) continue;
      moves[f.seat][r] -= moved;
      for (const o of s.factions) if (o.seat !== f.seat && o.influence[r] > 0) moves[o.seat][r] += (moved * o.influence[r]) / others;
    }
  }
  // Adversarial interop: users plug into the compatible alternative and take their presence
  // with them — each round a little of the Corporation's influence in the region passes to the
  // Movement (Changes from the design, RULES.md).
  const breached = new Set<string>();
  for (const x of s.interops) {
    const key = `${x.corporation}:${x.region}`;
    if (x.untilRound < round || breached.has(key)) continue;
    breached.add(key);
    const c = s.factions[x.corporation];
    const moved = Math.min(b.interopInfluence, Math.max(0, activeInfluence(c, x.region) + moves[c.seat][x.region]));
    if (moved <= 0) continue;
    moves[c.seat][x.region] -= moved;
    moves[x.movement][x.region] += moved;
  }
  for (let i = 0; i < n; i++) for (let r = 0; r < s.regions.length; r++) s.factions[i].influence[r] += moves[i][r];

  if (ctx.alarm.length) {
    const names = ctx.alarm.map((seat) => s.factions[seat].name).join(' and ');
    say(ctx, 'alarmDiffusion', `Under the balance alarm, ${names} ${ctx.alarm.length > 1 ? 'get' : 'gets'} no free ideas and ${ctx.alarm.length > 1 ? 'lose' : 'loses'} control twice as fast (δc ${num(s.controlDiffusion * b.alarmControlDiffusionFactor)}).`);
  }
}
