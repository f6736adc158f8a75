// The forecast strip: progress pace, risk, the leader's share and my rank, each with the change my
// draft would make if nobody else acted. Computed by shared/forecast.ts from my own view only.
import { forecast } from '../../shared/index';
import type { Action, MatchView } from '../../shared/types';
import { fill, h, pct } from '../ui/dom';

function item(label: string, now: string, withDraft: string, better: boolean | null, id: string) {
  const changed = now !== withDraft;
  return h('div', { class: 'forecast-item', id },
    h('span', { class: 'track-label' }, label),
    h('span', { class: 'forecast-value' }, now,
      changed ? h('span', { class: `delta ${better === null ? '' : better ? 'good' : 'bad'}` }, ` → ${withDraft}`) : null));
}

export function renderForecast(box: HTMLElement, view: MatchView, seat: number, draft: Action[]): void {
  let f;
  try { f = forecast(view, seat, draft); } catch { fill(box, h('p', { class: 'hint' }, 'Forecast unavailable.')); return; }
  fill(box,
    h('h2', { class: 'sr-only' }, 'Forecast if nobody else acted'),
    h('span', { class: 'forecast-title', 'aria-hidden': 'true' }, 'If nobody else acted:'),
    item('Progress pace', `${Math.round(f.progressPace)} / ${Math.round(f.progressTarget)}`,
      `${Math.round(f.progressPaceWithDraft)} / ${Math.round(f.progressTarget)}`, f.progressPaceWithDraft >= f.progressPace, 'fc-progress'),
    item('Risk', String(Math.round(f.risk)), String(Math.round(f.riskWithDraft)), f.riskWithDraft <= f.risk, 'fc-risk'),
    item(`Leader vs ${pct(f.hegemonyThreshold)}`, pct(f.leaderShare), pct(f.leaderShareWithDraft), null, 'fc-leader'),
    item('Your rank', `#${f.rank}`, `#${f.rankWithDraft}`, f.rankWithDraft <= f.rank, 'fc-rank'),
  );
}
