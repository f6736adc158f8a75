// Which short sound a change of the room calls for. Pure, so the choice is tested without audio:
// a new round opening, a round resolving, the match's end (won, or over), and the ten-second
// warning the countdown raises itself. Nothing plays for the state a page first loads into.
export type Cue = 'roundOpen' | 'resolved' | 'hurry' | 'won' | 'over';

/** The part of a room's state the cues depend on. */
export interface CueState {
  phase: string;
  round: number;
  /** Outcome type once the match has ended, else null. */
  outcome: string | null;
  /** True when this page's own seat is the winner. */
  iWon: boolean;
}

export function cueBetween(previous: CueState | null, next: CueState): Cue | null {
  if (!previous) return null;
  if (next.outcome && !previous.outcome) return next.iWon ? 'won' : 'over';
  if (next.phase === previous.phase && next.round === previous.round) return null;
  if (next.phase === 'orders' && (previous.phase !== 'orders' || next.round !== previous.round)) return 'roundOpen';
  if (next.phase === 'resolving' && previous.phase === 'orders') return 'resolved';
  return null;
}
