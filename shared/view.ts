// Per-viewer projection (DESIGN.md section 9). The one place that decides what a seat or a
// spectator may see: no seed, no RNG state, no event deck, no other seat's agenda until it is
// exposed or the match ended, no offers between others, no private events of others.
import { cloneFaction } from './clone';
import type { GameEvent, MatchState, MatchView, Viewer } from './types';

export function viewFor(state: MatchState, viewer: Viewer): MatchView {
  const ended = state.phase === 'ended';
  const seat = typeof viewer === 'number' ? viewer : null;
  const involves = (o: { from: number; to: number }) => seat !== null && (o.from === seat || o.to === seat);
  const view: MatchView & Partial<Pick<MatchState, 'seed' | 'rng' | 'eventDeck'>> = {
    ...state,
    viewer,
    factions: state.factions.map((f) => {
      const copy = cloneFaction(f);
      if (!(ended || f.agendaPublic || f.seat === seat)) copy.agenda = null;
      return copy;
    }),
    pactOffers: state.pactOffers.filter(involves).map((o) => ({ ...o })),
    standardOffers: state.standardOffers.filter(involves).map((o) => ({ ...o })),
    lastEvents: eventsFor(state.lastEvents, viewer),
    alarm: state.alarm.slice(),
    policies: state.policies.map((p) => ({ ...p })),
    pacts: state.pacts.map((p) => ({ ...p })),
    standards: state.standards.map((x) => ({ ...x })),
    captures: state.captures.map((c) => ({ ...c })),
    interops: state.interops.map((i) => ({ ...i })),
    modifiers: state.modifiers.map((m) => ({ ...m })),
    eventsDrawn: state.eventsDrawn.slice(),
    history: state.history.slice(),
  };
  delete view.seed;
  delete view.rng;
  delete view.eventDeck;
  return view;
}

/** Events a viewer may see. */
export function eventsFor(events: GameEvent[], viewer: Viewer): GameEvent[] {
  return events.filter((e) => !e.visibleTo || (typeof viewer === 'number' && e.visibleTo.includes(viewer)));
}
