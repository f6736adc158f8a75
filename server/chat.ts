// A room's chat history as schema lines: append one, and keep the last CHAT_HISTORY of them.
import type { ArraySchema } from '@colyseus/schema';
import { CHAT_HISTORY } from '../shared/protocol';
import { ChatLineState } from './schema';

export interface ChatLine { name: string; seat: number; text: string; at: number }

/** Lines past the history kept before a trim: a trim resends the whole history, so not every line. */
const CHAT_TRIM_BATCH = 20;

export function appendChatLine(list: ArraySchema<ChatLineState>, line: ChatLine): void {
  list.push(lineState(line));
  if (list.length > CHAT_HISTORY + CHAT_TRIM_BATCH) trimChat(list);
}

function lineState({ name, seat, text, at }: ChatLine): ChatLineState {
  const line = new ChatLineState();
  line.name = name; line.seat = seat; line.text = text; line.at = at;
  return line;
}

/**
 * Keeps the last CHAT_HISTORY lines as new objects in an emptied list. Not shift() or splice():
 * colyseus.js 0.16's decoder never releases a line removed that way, so a long chat piled up in
 * every client's reference table; clear() releases them all (tests/load/syncStress.ts counts it).
 */
function trimChat(list: ArraySchema<ChatLineState>): void {
  const kept = list.slice(-CHAT_HISTORY).map(lineState);
  list.clear();
  for (const line of kept) list.push(line);
}
