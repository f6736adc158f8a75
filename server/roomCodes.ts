// Room codes: short, readable aloud, and unique among live rooms. A code is claimed through
// the presence layer (an atomic increment), so with Redis presence two processes can never
// hand out the same code; the claim is released (the field deleted) when the room is disposed.
// A losing claim is not undone: decrementing could race with the holder's release and leave
// the field at -1 (then never 1 again, so the code would be lost); an extra count on a held
// code changes nothing, since the holder's release deletes the field whatever its value.
import type { Presence } from '@colyseus/core';
import { customAlphabet } from 'nanoid';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../shared/protocol';

const CLAIMS_KEY = 'bop:roomcodes';
const newCode = customAlphabet(ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH);

export async function claimRoomCode(presence: Presence, attempts = 50): Promise<string> {
  for (let i = 0; i < attempts; i++) {
    const code = newCode();
    const holders = await presence.hincrby(CLAIMS_KEY, code, 1);
    if (holders === 1) return code;
  }
  throw new Error('could not find a free room code');
}

export async function releaseRoomCode(presence: Presence, code: string): Promise<void> {
  await presence.hdel(CLAIMS_KEY, code);
}
