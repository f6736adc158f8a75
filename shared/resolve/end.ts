// Stage 9: end checks (DESIGN.md section 6), in order: catastrophe, hegemony, the last round.
// Also the balance alarm, the hegemony streak and the per-round record for the summary charts.
import { AGENDA_INFO, agendaMet } from '../agendas';
import { r4 } from '../clone';
import {
  alarmSeats, concentration, fairShareBonus, hegemonyThreshold, largestGroup, powers, powerShares,
} from '../scoring';
import { blocs } from '../world';
import { num, say, type ResolveCtx } from './context';
import type { OutcomeType, Seat } from '../types';

export function resolveEnd(ctx: ResolveCtx): void {
  const { s, b, round } = ctx;
  const shares = powerShares(s);
  const threshold = hegemonyThreshold(s);
  s.hegemonyThreshold = threshold;
  s.concentration = concentration(s, shares);
  const names = (seats: Seat[]) => seats.map((x) => s.factions[x].name).join(' and ');
  const pct = (v: number) => `${Math.round(v * 100)} %`;

  const alarm = alarmSeats(s, shares);
  const alarmShare = alarm.reduce((sum, x) => sum + shares[x], 0);
  if (alarm.length && alarm.join() !== s.alarm.join()) {
    say(ctx, 'alarm', `Balance alarm: ${names(alarm)} ${alarm.length > 1 ? 'hold' : 'holds'} ${pct(alarmShare)} of all power (hegemony at ${pct(threshold)}). Diffusion now works against ${alarm.length > 1 ? 'them' : 'it'}.`, { seat: alarm[0], value: alarmShare });
  } else if (!alarm.length && s.alarm.length) {
    say(ctx, 'alarmOff', 'The balance alarm falls silent: no power is close to hegemony.');
  }
  for (const seat of alarm) s.factions[seat].stats.triggeredAlarm = true;
  s.alarm = alarm;

  const top = largestGroup(shares, blocs(s));
  if (top.share >= threshold) {
    const same = s.hegemonyStreak && s.hegemonyStreak.bloc.join() === top.seats.join();
    s.hegemonyStreak = { bloc: top.seats.slice(), rounds: same ? (s.hegemonyStreak as { rounds: number }).rounds + 1 : 1 };
    if (s.hegemonyStreak.rounds < b.hegemonyRounds) {
      say(ctx, 'hegemonyWarning', `${names(top.seats)} ${top.seats.length > 1 ? 'hold' : 'holds'} ${pct(top.share)} of all power — at the hegemony line. Balance now, or it wins.`, { seat: top.seats[0], value: top.share });
    }
  } else {
    s.hegemonyStreak = null;
  }

  s.history.push({
    round, powerShares: shares.map(r4), concentration: r4(s.concentration),
    progress: r4(s.progress), progressTarget: s.progressTarget, risk: r4(s.risk),
  });

  if (s.risk >= b.catastropheRisk) return finish(ctx, 'catastrophe', shares, null);
  if (s.hegemonyStreak && s.hegemonyStreak.rounds >= b.hegemonyRounds) {
    const p = powers(s);
    const members = s.hegemonyStreak.bloc;
    let winner = members[0];
    for (const m of members) if (p[m] > p[winner]) winner = m;
    return finish(ctx, 'hegemony', shares, winner);
  }
  if (round >= s.options.rounds) return finish(ctx, s.progress >= s.progressTarget ? 'flourishing' : 'stagnation', shares, null);
  s.round = round + 1;
}

function finish(ctx: ResolveCtx, type: OutcomeType, shares: number[], hegemon: Seat | null): void {
  const { s } = ctx;
  const met = s.factions.map((f) => agendaMet(s, f.seat, shares));
  const finalImpact = s.factions.map((f) => r4(f.impact + (met[f.seat] && f.agenda ? AGENDA_INFO[f.agenda].bonus : 0) + fairShareBonus(s, shares[f.seat])));
  const p = powers(s);
  // Shared rankings never split a win: ties fall to power, then to a seeded draw.
  const tieKey = s.factions.map(() => ctx.rng.float());
  const order = s.factions.map((f) => f.seat).sort((a, c) =>
    finalImpact[c] - finalImpact[a] || p[c] - p[a] || tieKey[a] - tieKey[c]);
  let ranking = order;
  if (type === 'hegemony' && hegemon !== null) ranking = [hegemon, ...order.filter((x) => x !== hegemon)];
  if (type === 'catastrophe') {
    let worst: Seat | null = null;
    for (const f of s.factions) {
      if (f.stats.riskAdded <= 0) continue;
      if (worst === null || f.stats.riskAdded > s.factions[worst].stats.riskAdded
        || (f.stats.riskAdded === s.factions[worst].stats.riskAdded && tieKey[f.seat] < tieKey[worst])) worst = f.seat;
    }
    if (worst !== null) ranking = [...order.filter((x) => x !== worst), worst];
  }
  const winner = type === 'hegemony' ? hegemon : type === 'flourishing' ? ranking[0] : null;
  const name = (x: Seat) => s.factions[x].name;
  let text: string;
  switch (type) {
    case 'catastrophe':
      text = `Catastrophe: risk reached ${num(s.risk)} and the vulnerable world broke. Everyone loses.`;
      break;
    case 'hegemony': {
      const partners = (s.hegemonyStreak?.bloc ?? []).filter((x) => x !== hegemon);
      text = `Hegemony: ${name(hegemon as Seat)} held the balance of power for ${ctx.b.hegemonyRounds} rounds and wins alone.`
        + (partners.length ? ` Its partners ${partners.map(name).join(' and ')} were absorbed and lose.` : '');
      break;
    }
    case 'flourishing':
      text = `Flourishing: the world reached ${num(s.progress)} progress of ${s.progressTarget} and stayed plural. ${name(winner as Seat)} wins with the highest impact (${num(finalImpact[winner as Seat])}).`;
      break;
    default:
      text = `Stagnation: the world reached only ${num(s.progress)} progress of ${s.progressTarget}. Nobody wins.`;
  }
  s.outcome = { type, winner, ranking, finalImpact, agendaMet: met, round: ctx.round, text };
  s.phase = 'ended';
  say(ctx, 'outcome', text, winner === null ? {} : { seat: winner });
}
