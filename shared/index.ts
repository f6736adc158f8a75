// The public API of the rules engine. Everything outside shared/ imports from here.
// Each function lives in a module named for its job; this file only re-exports.
export * from './types';

export { normalizeOptions, normalizeClientOptions, kindsForSeats, MIN_SEATS, MAX_SEATS, MIN_ROUNDS, MAX_ROUNDS, DEFAULT_ROUNDS } from './options';
export { createMatch, FACTION_COLOURS, FACTION_SHAPES } from './setup';
export { validateOrders, legalActionTypes, maxActionsFor } from './validate';
export {
  actionCost, describeAction, ACTION_CATALOGUE, ACTION_TYPES, POLICY_INFO, KIND_INFO, AMOUNT_ACTIONS,
  type ActionInfo, type ActionStage, type ActionParam,
} from './actions';
export { resolveRound } from './resolve';
export { viewFor, eventsFor } from './view';
export { replay } from './replay';
export {
  powerOf, powers, powerShares, concentration, hegemonyThreshold, alarmLine, alarmSeats, fairShareBonus, groupShares,
} from './scoring';
export { AGENDA_INFO, AGENDA_KINDS, AGENDA_IDS, agendaMet } from './agendas';
export { EVENT_INFO, EVENT_CARDS } from './events';
export { DEFAULT_BALANCE, balanceOf, type Balance } from './balance';
export {
  regionValue, distance, controller, controlledRegions, activeInfluence, heldRegions, baseOf, bases, baseShare,
  inPact, partnersOf, hasStandard, blocs, alarmBlocs, policyActive, isPermanentPolicy, modifierActive,
  emergencyActive, proprietaryTech, eraOf,
} from './world';
export { Rng, hashSeed } from './rng';

export { planOrders } from './bots';
export { forecast, type Forecast } from './forecast';
