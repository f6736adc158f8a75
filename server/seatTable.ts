// The room's seats as the schema shows them (who sits where, bot or person, ready, connected),
// and the secret tokens that give a seat back after a refresh. Writes to SeatState only: the
// room decides when, and keeps track of the people behind the seats.
import type { ArraySchema } from '@colyseus/schema';
import { nanoid } from 'nanoid';
import { kindsForSeats } from '../shared/index';
import type { Personality, Seat } from '../shared/types';
import { SeatState } from './schema';

/** As many seats as `count`, each with its faction kind; seats past the count are dropped. */
export function layoutSeats(seats: ArraySchema<SeatState>, count: number): void {
  const kinds = kindsForSeats(count);
  while (seats.length > count) seats.pop();
  for (let i = 0; i < count; i++) {
    let seat = seats[i];
    if (!seat) {
      seat = new SeatState();
      seat.seat = i;
      seats.push(seat);
    }
    if (seat.kind !== kinds[i]) seat.kind = kinds[i];
  }
}

export function isEmptySeat(seat: SeatState): boolean {
  return seat.sessionId === '' && !seat.isBot;
}

/** The seat shows this person, connected, in place of whoever or whatever held it. */
export function showPerson(seat: SeatState, name: string, sessionId: string): void {
  seat.name = name;
  seat.isBot = false;
  seat.personality = '';
  seat.sessionId = sessionId;
  seat.connected = true;
}

/** Nobody in the seat, nothing left of its last holder. */
export function clearSeat(seat: SeatState): void {
  seat.name = '';
  seat.isBot = false;
  seat.personality = '';
  seat.sessionId = '';
  seat.connected = false;
  seat.ready = false;
  seat.submitted = false;
  seat.draftJson = '';
  seat.draftRev = 0;
}

/** A bot in the seat, named after its personality unless it keeps a person's name. */
export function showBot(seats: ArraySchema<SeatState>, seat: Seat, personality: Personality, name?: string): void {
  const state = seats[seat];
  state.isBot = true;
  state.personality = personality;
  state.sessionId = '';
  state.connected = false;
  state.ready = true;
  state.name = name ?? botName(seats, seat, personality);
}

/** "Grower bot", or "Grower bot 2" when another seat has that name: news lines must tell seats apart. */
function botName(seats: ArraySchema<SeatState>, seat: Seat, personality: Personality): string {
  const base = `${personality[0].toUpperCase()}${personality.slice(1)} bot`;
  const taken = new Set(seats.filter((s) => s.seat !== seat).map((s) => s.name));
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} ${n}`;
  return name;
}

/** One live token per seat: a new one revokes the old, so only the latest holder can return. */
export class SeatTokens {
  private bySeat = new Map<string, Seat>();

  issue(seat: Seat): string {
    this.revoke(seat);
    const token = nanoid(24);
    this.bySeat.set(token, seat);
    return token;
  }

  seatOf(token: string): Seat | undefined {
    return this.bySeat.get(token);
  }

  revoke(seat: Seat): void {
    for (const [token, s] of this.bySeat) if (s === seat) this.bySeat.delete(token);
  }
}
