// The global tracks in the top bar: round, era, countdown, progress vs target, risk, the balance
// meter (largest faction or bloc vs the alarm and hegemony lines), scale and diffusion.
import { alarmLine, powerShares } from '../../shared/index';
import type { MatchView } from '../../shared/types';
import { serverNow } from '../net/serverClock';
import type { RoomSnapshot } from '../net/snapshot';
import { fill, h, pct } from '../ui/dom';

export interface Leader { seats: number[]; share: number }

/** The largest faction or pact bloc by power share (blocs count as one power). */
export function leaderOf(view: MatchView): Leader {
  const shares = powerShares(view);
  const parent = view.factions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const p of view.pacts) parent[find(p.a)] = find(p.b);
  const blocs = new Map<number, number[]>();
  view.factions.forEach((_, i) => { const r = find(i); blocs.set(r, [...(blocs.get(r) ?? []), i]); });
  let best: Leader = { seats: [], share: 0 };
  for (const seats of blocs.values()) {
    const share = seats.reduce((sum, s) => sum + (shares[s] ?? 0), 0);
    if (share > best.share) best = { seats, share };
  }
  return best;
}

function meter(label: string, value: number, max: number, text: string, opts: { marks?: number[]; danger?: boolean; id: string }) {
  const ratio = Math.max(0, Math.min(1, value / max));
  return h('div', { class: `track${opts.danger ? ' danger' : ''}`, id: opts.id },
    h('span', { class: 'track-label' }, label),
    h('span', { class: 'track-bar', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': max, 'aria-valuenow': Number(value.toFixed(2)), 'aria-label': label, 'aria-valuetext': text },
      h('span', { class: 'track-fill', style: `width:${(ratio * 100).toFixed(1)}%` }),
      ...(opts.marks ?? []).map((m) => h('span', { class: 'track-mark', style: `left:${((m / max) * 100).toFixed(1)}%` }))),
    h('span', { class: 'track-text' }, text));
}

export function renderTracks(box: HTMLElement, view: MatchView): void {
  const leader = leaderOf(view);
  const alarmAt = alarmLine(view);
  const alarm = view.alarm.length > 0;
  const names = leader.seats.map((s) => view.factions[s]?.name).join(' + ');
  fill(box,
    meter('Progress', view.progress, Math.max(view.progressTarget, view.progress, 1),
      `${Math.round(view.progress)} of ${Math.round(view.progressTarget)}`, { id: 'track-progress' }),
    meter('Risk', view.risk, 100, `${Math.round(view.risk)} / 100`, { id: 'track-risk', danger: view.risk >= 50, marks: [50] }),
    meter('Balance', leader.share, 1,
      `${alarm ? 'ALARM: ' : ''}${names} ${pct(leader.share)} (alarm ${pct(alarmAt)}, hegemony ${pct(view.hegemonyThreshold)})`,
      { id: 'track-balance', danger: alarm, marks: [alarmAt, view.hegemonyThreshold] }),
    h('div', { class: 'track small', id: 'track-scale' },
      h('span', { class: 'track-label' }, 'Scale'), h('span', { class: 'track-text' }, `σ ${view.scale.toFixed(2)}`)),
    h('div', { class: 'track small', id: 'track-diffusion' },
      h('span', { class: 'track-label' }, 'Diffusion'),
      h('span', { class: 'track-text' }, `ideas ${pct(view.ideaDiffusion)} · control ${pct(view.controlDiffusion)}`)),
    h('div', { class: 'track small', id: 'track-concentration' },
      h('span', { class: 'track-label' }, 'Concentration'), h('span', { class: 'track-text' }, `HHI ${view.concentration.toFixed(2)}`)),
  );
}

export function roundLine(view: MatchView): string {
  const total = view.options.rounds;
  if (view.outcome || view.phase === 'ended') return `Match over after round ${view.round} of ${total}`;
  return `Round ${view.round} of ${total} · Era ${view.era}`;
}

export function countdownText(snap: RoomSnapshot, now = serverNow()): string {
  if (snap.phase === 'ended' || snap.match?.outcome) return 'Ended';
  if (snap.phase === 'resolving') return 'Resolving…';
  if (!snap.deadline) return 'No timer';
  const left = Math.max(0, Math.ceil((snap.deadline - now) / 1000));
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left`;
}
