// Per-viewer projection (DESIGN.md section 9). The one place that decides what a seat or a
// spectator may see: no seed, no RNG state, no event deck, no other seat's agenda until it is
// exposed or the match ended, no offers between others, no private events of others.
import { cloneState } from './clone';
import type { GameEvent, MatchState, MatchView, Viewer } from './types';

export function viewFor(state: MatchState, viewer: Viewer): MatchView {
  const ended = state.phase === 'ended';
  const seat = typeof viewer === 'number' ? viewer : null;
  const involves = (o: { from: number; to: number }) => seat !== null && (o.from === seat || o.to === seat);
  // A full copy first, so nothing the view hands out is shared with the authoritative state.
  // The secrets are left out by rest-destructuring, not `delete`: a deleted key turns the view
  // into a slow dictionary object for every later read and copy (bots read views all game).
  const { seed: _seed, rng: _rng, eventDeck: _deck, ...open } = cloneState(state);
  const view: MatchView = { ...open, viewer };
  for (const f of view.factions) if (!(ended || f.agendaPublic || f.seat === seat)) f.agenda = null;
  view.pactOffers = view.pactOffers.filter(involves);
  view.standardOffers = view.standardOffers.filter(involves);
  view.lastEvents = eventsFor(view.lastEvents, viewer);
  return view;
}

/** Events a viewer may see. */
export function eventsFor(events: GameEvent[], viewer: Viewer): GameEvent[] {
  return events.filter((e) => !e.visibleTo || (typeof viewer === 'number' && e.visibleTo.includes(viewer)));
}
