// Secrecy: no view (another seat's or a spectator's) carries another seat's agenda, offers it is
// not party to, the seed, the RNG state or the event deck — searched in the JSON itself.
import { describe, expect, it } from 'vitest';
import { AGENDA_IDS, createMatch, eventsFor, resolveRound, Rng, viewFor, type MatchState, type Viewer } from '../../shared/index';
import { randomOrders } from './randomOrders';
import { EVENT_CARDS } from '../../shared/events';

function leaks(state: MatchState, viewer: Viewer): string[] {
  const json = JSON.stringify(viewFor(state, viewer));
  const problems: string[] = [];
  if (json.includes(state.seed)) problems.push('seed');
  if (/"rng"|"seed"|"eventDeck"/.test(json)) problems.push('secret key');
  const words = state.rng.map(String);
  if (words.every((w) => json.includes(w))) problems.push('rng words');
  for (const f of state.factions) {
    if (f.seat === viewer || f.agendaPublic || state.phase === 'ended') continue;
    if (f.agenda && new RegExp(`"agenda":"${f.agenda}"`).test(json)) problems.push(`agenda of ${f.seat}`);
  }
  for (const o of [...state.pactOffers, ...state.standardOffers]) {
    if (o.from === viewer || o.to === viewer) continue;
    if (json.includes(`"from":${o.from},"to":${o.to}`)) problems.push('offer');
  }
  for (const e of state.lastEvents) {
    if (e.visibleTo && !(typeof viewer === 'number' && e.visibleTo.includes(viewer)) && json.includes(JSON.stringify(e.text))) problems.push('private event');
  }
  return problems;
}

describe('secrecy', () => {
  it('views of every seat and of spectators leak nothing, through a whole game', () => {
    let s = createMatch({ seats: 5 }, 'secret-seed-xyz');
    const rng = Rng.fromSeed('secrecy');
    let offersSeen = 0;
    while (s.phase === 'orders') {
      for (const viewer of [...s.factions.map((f) => f.seat), 'spectator' as const]) expect(leaks(s, viewer)).toEqual([]);
      offersSeen += s.pactOffers.length + s.standardOffers.length;
      s = resolveRound(s, randomOrders(s, rng)).state;
    }
    expect(offersSeen).toBeGreaterThan(0);
    // The deck never shows, even after the end; agendas do, once the match is over.
    const spectator = viewFor(s, 'spectator');
    expect('eventDeck' in spectator || 'seed' in spectator || 'rng' in spectator).toBe(false);
    expect(spectator.factions.every((f) => f.agenda !== null)).toBe(true);
  });

  it('own agenda is visible, others are null until exposed', () => {
    const s = createMatch({ seats: 3 }, 'own');
    const v = viewFor(s, 1);
    expect(v.factions[1].agenda).toBe(s.factions[1].agenda);
    expect(v.factions[0].agenda).toBeNull();
    expect(viewFor(s, 'spectator').factions.every((f) => f.agenda === null)).toBe(true);
    const exposed = { ...s, factions: s.factions.map((f) => (f.seat === 0 ? { ...f, agendaPublic: true } : f)) };
    expect(viewFor(exposed, 2).factions[0].agenda).toBe(s.factions[0].agenda);
    expect(AGENDA_IDS).toContain(s.factions[0].agenda);
    expect(EVENT_CARDS.length).toBe(10);
  });

  it('offers and private events reach their two parties only', () => {
    const s = createMatch({ seats: 4 }, 'offers');
    const r = resolveRound(s, { 0: { round: 1, actions: [{ type: 'pact', target: 1 }] } });
    expect(viewFor(r.state, 0).pactOffers.length).toBe(1);
    expect(viewFor(r.state, 1).pactOffers.length).toBe(1);
    expect(viewFor(r.state, 2).pactOffers).toEqual([]);
    expect(viewFor(r.state, 'spectator').pactOffers).toEqual([]);
    expect(eventsFor(r.events, 2).some((e) => e.type === 'pactOffered')).toBe(false);
    expect(eventsFor(r.events, 1).some((e) => e.type === 'pactOffered')).toBe(true);
    expect(eventsFor(r.events, 'spectator').some((e) => e.visibleTo)).toBe(false);
  });
});
