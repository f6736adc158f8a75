// A whole private match through the real server: two people, a bot, a spectator; the timer
// path (one person never submits) and the early-end path (everyone submitted) both run; every
// client must end with the same outcome, and nobody may ever receive another seat's secrets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { planOrders } from '../../shared/index';
import { ERROR_CODES, ROOM_CODE_PATTERN, toMatchView } from '../../shared/protocol';
import type { MatchState, MatchView, Viewer } from '../../shared/types';
import { bootServer, createRoom, engineViewAsDecoded, getJson, joinRoom, newClient, waitFor, type Peer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => { server = await bootServer({ turnMs: 1500, resolvingMs: 150 }); });
afterAll(async () => { await server?.close(); });

/** Everything a viewer must not see, checked on its decoded state after every patch. */
function secretsVisible(peer: Peer, ownSeat: number | null): string[] {
  const problems: string[] = [];
  const json = peer.json;
  json.seats.forEach((seat) => {
    if (seat.seat !== ownSeat && (seat.draftJson || seat.draftRev)) problems.push(`draft of seat ${seat.seat}`);
  });
  if (ownSeat === null && json.spectatorChat === undefined) problems.push('spectator lost own chat channel');
  if (ownSeat !== null && (json.spectatorChat?.length ?? 0) > 0) problems.push('player saw spectator chat');
  const match = json.match as (MatchView | undefined);
  if (!match) return problems;
  const ended = match.phase === 'ended';
  match.factions.forEach((f) => {
    if (f.seat !== ownSeat && f.agenda && !f.agendaPublic && !ended) problems.push(`agenda of seat ${f.seat}`);
  });
  for (const offer of [...(match.pactOffers ?? []), ...(match.standardOffers ?? [])]) {
    if (offer.from !== ownSeat && offer.to !== ownSeat) problems.push(`offer ${offer.from}->${offer.to}`);
  }
  for (const event of match.lastEvents ?? []) {
    if (event.visibleTo && (ownSeat === null || !event.visibleTo.includes(ownSeat))) problems.push(`private event ${event.type}`);
  }
  return problems;
}

/** What the server's engine says this viewer may see, in the form the client decodes. */
function serverView(code: string, viewer: Viewer): unknown {
  const room = matchMaker.getLocalRoomById(code) as unknown as { match: MatchState };
  return engineViewAsDecoded(room.match, viewer);
}

describe('rooms by code', () => {
  it('refuses an unknown room code with a clear error', async () => {
    await expect(newClient(server).joinById('ZZZZZZ', { name: 'Nobody' })).rejects.toMatchObject({ code: 4212 });
    await expect(newClient(server).joinById('ZZZZZZ', { name: 'Nobody' })).rejects.toThrow(/not found/);
    const res = await getJson(server, '/api/rooms/ZZZZZZ');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('ROOM_NOT_FOUND');
  });

  it('lists public rooms with their seats, and never private ones', async () => {
    const pub = await createRoom(server, { name: 'Pia', seats: 4 });
    const priv = await createRoom(server, { name: 'Pete', private: true });
    const { body } = await getJson(server, '/api/rooms');
    const codes = body.rooms.map((r: { code: string }) => r.code);
    expect(codes).toContain(pub.room.roomId);
    expect(codes).not.toContain(priv.room.roomId);
    expect(body.rooms.find((r: { code: string }) => r.code === pub.room.roomId)).toEqual({
      code: pub.room.roomId, seatsTaken: 1, seatsTotal: 4, phase: 'lobby', round: 0, spectators: 0, host: 'Pia',
    });
    // joinOrCreate finds the public lobby, never the private one.
    const quick = await newClient(server).joinOrCreate('match', { name: 'Quinn' });
    expect(quick.roomId).toBe(pub.room.roomId);
    await quick.leave();
    await pub.room.leave();
    await priv.room.leave();
  });
});

describe('a private match from lobby to summary', () => {
  it('two people, a bot and a spectator play to the end and all see the same outcome, without secrets leaking', async () => {
    const ada = await createRoom(server, { name: 'Ada', private: true, seats: 3, rounds: 3 });
    const code = ada.room.roomId;
    expect(code).toMatch(ROOM_CODE_PATTERN);
    const bob = await joinRoom(server, code, { name: 'Bob' });
    const eve = await joinRoom(server, code, { name: 'Eve', spectate: true });
    await waitFor(() => ada.seat === 0 && bob.seat === 1, 3000, 'seat messages');
    await waitFor(() => ada.state.spectators === 1, 3000, 'spectator count');
    expect(eve.seat).toBeNull();
    expect(ada.state.hostSessionId).toBe(ada.room.sessionId);

    // Refusals in the lobby change nothing.
    expect((await bob.expectError('start', undefined)).code).toBe('NOT_HOST');
    expect((await ada.expectError('orders', { round: 1, actions: [] })).code).toBe('WRONG_PHASE');
    expect((await bob.expectError('chat', { text: 'x'.repeat(281) })).code).toBe('CHAT_TOO_LONG');
    expect((await eve.expectError('pickSeat', { seat: 0 })).code).toBe('SEAT_TAKEN');

    ada.room.send('chat', { text: 'good luck' });
    eve.room.send('chat', { text: 'spectators only' });
    await waitFor(() => eve.json.spectatorChat?.length === 1 && bob.state.chat.length === 1, 3000, 'chat lines');
    expect(eve.state.chat[0].text).toBe('good luck');

    const violations: string[] = [];
    const watch = (peer: Peer, seat: number | null, who: string) => peer.room.onStateChange(() => {
      for (const v of secretsVisible(peer, seat)) violations.push(`${who}: ${v}`);
    });
    watch(bob, 1, 'bob');
    watch(eve, null, 'eve');
    watch(ada, 0, 'ada');

    // Ada plays like a bot from her decoded view and submits; Bob only sends empty drafts, so
    // every round ends by the timer.
    const sent = new Set<number>();
    let lastRev = 0;
    ada.room.onStateChange(() => {
      const s = ada.state;
      if (s.phase !== 'orders' || sent.has(s.round) || !s.match) return;
      sent.add(s.round);
      const view = toMatchView(s.match.toJSON());
      const actions = planOrders(view, 0, { personality: 'grower', level: 'normal' }, `test:${s.round}`);
      lastRev = s.round * 10;
      ada.room.send('orders', { round: s.round, actions, submit: true, rev: lastRev });
    });
    const drafted = new Set<number>();
    bob.room.onStateChange(() => {
      const s = bob.state;
      if (s.phase !== 'orders' || drafted.has(s.round)) return;
      drafted.add(s.round);
      bob.room.send('orders', { round: s.round, actions: [], rev: s.round });
    });

    ada.room.send('start');
    await waitFor(() => eve.state.phase === 'orders', 3000, 'match start');
    expect(eve.state.seats[2].isBot).toBe(true);
    expect(eve.state.match).toBeDefined();
    await waitFor(() => ada.state.seats[0].draftRev === lastRev && lastRev > 0, 3000, 'ack of Ada\'s orders');
    expect(JSON.parse(ada.state.seats[0].draftJson!)).toBeInstanceOf(Array);

    // While round 2 is being ordered the match is at rest: each client's decoded view must be
    // exactly the engine's view for that viewer.
    await waitFor(() => [ada, bob, eve].every((p) => p.state.phase === 'orders' && p.state.round === 2), 10_000, 'round 2');
    expect(toMatchView(ada.matchView())).toEqual(serverView(code, 0));
    expect(toMatchView(bob.matchView())).toEqual(serverView(code, 1));
    expect(toMatchView(eve.matchView())).toEqual(serverView(code, 'spectator'));

    await waitFor(() => [ada, bob, eve].every((p) => p.state.phase === 'ended'), 30_000, 'the end of the match');
    expect(toMatchView(eve.matchView())).toEqual(serverView(code, 'spectator'));

    const outcomes = [ada, bob, eve].map((p) => p.matchView().outcome);
    expect(outcomes[0]).toBeDefined();
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[2]).toEqual(outcomes[0]);
    expect(bob.matchView().history).toEqual(ada.matchView().history);
    expect(violations).toEqual([]);
    for (const peer of [ada, bob, eve]) {
      expect(peer.errors().filter((e) => !['NOT_HOST', 'WRONG_PHASE', 'CHAT_TOO_LONG', 'SEAT_TAKEN'].includes(e.code))).toEqual([]);
    }

    // Raw bytes: Ada's orders never reached Bob or Eve; no agenda that stayed secret did either.
    const final = eve.matchView();
    for (const [peer, own] of [[bob, 1], [eve, null]] as const) {
      const text = peer.rawText('before');
      expect(text.includes('"type":"'), 'another seat\'s orders in raw bytes').toBe(false);
      for (const f of final.factions) {
        if (f.seat === own || f.agendaPublic || !f.agenda) continue;
        if (own !== null && final.factions[own].agenda === f.agenda) continue;
        // As a word of its own: the agenda 'bridge' is also inside the region name 'Stonebridge'.
        const word = new RegExp(`(?<![A-Za-z])${f.agenda}(?![A-Za-z])`);
        expect(word.test(text), `agenda ${f.agenda} of seat ${f.seat} reached ${own ?? 'spectator'}`).toBe(false);
      }
    }
    // Messages (besides state): only errors and their own seat.
    for (const [peer, own] of [[ada, 0], [bob, 1], [eve, null]] as const) {
      for (const m of peer.messages) {
        expect(['error', 'seat']).toContain(m.type);
        if (m.type === 'seat') expect((m.message as { seat: number }).seat).toBe(own);
      }
    }
    // After the end every agenda is public.
    expect(final.factions.every((f) => typeof f.agenda === 'string')).toBe(true);

    // The room stays open; the host can rematch with the same seats. (Long rounds from here on,
    // so the comparisons below happen inside one orders phase even on a busy machine.)
    const live = matchMaker.getLocalRoomById(code) as unknown as { timing: { turnMs?: number } };
    live.timing = { ...live.timing, turnMs: 60_000 };
    ada.room.send('rematch');
    await waitFor(() => eve.state.phase === 'orders' && eve.state.round === 1, 5000, 'rematch');
    expect(eve.state.seats.map((s) => s.name)).toEqual(['Ada', 'Bob', eve.state.seats[2].name]);
    // The new agendas are secret again: the old public ones are withdrawn from other viewers.
    await waitFor(() => [ada, bob, eve].every((p) => p.matchView().phase === 'orders' && p.matchView().round === 1), 3000, 'rematch state');
    expect(secretsVisible(bob, 1)).toEqual([]);
    expect(secretsVisible(eve, null)).toEqual([]);
    expect(toMatchView(bob.matchView())).toEqual(serverView(code, 1));
    expect(toMatchView(eve.matchView())).toEqual(serverView(code, 'spectator'));
    expect(bob.matchView().factions[1].agenda).toEqual(expect.any(String));
    for (const peer of [ada, bob, eve]) await peer.room.leave();
  });
});

describe('after a match', () => {
  it('the host brings everyone back to the room lobby, where seats and settings change before the next start', async () => {
    const ada = await createRoom(server, { name: 'Ada', private: true, rounds: 3 });
    const code = ada.room.roomId;
    const bob = await joinRoom(server, code, { name: 'Bob' });
    await waitFor(() => bob.seat === 1, 3000, 'Bob seated');
    // Both people submit an empty set the moment a round opens, so the match runs quickly.
    for (const p of [ada, bob]) {
      p.room.onStateChange(() => {
        const seat = p.seat;
        if (p.state.phase === 'orders' && seat !== null && !p.state.seats[seat]?.submitted) {
          p.room.send('orders', { round: p.state.round, actions: [], submit: true });
        }
      });
    }
    ada.room.send('start');
    await waitFor(() => ada.state.phase === 'orders', 3000, 'start');
    // Too early: only a finished match can go back to the lobby, and only by the host's word.
    expect((await ada.expectError('backToLobby', undefined)).code).toBe(ERROR_CODES.WRONG_PHASE);
    const eve = await joinRoom(server, code, { name: 'Eve' });
    expect(eve.seat).toBeNull(); // a late joiner watches
    await waitFor(() => eve.state.phase === 'ended', 20_000, 'match end');
    expect((await bob.expectError('backToLobby', undefined)).code).toBe(ERROR_CODES.NOT_HOST);
    expect((await ada.expectError('backToLobby', { now: true })).code).toBe(ERROR_CODES.BAD_MESSAGE);

    ada.room.send('backToLobby');
    await waitFor(() => [ada, bob, eve].every((p) => p.state.phase === 'lobby'), 3000, 'back in the lobby');
    expect(eve.state.round).toBe(0);
    expect(eve.state.deadline).toBe(0);
    expect(eve.state.seats.map((s) => s.name).slice(0, 2)).toEqual(['Ada', 'Bob']);
    expect(eve.state.seats[2].isBot).toBe(true);
    // The lobby's tools work again: the bot makes room, the watcher sits down, settings change.
    ada.room.send('removeBot', { seat: 2 });
    await waitFor(() => !eve.state.seats[2].isBot, 3000, 'bot removed');
    eve.room.send('pickSeat', { seat: 2 });
    await waitFor(() => eve.seat === 2, 3000, 'Eve seated');
    ada.room.send('configure', { rounds: 6 });
    await waitFor(() => bob.state.settings.rounds === 6, 3000, 'configured');
    ada.room.send('start');
    await waitFor(() => [ada, bob, eve].every((p) => p.state.phase !== 'lobby' && p.state.round === 1), 5000, 'new match');
    expect(toMatchView(eve.matchView()).options.rounds).toBe(6);
    expect(eve.matchView().factions[2].name).toBe('Eve');
    expect(toMatchView(eve.matchView())).toEqual(serverView(code, 2));
    for (const p of [ada, bob, eve]) await p.room.leave();
  }, 40_000);
});
