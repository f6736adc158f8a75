// The lobby and the host's tools, with the production rate limits: seats and ready flags, bots,
// settings, kicks, host hand-over, late joiners as spectators, and flood protection.
import { matchMaker } from '@colyseus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_KICKED, ERROR_CODES } from '../../shared/protocol';
import { DEFAULT_TIMING } from '../../server/roomConfig';
import { bootServer, createRoom, getJson, joinRoom, sleep, waitFor, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await bootServer({ messageRate: DEFAULT_TIMING.messageRate, chatRate: DEFAULT_TIMING.chatRate });
});
afterAll(async () => { await server?.close(); });

describe('lobby and host tools', () => {
  it('seats people in order, lets them move and get ready, and the host manage bots and settings', async () => {
    const ada = await createRoom(server, { name: '  Ada\u0007 Lovelace  ', seats: 4, rounds: 7, turnSeconds: 5, botLevel: 'silly' });
    const code = ada.room.roomId;
    // Create options are clamped, names cleaned.
    expect(ada.json.settings).toEqual({ seats: 4, rounds: 6, turnSeconds: 15, botLevel: 'normal', private: false });
    expect(ada.state.seats[0].name).toBe('Ada Lovelace');
    expect(ada.state.seats.map((s) => s.kind)).toHaveLength(4);

    const bob = await joinRoom(server, code, { name: 'Bob' });
    await waitFor(() => bob.seat === 1, 3000, 'Bob seated');
    bob.room.send('pickSeat', { seat: 3 });
    await waitFor(() => ada.state.seats[3].sessionId === bob.room.sessionId && ada.state.seats[1].sessionId === '', 3000, 'Bob moved');
    await waitFor(() => bob.seat === 3, 3000, 'new seat token');
    bob.room.send('ready', { ready: true });
    await waitFor(() => ada.state.seats[3].ready, 3000, 'Bob ready');

    expect((await bob.expectError('addBot', { seat: 1 })).code).toBe(ERROR_CODES.NOT_HOST);
    expect((await ada.expectError('addBot', { seat: 3 })).code).toBe(ERROR_CODES.SEAT_TAKEN);
    expect((await ada.expectError('addBot', { seat: 1, personality: 'tyrant' })).code).toBe(ERROR_CODES.BAD_MESSAGE);
    ada.room.send('addBot', { seat: 1, personality: 'grower' });
    await waitFor(() => bob.state.seats[1].isBot && bob.state.seats[1].personality === 'grower', 3000, 'bot added');
    expect((await ada.expectError('removeBot', { seat: 2 })).code).toBe(ERROR_CODES.BAD_SEAT);
    ada.room.send('removeBot', { seat: 1 });
    await waitFor(() => !bob.state.seats[1].isBot, 3000, 'bot removed');

    expect((await ada.expectError('configure', { seats: 3 })).code).toBe(ERROR_CODES.SEATS_OCCUPIED);
    expect((await ada.expectError('configure', { rounds: 5 })).code).toBe(ERROR_CODES.BAD_OPTIONS);
    expect((await ada.expectError('configure', { turnSeconds: 200 })).code).toBe(ERROR_CODES.BAD_OPTIONS);
    expect((await ada.expectError('configure', { colour: 'red' })).code).toBe(ERROR_CODES.BAD_OPTIONS);
    ada.room.send('configure', { seats: 5, rounds: 9, turnSeconds: 30, botLevel: 'hard', private: true });
    await waitFor(() => bob.state.seats.length === 5 && bob.state.settings.private, 3000, 'configured');
    expect(bob.json.settings).toEqual({ seats: 5, rounds: 9, turnSeconds: 30, botLevel: 'hard', private: true });
    const listed = await getJson(server, '/api/rooms');
    expect(listed.body.rooms.map((r: { code: string }) => r.code)).not.toContain(code);
    const byCode = await getJson(server, `/api/rooms/${code}`);
    expect(byCode.body).toMatchObject({ code, seatsTotal: 5, seatsTaken: 2, phase: 'lobby' });

    // Start fills the empty seats with bots at the room's level; a late joiner spectates.
    ada.room.send('start');
    await waitFor(() => bob.state.phase === 'orders', 3000, 'start');
    expect(bob.state.seats.filter((s) => s.isBot)).toHaveLength(3);
    // Bots of the same personality get distinct names, so news lines tell them apart.
    const names = bob.state.seats.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(bob.state.deadline).toBeGreaterThan(Date.now() + 25_000);
    expect(bob.state.deadline).toBeLessThanOrEqual(Date.now() + 30_500);
    const late = await joinRoom(server, code, { name: 'Late' });
    expect(late.seat).toBeNull();
    await waitFor(() => ada.state.spectators === 1, 3000, 'spectator counted');

    // Kick: the kicked person is told, disconnected, a bot takes the seat, the token is dead.
    const bobToken = bob.seatToken;
    expect((await bob.expectError('kick', { sessionId: ada.room.sessionId })).code).toBe(ERROR_CODES.NOT_HOST);
    ada.room.send('kick', { sessionId: bob.room.sessionId });
    await waitFor(() => bob.left !== null, 3000, 'Bob kicked');
    expect(bob.left).toBe(CLOSE_KICKED);
    expect(bob.errors().at(-1)?.code).toBe(ERROR_CODES.KICKED);
    await waitFor(() => ada.state.seats[3].isBot, 3000, 'bot in Bob\'s seat');
    const retry = await joinRoom(server, code, { name: 'Bob', seatToken: bobToken });
    expect(retry.seat).toBeNull();

    // Host hand-over: the host leaves, the next connected person in a seat becomes host; with
    // no person in a seat left, nobody is host.
    await ada.room.leave();
    await waitFor(() => late.state.seats[0].isBot, 3000, 'Ada replaced by a bot');
    expect(late.state.hostSessionId).toBe('');
    for (const p of [late, retry]) await p.room.leave();
  });

  it('hands the host role to the next person when the host leaves the lobby', async () => {
    const ada = await createRoom(server, { name: 'Ada' });
    const bob = await joinRoom(server, ada.room.roomId, { name: 'Bob' });
    await waitFor(() => bob.seat === 1, 3000, 'seated');
    await ada.room.leave();
    await waitFor(() => bob.state.hostSessionId === bob.room.sessionId, 3000, 'Bob is host');
    expect(bob.state.seats[0].sessionId).toBe('');
    bob.room.send('addBot', { seat: 0 });
    await waitFor(() => bob.state.seats[0].isBot, 3000, 'new host adds a bot');
    await bob.room.leave();
  });

  it('uses the era timer by default, and the last valid orders of a round are the ones that count', async () => {
    const ada = await createRoom(server, { name: 'Ada', private: true });
    ada.room.send('start');
    await waitFor(() => ada.state.phase === 'orders', 3000, 'start');
    const room = matchMaker.getLocalRoomById(ada.room.roomId) as unknown as { orders: Record<number, { actions: unknown[] }> };
    expect(ada.state.deadline - Date.now()).toBeGreaterThan(85_000);
    expect(ada.state.deadline - Date.now()).toBeLessThanOrEqual(90_000);

    ada.room.send('orders', { round: 1, actions: [{ type: 'research', amount: 1 }], rev: 1 });
    await waitFor(() => ada.state.seats[0].draftRev === 1, 3000, 'first set');
    expect(JSON.parse(ada.state.seats[0].draftJson!)).toEqual([{ type: 'research', amount: 1 }]);
    const refused = await ada.expectError('orders', { round: 1, actions: [{ type: 'research', amount: 99 }], rev: 2 });
    expect(refused.code).toBe(ERROR_CODES.ORDERS_INVALID);
    expect(refused.errors?.length).toBeGreaterThan(0);
    expect(room.orders[0].actions).toEqual([{ type: 'research', amount: 1 }]);
    ada.room.send('orders', { round: 1, actions: [{ type: 'defend', amount: 1 }], rev: 3 });
    await waitFor(() => ada.state.seats[0].draftRev === 3, 3000, 'second set');
    expect(room.orders[0].actions).toEqual([{ type: 'defend', amount: 1 }]);
    expect(ada.state.seats[0].submitted).toBe(false);
    await ada.room.leave();
  });

  it('rate-limits floods with an error instead of a disconnect', async () => {
    const ada = await createRoom(server, { name: 'Ada' });
    for (let i = 0; i < 12; i++) ada.room.send('chat', { text: `line ${i}` });
    await waitFor(() => ada.errors().length >= 12 - DEFAULT_TIMING.chatRate.burst, 3000, 'chat rate errors');
    expect(ada.errors().every((e) => e.code === ERROR_CODES.RATE_LIMITED)).toBe(true);
    await waitFor(() => ada.state.chat.length === DEFAULT_TIMING.chatRate.burst, 3000, 'accepted chat lines');

    const before = ada.errors().length;
    for (let i = 0; i < 200; i++) ada.room.send('ready', { ready: i % 2 === 0 });
    await waitFor(() => ada.errors().length - before >= 200 - DEFAULT_TIMING.messageRate.burst - 10, 5000, 'message rate errors');
    await sleep(200);
    expect(ada.errors().slice(before).every((e) => e.code === ERROR_CODES.RATE_LIMITED)).toBe(true);
    expect(ada.left).toBeNull();
    await sleep(2200);
    ada.room.send('chat', { text: 'still here' });
    await waitFor(() => ada.state.chat.some((l) => l.text === 'still here'), 3000, 'chat after the flood');
    await ada.room.leave();
  });
});
