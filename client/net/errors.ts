// Every error a player can meet, as a sentence. Server errors arrive as {code, message}; the
// server's sentence is kept when it has one, the code picks a friendlier one when we know it.
export interface ServerError { code: string; message: string; ref?: string | number }

const FRIENDLY: Record<string, string> = {
  ROOM_NOT_FOUND: 'That room does not exist any more. Check the code or start a new room.',
  ROOM_FULL: 'That room is full. You can still watch it.',
  ROOM_LOCKED: 'That match has already started and has no free seat. You can watch it.',
  NOT_HOST: 'Only the host can do that.',
  WRONG_PHASE: 'That is not possible at this point of the match.',
  NOT_SEATED: 'Take a seat first: spectators cannot do that.',
  BAD_SEAT: 'That seat does not exist.',
  STALE_ROUND: 'Those orders were for a round that is already over.',
  ORDERS_INVALID: 'The server refused those orders.',
  CHAT_EMPTY: 'Type a message first.',
  CHAT_TOO_LONG: 'That message is too long (280 characters at most).',
  BAD_OPTIONS: 'Those settings are not allowed.',
  SEATS_OCCUPIED: 'Someone sits in a seat that would be removed: ask them to move first.',
  BAD_TARGET: 'That target is not allowed.',
  KICKED: 'The host removed you from the room.',
  INTERNAL: 'The server hit a problem; nothing was changed. Try again.',
  UNKNOWN_MESSAGE: 'The server did not understand that request.',
  BAD_MESSAGE: 'The server did not understand that request.',
  NOT_YOUR_TURN: 'Orders are closed right now: wait for the next round.',
  WRONG_ROUND: 'Those orders were for a round that is over; your draft was kept for this round.',
  SPECTATOR: 'Spectators cannot give orders.',
  SEAT_TAKEN: 'Someone already sits there. Pick another seat.',
  BAD_SEAT_TOKEN: 'Your old seat could not be restored; you joined as a new player.',
  RATE_LIMITED: 'Slow down a little: too many messages at once.',
  NETWORK: 'Cannot reach the game server. Check your connection and try again.',
};

export function describeError(err: Partial<ServerError> | undefined | null): string {
  if (!err) return 'Something went wrong.';
  const code = err.code ?? '';
  const known = FRIENDLY[code];
  const details = (err as { errors?: Array<{ message: string }> }).errors?.map((e) => e.message).join(' ');
  if (code === 'ORDERS_INVALID' && details) return `The server refused those orders: ${details}`;
  if (err.message && !/^[A-Z_]+$/.test(err.message)) {
    return known && code === 'ROOM_NOT_FOUND' ? known : err.message;
  }
  return known ?? (err.message || `Error ${code}`);
}

/** colyseus.js throws MatchMakeError {code: number, message} when a room cannot be joined. */
export function matchmakeErrorToText(e: unknown, code?: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const status = (e as { code?: number })?.code;
  if ((status === 4212 || /not found|invalid|expired|locked/i.test(message)) && code) {
    return `No open room with code ${code}. It may have ended, or the code has a typo.`;
  }
  if (/failed to fetch|networkerror|ECONNREFUSED/i.test(message)) return FRIENDLY.NETWORK;
  return message || 'Could not join the room.';
}
