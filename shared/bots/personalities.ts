// A personality is how much each concern is worth to it (DESIGN.md section 10).
import type { Personality } from '../types';
import type { Concern } from './candidates';

export const PERSONALITY_WEIGHTS: Record<Personality, Record<Concern, number>> = {
  // Own power first; goes for hegemony.
  grower: { growth: 1.5, tech: 1.3, impact: 0.3, safety: 0.7, hostile: 0.6, diplomacy: 0.6, policy: 0.6 },
  // Power to, not power over: sharing, defence, standards, decentralising, mission, philanthropy.
  pluralist: { growth: 0.9, tech: 0.8, impact: 1.5, safety: 1.3, hostile: 0.3, diplomacy: 1.0, policy: 1.0 },
  // Pushes against whoever leads.
  balancer: { growth: 1.0, tech: 0.9, impact: 0.8, safety: 1.0, hostile: 1.5, diplomacy: 1.2, policy: 1.0 },
};

/** What one resource is worth when weighing a move against its price. */
export const RESOURCE_PRICE = 0.35;
