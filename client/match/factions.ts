// Faction panels: mine in full (with my secret agenda), and the table of every faction's public
// facts, which doubles as the way to pick a faction as a target.
import { AGENDA_INFO, KIND_INFO, controller, powerShares } from '../../shared/index';
import type { Faction, MatchView } from '../../shared/types';
import type { RoomSnapshot } from '../net/snapshot';
import { fill, h, num, pct } from '../ui/dom';
import { emblem, factionMarker, KIND_LABEL } from '../ui/factionStyle';

const stat = (label: string, value: string, id?: string) =>
  h('div', { class: 'stat', id }, h('dt', {}, label), h('dd', {}, value));

export function meterLabel(f: Faction): string {
  return KIND_INFO[f.kind]?.meter ?? (f.kind === 'state' ? 'personalism' : f.kind === 'corporation' ? 'extraction' : 'unity');
}

export function renderMyFaction(box: HTMLElement, view: MatchView, seat: number): void {
  const f = view.factions[seat];
  if (!f) { fill(box); return; }
  const share = powerShares(view)[seat] ?? 0;
  const held = view.regions.filter((r) => controller(view, r.id) === seat).length;
  const agenda = f.agenda ? AGENDA_INFO[f.agenda] : null;
  const kindInfo = KIND_INFO[f.kind];
  fill(box,
    h('h2', { id: 'my-faction-title', class: 'faction-title' },
      factionMarker(seat, view, 20), emblem(f.kind, 24), ' ', f.name,
      h('span', { class: 'kind-tag' }, KIND_LABEL[f.kind])),
    h('dl', { class: 'stats' },
      stat(kindInfo ? cap(kindInfo.resource) : 'Resources', num(f.resources), 'my-resources'),
      stat('Tech', num(f.tech), 'my-tech'),
      stat('Legitimacy', `${Math.round(f.legitimacy)} / 100`, 'my-legitimacy'),
      stat(cap(meterLabel(f)), `${Math.round(f.meter)} / 100`, 'my-meter'),
      stat('Power share', pct(share), 'my-share'),
      stat('Regions held', String(held), 'my-regions'),
      stat('Impact', num(f.impact), 'my-impact'),
      stat('Home', view.regions[f.home]?.name ?? '—'),
    ),
    h('div', { class: 'meter-line' },
      h('span', { class: 'track-bar', role: 'meter', 'aria-label': cap(meterLabel(f)), 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(f.meter) },
        h('span', { class: 'track-fill', style: `width:${Math.round(f.meter)}%` })),
      kindInfo ? h('p', { class: 'hint' }, kindInfo.idea) : null),
    f.emergencyUntil >= view.round ? h('p', { class: 'warning' }, `Emergency powers in force through round ${f.emergencyUntil}.`) : null,
    h('div', { class: 'agenda', id: 'my-agenda' },
      h('h3', {}, 'Secret agenda', f.agendaPublic ? h('span', { class: 'badge warn' }, 'exposed') : null),
      agenda ? h('p', {}, h('b', {}, agenda.label), ` — ${agenda.text} (+${agenda.bonus} impact)`) : h('p', { class: 'hint' }, 'No agenda dealt.')),
  );
}

export function renderFactionTable(box: HTMLElement, view: MatchView, snap: RoomSnapshot, mySeat: number | null,
  pick: ((seat: number) => void) | null, pickable: number[] | null): void {
  const shares = powerShares(view);
  fill(box, h('table', { class: 'factions' },
    h('caption', { class: 'sr-only' }, 'Every faction\'s public facts'),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Faction'), h('th', { scope: 'col' }, 'Power'), h('th', { scope: 'col' }, 'Tech'),
      h('th', { scope: 'col' }, 'Legit.'), h('th', { scope: 'col' }, 'Meter'), h('th', { scope: 'col' }, 'Impact'),
      h('th', { scope: 'col' }, 'Orders'))),
    h('tbody', {}, view.factions.map((f) => {
      const seatInfo = snap.seats[f.seat];
      const canPick = pick && pickable?.includes(f.seat);
      const agenda = f.agenda && f.seat !== mySeat ? AGENDA_INFO[f.agenda] : null;
      return h('tr', { class: `${f.seat === mySeat ? 'me' : ''}${view.alarm.includes(f.seat) ? ' alarmed' : ''}`, 'data-seat': f.seat },
        h('th', { scope: 'row' },
          canPick
            ? h('button', { class: 'pick', id: `pick-${f.seat}`, onclick: () => pick!(f.seat), 'aria-label': `Target ${f.name}` }, factionMarker(f.seat, view), ' ', f.name)
            : h('span', { class: 'fname' }, factionMarker(f.seat, view), ' ', f.name),
          h('span', { class: 'sub' }, ` ${KIND_LABEL[f.kind]}${seatInfo?.isBot ? ' · bot' : seatInfo?.name ? ` · ${seatInfo.name}` : ''}${f.seat === mySeat ? ' · you' : ''}`),
          agenda ? h('span', { class: `sub agenda-public${f.agendaPublic ? ' exposed' : ''}` },
            ` · agenda: ${agenda.label}${f.agendaPublic && !view.outcome ? ' (exposed)' : ''}`) : null),
        h('td', {}, pct(shares[f.seat] ?? 0)),
        h('td', {}, num(f.tech)),
        h('td', {}, String(Math.round(f.legitimacy))),
        h('td', {}, `${Math.round(f.meter)} ${meterLabel(f)}`),
        h('td', {}, num(f.impact)),
        h('td', {}, seatInfo?.submitted ? '✓ sent' : snap.phase === 'orders' ? '… planning' : ''));
    }))));
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
