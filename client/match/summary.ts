// The end of a match: the outcome, the ranking with impact, every agenda revealed, and the charts
// over rounds (power shares, concentration, progress vs target, risk).
import { AGENDA_INFO, balanceOf } from '../../shared/index';
import type { MatchView } from '../../shared/types';
import type { Session } from '../net/session';
import { lineChart, stackedArea } from '../ui/charts';
import { h, num, pct } from '../ui/dom';
import { factionMarker, KIND_LABEL } from '../ui/factionStyle';

const HEADLINE: Record<string, string> = {
  hegemony: 'Hegemony',
  catastrophe: 'Catastrophe',
  flourishing: 'Flourishing',
  stagnation: 'Stagnation',
};

export function renderSummary(view: MatchView, session: Session, leave: () => void): HTMLElement {
  const outcome = view.outcome!;
  const me = session.mySeat;
  // The schema leaves a null winner out: treat a missing one as nobody.
  const winnerSeat = typeof outcome.winner === 'number' ? outcome.winner : null;
  const winner = winnerSeat !== null ? view.factions[winnerSeat] : null;
  const rounds = view.history.map((r) => r.round);
  const colours = view.factions.map((f) => f.colour);
  const names = view.factions.map((f) => f.name);
  const verdict = winnerSeat === null ? 'Nobody wins.' : winnerSeat === me ? 'You win!' : `${winner?.name} wins.`;

  return h('section', { class: `card summary outcome-${outcome.type}`, id: 'summary', 'aria-labelledby': 'outcome-title' },
    h('div', { class: 'outcome-banner' },
      h('h2', { id: 'outcome-title' }, HEADLINE[outcome.type] ?? outcome.type),
      h('p', { class: 'verdict', id: 'outcome-verdict' }, verdict),
      h('p', {}, outcome.text)),
    h('h3', {}, 'Ranking'),
    h('ol', { class: 'ranking', id: 'ranking' }, outcome.ranking.map((seat) => {
      const f = view.factions[seat];
      const agenda = f.agenda ? AGENDA_INFO[f.agenda] : null;
      return h('li', { class: seat === me ? 'me' : '' },
        factionMarker(seat, view), ' ', h('b', {}, f.name), ` (${KIND_LABEL[f.kind]}${seat === me ? ', you' : ''})`,
        ` — impact ${num(outcome.finalImpact[seat] ?? f.impact)}`,
        impactParts(view, seat),
        h('div', { class: 'agenda-reveal' }, 'Agenda: ',
          agenda ? h('span', {}, h('b', {}, agenda.label), ` — ${agenda.text} `) : 'unknown ',
          h('span', { class: outcome.agendaMet[seat] ? 'met' : 'unmet' }, outcome.agendaMet[seat] ? '✓ met' : '✗ not met')));
    })),
    h('p', { class: 'hint' }, `Final impact is what each faction earned in play, plus up to ${num(balanceOf(view).fairShareBonus)} for ending at or below a fair share of power, plus its agenda's bonus if met.`),
    h('h3', {}, 'How the match went'),
    rounds.length ? h('div', { class: 'charts', id: 'charts' },
      stackedArea('Power shares', rounds, view.history.map((r) => r.powerShares), colours, names),
      lineChart('Concentration (HHI)', rounds, [{ label: 'Concentration', colour: '#56B4E9', values: view.history.map((r) => r.concentration) }], 1, (v) => v.toFixed(2)),
      lineChart('Progress vs target', rounds, [
        { label: 'Progress', colour: '#009E73', values: view.history.map((r) => r.progress) },
        { label: 'Target', colour: '#F0E442', values: view.history.map((r) => r.progressTarget), dashed: true },
      ], Math.max(1, ...view.history.map((r) => Math.max(r.progress, r.progressTarget)))),
      lineChart('Risk', rounds, [{ label: 'Risk', colour: '#D55E00', values: view.history.map((r) => r.risk) }], 100),
    ) : h('p', { class: 'hint' }, 'No rounds were played.'),
    h('p', { class: 'hint' }, `Final leader share ${pct(Math.max(0, ...(view.history.at(-1)?.powerShares ?? [0])))} · hegemony line ${pct(view.hegemonyThreshold)}.`),
    h('div', { class: 'row' },
      session.isHost ? h('button', { class: 'primary big', id: 'rematch', onclick: () => session.rematch(), 'aria-describedby': 'rematch-hint' }, 'Rematch') : null,
      session.isHost ? h('button', { class: 'big', id: 'back-to-room-lobby', onclick: () => session.backToLobby(), 'aria-describedby': 'rematch-hint' }, 'Back to the room lobby') : null,
      h('button', { class: 'big', id: 'back-to-lobby', onclick: leave }, 'Back to the main page')),
    session.isHost
      ? h('p', { class: 'hint', id: 'rematch-hint' }, 'Rematch: the same seats in a new world, with new secret agendas. Room lobby: change seats, bots or settings first, then start.')
      : h('p', { class: 'hint' }, 'The host can start a rematch or take everyone back to the room lobby.'),
  );
}

/**
 * Where a final impact came from: what the faction earned in play, the fair-share bonus for not
 * outgrowing its share of power, and the agenda bonus. Without it the ranking's figures and the
 * faction table's disagree with no reason given.
 */
function impactParts(view: MatchView, seat: number): HTMLElement | null {
  const outcome = view.outcome!;
  const f = view.factions[seat];
  const total = outcome.finalImpact[seat];
  if (typeof total !== 'number') return null;
  const agenda = outcome.agendaMet[seat] && f.agenda ? AGENDA_INFO[f.agenda].bonus : 0;
  const fairShare = Math.max(0, total - f.impact - agenda);
  return h('span', { class: 'impact-parts' },
    ` (${num(f.impact)} earned in play + ${num(fairShare)} fair share + ${num(agenda)} agenda)`);
}
