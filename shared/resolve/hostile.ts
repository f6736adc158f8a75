// Stage 4, hostile: police, protest, expose, interop, acquire. All read the stage's starting
// influence; when several attacks on one faction in one region ask for more than is there, each
// gets its proportional part. Decentralised influence cannot be taken: it is in many hands.
// A Movement's unity decides how hard it is hit (a crowd is one target; a plural network is not).
import { activeInfluence, inPact } from '../world';
import { nameOf, num, regionName, say, type ResolveCtx } from './context';
import type { Seat } from '../types';

interface Removal { attacker: Seat; target: Seat; region: number; amount: number; takes: boolean; verb: string }

export function resolveHostileStage(ctx: ResolveCtx): void {
  const { s, b, round } = ctx;
  const removals: Removal[] = [];
  /** How much a hostile action against this faction counts. */
  const factor = (target: Seat, policeOrExpose: boolean): number => {
    const t = s.factions[target];
    if (t.kind !== 'movement') return 1;
    if (t.meter > b.unityHighAbove && policeOrExpose) return b.unityHighHostileFactor;
    if (t.meter < b.unityLowBelow) return b.unityLowHostileFactor;
    return 1;
  };

  for (const f of s.factions) {
    const seat = f.seat;
    for (const a of ctx.actions[seat] ?? []) {
      switch (a.type) {
        case 'police': {
          for (const m of s.factions) {
            if (m.kind !== 'movement' || m.seat === seat || inPact(s, seat, m.seat)) continue;
            if (activeInfluence(m, a.region) <= 0) continue;
            removals.push({ attacker: seat, target: m.seat, region: a.region, amount: b.policeInfluence * a.amount * factor(m.seat, true), takes: false, verb: 'polices' });
          }
          f.legitimacy -= b.policeLegitimacy * a.amount;
          f.meter += b.policePersonalism * a.amount;
          ctx.meterMoved[seat] = true;
          say(ctx, 'police', `${f.name} polices ${regionName(ctx, a.region)}: the Leviathan uses its guns (legitimacy −${b.policeLegitimacy * a.amount}, personalism +${b.policePersonalism * a.amount}).`, { seat, region: a.region });
          break;
        }
        case 'protest': {
          const k = factor(a.target, false);
          removals.push({ attacker: seat, target: a.target, region: a.region, amount: b.protestInfluence * a.amount * k, takes: false, verb: 'protests against' });
          s.factions[a.target].legitimacy -= b.protestLegitimacy * a.amount * k;
          break;
        }
        case 'acquire':
          removals.push({ attacker: seat, target: a.target, region: a.region, amount: b.acquireInfluence * a.amount * factor(a.target, false), takes: true, verb: 'acquires from' });
          break;
        case 'expose': {
          const t = s.factions[a.target];
          const loss = b.exposeLegitimacy * factor(a.target, true);
          t.agendaPublic = true;
          t.legitimacy -= loss;
          if (!f.stats.exposed.includes(a.target)) f.stats.exposed.push(a.target);
          say(ctx, 'expose', `${f.name} exposes ${t.name}'s secret agenda — the Fourth Estate at work (legitimacy −${num(loss)}).`, { seat, target: a.target, value: -loss });
          break;
        }
        case 'interop': {
          s.interops = s.interops.filter((x) => !(x.movement === seat && x.corporation === a.target && x.region === a.region));
          s.interops.push({ movement: seat, corporation: a.target, region: a.region, untilRound: round + b.interopRounds - 1 });
          f.stats.interops += 1;
          say(ctx, 'interop', `${f.name} plugs into ${nameOf(ctx, a.target)}'s network in ${regionName(ctx, a.region)} for ${b.interopRounds} rounds — adversarial interoperability.`, { seat, target: a.target, region: a.region });
          break;
        }
        default:
          break;
      }
    }
  }

  // Removals: proportional when oversubscribed, all read the starting influence.
  const asked = new Map<number, number>();
  const key = (t: Seat, r: number) => t * 64 + r;
  for (const x of removals) asked.set(key(x.target, x.region), (asked.get(key(x.target, x.region)) ?? 0) + x.amount);
  const available = new Map<number, number>();
  for (const k of asked.keys()) {
    const t = Math.floor(k / 64), r = k % 64;
    available.set(k, Math.max(0, activeInfluence(s.factions[t], r)));
  }
  for (const x of removals) {
    const k = key(x.target, x.region);
    const total = asked.get(k) as number;
    const got = total > 0 ? (x.amount * Math.min(total, available.get(k) as number)) / total : 0;
    const target = s.factions[x.target];
    target.influence[x.region] -= got;
    if (x.takes) s.factions[x.attacker].influence[x.region] += got;
    if (x.verb === 'polices') {
      say(ctx, 'policed', `${target.name} loses ${num(got)} influence in ${regionName(ctx, x.region)} to policing.`, { seat: x.attacker, target: x.target, region: x.region, value: -got });
    } else {
      const what = x.takes ? `takes ${num(got)} influence from ${target.name}` : `costs ${target.name} ${num(got)} influence`;
      const idea = x.takes ? ' — homogenisation' : ' — the street checks the powerful';
      say(ctx, x.takes ? 'acquire' : 'protest', `${nameOf(ctx, x.attacker)} ${x.takes ? 'acquires' : 'protests'} in ${regionName(ctx, x.region)}: ${what}${idea}.`, { seat: x.attacker, target: x.target, region: x.region, value: -got });
    }
  }
}
