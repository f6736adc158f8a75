// The room's seat table and chat history, as plain schema writes without a server.
import { ArraySchema } from '@colyseus/schema';
import { describe, expect, it } from 'vitest';
import { appendChatLine } from '../../server/chat';
import { ChatLineState, SeatState } from '../../server/schema';
import { clearSeat, isEmptySeat, layoutSeats, SeatTokens, showBot, showPerson } from '../../server/seatTable';
import { CHAT_HISTORY } from '../../shared/protocol';

describe('chat history', () => {
  it('keeps the newest lines in order, trimmed back to the history length in batches', () => {
    const list = new ArraySchema<ChatLineState>();
    let most = 0;
    for (let i = 1; i <= 200; i++) {
      appendChatLine(list, { name: 'Ada', seat: 0, text: `line ${i}`, at: i });
      most = Math.max(most, list.length);
      expect(list.at(-1)?.text).toBe(`line ${i}`);
      expect(list.length).toBeGreaterThanOrEqual(Math.min(i, CHAT_HISTORY));
    }
    expect(most).toBeLessThanOrEqual(CHAT_HISTORY + 20);
    expect(most).toBeGreaterThan(CHAT_HISTORY);
    const texts = list.map((l) => l.text);
    const numbers = texts.map((t) => Number(t.split(' ')[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers.at(-1)).toBe(200);
    expect(list.every((l) => l.name === 'Ada' && l.seat === 0)).toBe(true);
  });
});

describe('seat table', () => {
  it('lays out kinds, seats people and bots with distinct names, and clears them', () => {
    const seats = new ArraySchema<SeatState>();
    layoutSeats(seats, 5);
    expect(seats.map((s) => s.seat)).toEqual([0, 1, 2, 3, 4]);
    expect(seats.map((s) => s.kind)).toEqual(['state', 'corporation', 'movement', 'state', 'corporation']);
    expect(seats.every(isEmptySeat)).toBe(true);

    showPerson(seats[0], 'Ada', 'session-a');
    showBot(seats, 1, 'grower');
    showBot(seats, 2, 'grower');
    showBot(seats, 3, 'balancer', 'Bob');
    expect(seats.map((s) => s.name)).toEqual(['Ada', 'Grower bot', 'Grower bot 2', 'Bob', '']);
    expect(seats.map(isEmptySeat)).toEqual([false, false, false, false, true]);
    expect(seats[1].ready && seats[1].isBot && !seats[1].connected).toBe(true);

    clearSeat(seats[1]);
    expect(isEmptySeat(seats[1])).toBe(true);
    expect(seats[1].name).toBe('');
    layoutSeats(seats, 3);
    expect(seats.map((s) => s.name)).toEqual(['Ada', '', 'Grower bot 2']);
  });

  it('keeps one live token per seat', () => {
    const tokens = new SeatTokens();
    const first = tokens.issue(2);
    expect(tokens.seatOf(first)).toBe(2);
    const second = tokens.issue(2);
    expect(second).not.toBe(first);
    expect(tokens.seatOf(first)).toBeUndefined();
    expect(tokens.seatOf(second)).toBe(2);
    const other = tokens.issue(0);
    tokens.revoke(2);
    expect(tokens.seatOf(second)).toBeUndefined();
    expect(tokens.seatOf(other)).toBe(0);
    expect(tokens.seatOf('made-up')).toBeUndefined();
  });
});
