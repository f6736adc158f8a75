// Match options: defaults and clamping, so every layer agrees on what a match is.
import { sanitizeBalance } from './balance';
import { KINDS, POLICY_IDS, type Kind, type MatchOptions, type PolicyId } from './types';

export const MIN_SEATS = 3;
export const MAX_SEATS = 6;
export const MIN_ROUNDS = 3;
export const MAX_ROUNDS = 24;
export const DEFAULT_ROUNDS = 12;

const clampInt = (value: unknown, min: number, max: number, fallback: number): number => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
};

/** Fill defaults and clamp: seats 3..6 (default 3), rounds 3..24 multiple of 3 (default 12). */
export function normalizeOptions(partial: Partial<MatchOptions>): MatchOptions {
  const p = (partial && typeof partial === 'object' ? partial : {}) as Partial<MatchOptions>;
  const seats = clampInt(p.seats, MIN_SEATS, MAX_SEATS, MIN_SEATS);
  // Eras split the match in thirds, so rounds snap to a multiple of 3.
  const rounds = 3 * clampInt(typeof p.rounds === 'number' ? p.rounds / 3 : undefined,
    MIN_ROUNDS / 3, MAX_ROUNDS / 3, DEFAULT_ROUNDS / 3);
  const options: MatchOptions = { seats, rounds };
  if (Array.isArray(p.names)) {
    options.names = p.names.slice(0, seats).map((n) => (typeof n === 'string' ? n.trim().slice(0, 32) : ''));
  }
  const balance = sanitizeBalance(p.balance);
  if (balance) options.balance = balance;
  if (Array.isArray(p.permanentPolicies)) {
    const policies = POLICY_IDS.filter((id) => (p.permanentPolicies as unknown[]).includes(id)) as PolicyId[];
    if (policies.length) options.permanentPolicies = policies;
  }
  return options;
}

/** Kinds by seat for N seats: 3 = state, corporation, movement; 6 = two of each. */
export function kindsForSeats(seats: number): Kind[] {
  const kinds: Kind[] = [];
  for (let i = 0; i < seats; i++) kinds.push(KINDS[i % 3]);
  return kinds;
}

/**
 * Options as a person may choose them (room creation): the balance overrides and permanent
 * policies are for simulations and tests only, so they are dropped here.
 */
export function normalizeClientOptions(partial: unknown): MatchOptions {
  const p = (partial && typeof partial === 'object' ? partial : {}) as Partial<MatchOptions>;
  return normalizeOptions({ seats: p.seats, rounds: p.rounds, names: p.names });
}
