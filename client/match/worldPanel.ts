// The public state of the world that is not on the map: policies in force, pacts and standards,
// captures, interop, and the event cards still in effect. Everyone sees the same panel.
import { EVENT_INFO, POLICY_INFO } from '../../shared/index';
import type { MatchView } from '../../shared/types';
import { fill, h } from '../ui/dom';

export function renderWorld(box: HTMLElement, view: MatchView): void {
  const name = (seat: number) => view.factions[seat]?.name ?? `Seat ${seat}`;
  const region = (id: number) => view.regions[id]?.name ?? `region ${id}`;
  // Durations are counted in rounds and may run past the match's last round.
  const until = (round: number) => (round >= view.options.rounds ? 'to the end of the match' : `until round ${round}`);
  const section = (title: string, items: (HTMLElement | string)[], empty: string) =>
    [h('h3', {}, title), items.length ? h('ul', {}, items.map((i) => h('li', {}, i))) : h('p', { class: 'hint' }, empty)];
  const policies = view.policies.map((p) => h('span', { title: POLICY_INFO[p.policy]?.idea ?? '' },
    h('b', {}, POLICY_INFO[p.policy]?.label ?? p.policy), ` — ${POLICY_INFO[p.policy]?.effectText ?? ''} `,
    h('span', { class: 'hint' }, `(by ${name(p.by)}, ${until(p.untilRound)})`)));
  const ties = [
    ...view.pacts.map((p) => `Pact: ${name(p.a)} and ${name(p.b)} (a bloc since round ${p.since})`),
    ...view.standards.map((s) => `Common standard: ${name(s.a)} and ${name(s.b)} ${until(s.untilRound)}`),
    ...view.captures.map((c) => `${name(c.corporation)} has captured ${name(c.state)} ${until(c.untilRound)}`),
    ...view.interops.map((i) => `${name(i.movement)} interoperates with ${name(i.corporation)} in ${region(i.region)} ${until(i.untilRound)}`),
  ];
  const cards = view.modifiers.map((m) => `${EVENT_INFO[m.card]?.label ?? m.card} — ${EVENT_INFO[m.card]?.idea ?? ''} (${until(m.untilRound)})`);
  fill(box,
    h('h2', { id: 'world-title' }, 'The world'),
    section('Policies in force', policies, 'No policy is in force.'),
    section('Pacts, standards and ties', ties, 'Nobody is tied to anybody yet.'),
    cards.length ? section('Events in effect', cards, '') : null,
  );
}
