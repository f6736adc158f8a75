// Test helpers: a "quiet" match where income, upkeep, diffusion, drift and events are switched
// off through the balance overrides, so one action's cost and effect can be read exactly.
import {
  createMatch, DEFAULT_BALANCE, resolveRound, type Action, type Balance, type MatchOptions, type MatchState, type Seat,
} from '../../shared/index';

/**
 * The starting values of DESIGN.md, pinned: unit tests check mechanics, so they must not move
 * when the simulation tunes shared/balance.ts. (Constants added later take their defaults.)
 */
export const DESIGN: Partial<Balance> = {
  startResources: 10, startTech: 1, startLegitimacy: 60, startHomeInfluence: 4,
  startNeighbourInfluence: 1, startPersonalism: 20, startExtraction: 20, startUnity: 40,
  meterDrift: 5, maxInfluence: 10, controlMin: 3, maxActions: 3, emergencyExtraActions: 1,
  emergencyRounds: 2, emergencyPersonalism: 20, emergencyRiskMin: 50, maxAmount: 5,
  resourceDecayAbove: 10, resourceDecayRate: 0.2, scaleByEra: [1,1.15,1.3],
  ideaDiffusionByEra: [0.1,0.15,0.2], controlDiffusionByEra: [0.2,0.12,0.06],
  controlDiffusionShare: 0.6, alarmControlDiffusionFactor: 2, outputFactor: 0.5, techDivisor: 10,
  legitimacyBase: 0.5, legitimacyDivisor: 200, upkeepDistance: 0.05, upkeepRegions: 0.3,
  upkeepRegionsExponent: 1.5, pactIncomeShare: 0.1, standardBaseShare: 0.5, mandateShareWindow: 3,
  proprietaryShareWindow: 2, decentralizedYield: 0.5, decentralizedPower: 0.5,
  personalismHarmAbove: 50, personalismHarmRate: 0.003, refereeBelow: 30, refereeShare: 0.05,
  extractionIncomeDivisor: 100, extractionLegitimacyAbove: 50, extractionLegitimacyLoss: 3,
  investorPressure: 10, extractionConvergence: 3, unityHighAbove: 60, unityHighIncomeBonus: 0.2,
  unityHighHostileFactor: 2, unityLowBelow: 30, unityLowHostileFactor: 0.5, startRisk: 10,
  catastropheRisk: 100, researchRisk: 2, defendRisk: 6, defendStock: 6, defenseStockDecay: 0.1,
  coordinationFreeFactions: 2, coordinationDefenseFull: 20, progressTargetPerFactionRound: 12,
  hegemonyMin: 0.35, hegemonyPerSeat: 1.5, alarmMargin: 0.1, hegemonyRounds: 2, kindRivalryExponent: 0,
  powerResourceDivisor: 5, powerTechWeight: 2, fairShareBonus: 20, maxPolicies: 3, policyRounds: 6,
  leverageCap: 0.8, leverageFactor: 2, mandateDiffusion: 0.1, proprietaryTax: 1, harbergerRate: 0.1,
  publicServicesLegitimacy: 3, publicServicesProgress: 2, surveillanceMovementIncome: 0.5,
  surveillancePersonalism: 15, expandCost: 3, expandCostPerDistance: 2, expandInfluence: 2,
  researchCost: 4, researchTech: 1, shareCost: 2, shareLeadFraction: 0.5, defendCost: 3,
  defendImpactFraction: 0.5, decentralizeCost: 2, decentralizeInfluence: 2, decentralizeImpact: 1,
  standardCost: 2, standardRounds: 4, pactCost: 1, breakPactCost: 0, legislateCost: 5, policeCost: 3,
  policeInfluence: 2, policeLegitimacy: 5, policePersonalism: 10, subsidizeCost: 7, subsidizeGift: 5,
  subsidizePersonalism: 10, emergencyCost: 4, lobbyCost: 4, extractCost: 1, extractResources: 4,
  extractExtraction: 10, extractLegitimacy: 5, extractMovementInfluence: 1, acquireCost: 4,
  acquireInfluence: 2, philanthropyCost: 7, philanthropyGift: 5, philanthropyMovementImpact: 2,
  captureRounds: 4, missionCost: 2, missionExtraction: 10, missionImpact: 1, organizeCost: 3,
  organizeCostPerDistance: 1, organizeInfluence: 2, organizeUnity: 5, rallyCost: 5, rallyRegions: 3,
  rallyInfluence: 1, rallyUnity: 15, protestCost: 2, protestInfluence: 2, protestLegitimacy: 3,
  campaignCost: 3, exposeCost: 3, exposeLegitimacy: 8, interopCost: 4, interopRounds: 3,
  interopOutputShare: 0.25, interopDiffusion: 0.1, eventEvery: 2, aiScalingBoost: 0.05,
  openSourceBoost: 0.05, openSourceRounds: 2, scandalLegitimacy: 10, populistUnity: 20,
  borderAdjustmentRounds: 2, pandemicRisk: 10, pandemicOutputFactor: 0.9, reverseEngineeredTech: 1,
  remoteWorkRounds: 2, remoteWorkUpkeepFactor: 0.5, mergerWaveRounds: 2, mergerWaveCostFactor: 0.5,
  civicRenaissanceRounds: 2, civicRenaissanceOrganizeDiscount: 1, civicRenaissanceLegitimacy: 5,

};

/** The design values as a full table, for computing expectations. */
export const D: Balance = { ...DEFAULT_BALANCE, ...DESIGN } as Balance;

export const QUIET: Partial<Balance> = {
  ...DESIGN,
  outputFactor: 0, upkeepDistance: 0, upkeepRegions: 0, resourceDecayRate: 0,
  controlDiffusionByEra: [0, 0, 0], ideaDiffusionByEra: [0, 0, 0], eventEvery: 0, meterDrift: 0,
  investorPressure: 0, coordinationFreeFactions: 10, extractionConvergence: 0, refereeShare: 0,
  startResources: 100, resourceDecayAbove: 1000,
};

/** A match at the design values plus `extra` overrides. */
export function designMatch(options: Partial<MatchOptions>, seed: string, extra: Partial<Balance> = {}): MatchState {
  return createMatch({ seats: 3, rounds: 12, ...options, balance: { ...DESIGN, ...options.balance, ...extra } }, seed);
}

export function quietMatch(seats = 3, extra: Partial<Balance> = {}, more: Partial<MatchOptions> = {}): MatchState {
  return createMatch({ seats, rounds: 12, balance: { ...QUIET, ...extra }, ...more }, 'quiet');
}

/** Resolve one round where only `seat` acts. */
export function act(state: MatchState, seat: Seat, ...actions: Action[]): { state: MatchState; text: string } {
  const r = resolveRound(state, { [seat]: { round: state.round, actions } });
  return { state: r.state, text: r.events.map((e) => e.text).join('\n') };
}

export function seatOf(state: MatchState, kind: 'state' | 'corporation' | 'movement', nth = 0): Seat {
  return state.factions.filter((f) => f.kind === kind)[nth].seat;
}

/** A region that is not `seat`'s home, at the given distance if possible. */
export function regionAt(state: MatchState, seat: Seat, dist: number): number {
  const home = state.factions[seat].home;
  const r = state.distances[home].findIndex((d) => d === dist);
  if (r < 0) throw new Error(`no region at distance ${dist}`);
  return r;
}

/** Sets a faction's influence in a region (keeps decentralised ≤ influence). */
export function setInfluence(state: MatchState, seat: Seat, region: number, value: number): void {
  state.factions[seat].influence[region] = value;
  state.factions[seat].decentralized[region] = Math.min(state.factions[seat].decentralized[region], value);
}

/** Gives `seat` sole control of `region` (others cleared there). */
export function giveControl(state: MatchState, seat: Seat, region: number, value = 5): void {
  for (const f of state.factions) setInfluence(state, f.seat, region, 0);
  setInfluence(state, seat, region, value);
}
