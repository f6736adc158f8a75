// The scripted person's orders: valid, cheap to compute, and varied enough between drafts that
// every draft changes the owner's draft fields (so each ack is a real state change).
type AnyState = Record<string, any>;

export function scriptedActions(_state: AnyState, _seat: number, _nth: number): unknown[] {
  return [];
}
