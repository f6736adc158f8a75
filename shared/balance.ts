// Every tunable number of the rules in one table (DESIGN.md: "all live in one balance table").
// The simulation tunes these; docs/RULES.md quotes them. Each line says why the value exists.
import type { Kind, MatchState, MatchView } from './types';

export const DEFAULT_BALANCE = {
  // ---- factions at the start
  /** Enough for two or three actions in round 1. */
  startResources: 10,
  /** Everyone begins with the same know-how; tech multiplies output. */
  startTech: 1,
  /** L = 0.5 + 60/200 = 0.8: room to gain and to lose trust. */
  startLegitimacy: 60,
  /** A secure home base. */
  startHomeInfluence: 4,
  /** A foothold next door, so contact starts at once. */
  startNeighbourInfluence: 1,
  /** States begin mostly as institutions ("a game, not a player"). */
  startPersonalism: 20,
  /** Corporations begin mostly serving their users. */
  startExtraction: 20,
  /** Movements begin as fairly loose coalitions. */
  startUnity: 40,
  /** Meters relax toward their start unless pushed again: habits fade. */
  meterDrift: 5,

  // ---- limits
  /** Influence per faction per region is capped so no region is ever "owned" absolutely. */
  maxInfluence: 10,
  /** The most influence (active) holder with at least this much controls a region. */
  controlMin: 3,
  /** Actions per faction per round: choices matter. */
  maxActions: 3,
  /** Emergency powers grant this many extra actions (the Roman dictator's latitude). */
  emergencyExtraActions: 1,
  /** Rounds emergency powers last after the round they are declared. */
  emergencyRounds: 2,
  /** Personalism added when a dictator does not lay down emergency powers. */
  emergencyPersonalism: 20,
  /** Risk at or above which emergency powers may be declared. */
  emergencyRiskMin: 50,
  /** Largest amount a on scalable actions; cost a² makes more pointless anyway. */
  maxAmount: 5,
  /** Resources above this decay each round: hoarding is not power. */
  resourceDecayAbove: 10,
  /** Share of resources above the line lost per round. */
  resourceDecayRate: 0.2,

  // ---- eras (index = era − 1)
  /** σ: economies of scale rise through the century. */
  scaleByEra: [1.0, 1.15, 1.3],
  /** δi: the internet spreads ideas ever faster. */
  ideaDiffusionByEra: [0.1, 0.15, 0.2],
  /** δc: the natural diffusion of control is fading. */
  controlDiffusionByEra: [0.2, 0.12, 0.06],
  /** Share of a region's influence above which the excess diffuses to others present. */
  controlDiffusionShare: 0.6,
  /** The alarm doubles control diffusion away from the leader. */
  alarmControlDiffusionFactor: 2,

  // ---- income
  /** A: output per unit of scaled base. */
  outputFactor: 0.5,
  /** T = 1 + tech / this. */
  techDivisor: 10,
  /** L = legitimacyBase + legitimacy / legitimacyDivisor. */
  legitimacyBase: 0.5,
  legitimacyDivisor: 200,
  /** u: upkeep per influence per step of distance from home (diseconomies of distance). */
  upkeepDistance: 0.05,
  /** c: upkeep per regions-held^exponent (the cost of coordinating a large organisation). */
  upkeepRegions: 0.3,
  upkeepRegionsExponent: 1.5,
  /** Pact partners pass this share of their income to each other. */
  pactIncomeShare: 0.1,
  /** A standard adds this share of the partner's base to your scale base. */
  standardBaseShare: 0.5,
  /** Rounds back (inclusive of this one) a `share` counts for the diffusion mandate. */
  mandateShareWindow: 3,
  /** Rounds back a `share` zeroes your proprietary tech. */
  proprietaryShareWindow: 2,
  /** Decentralised influence produces this share for its faction (the rest goes to progress). */
  decentralizedYield: 0.5,
  /** …and counts this much in power. */
  decentralizedPower: 0.5,

  // ---- kind rules
  /** State personalism above this starts to hurt everyone's output. */
  personalismHarmAbove: 50,
  /** Output lost per point of personalism above the line (0.3 %). */
  personalismHarmRate: 0.003,
  /** A State below this personalism is a trusted referee. */
  refereeBelow: 30,
  /** …and earns this share of every other faction's output (tuned down from 5 % to 0: with 4–6 seats and two States even 1 % made the States win most decided games). */
  refereeShare: 0,
  /** Extraction multiplies a Corporation's income by 1 + extraction / this (tuned from 100, then 80: Corporations won too rarely with 5–6 seats). */
  extractionIncomeDivisor: 55,
  /** Above this extraction, users notice: legitimacy falls. */
  extractionLegitimacyAbove: 50,
  extractionLegitimacyLoss: 3,
  /** Investor pressure: extraction rises by this × market share each round. */
  investorPressure: 10,
  /** Two Corporations converge toward the higher extraction (commonality of motive). */
  extractionConvergence: 3,
  /** Unity above this: the crowd is strong (income bonus) and a single target. */
  unityHighAbove: 60,
  unityHighIncomeBonus: 0.2,
  /** Police and expose against a high-unity Movement count this much. */
  unityHighHostileFactor: 2,
  /** Unity below this: many independent institutions, hard to hurt. */
  unityLowBelow: 30,
  unityLowHostileFactor: 0.5,
  /** Balance within a force: each kind is one force, and when two seats share a kind they are rivals splitting it (two countries, two competing firms). Every faction's income is multiplied by (N / (3 × seats of its kind))^this: 1 at 3 and 6 seats; with 4–5 seats the doubled kinds earn less and the lone kinds more (tuned: two States won 44 % of decided 4-seat games, the lone Movement 20 % of 5-seat ones). */
  kindRivalryExponent: 0.25,

  // ---- risk and defence
  /** The world starts a little vulnerable already. */
  startRisk: 10,
  /** Risk at which the world ends in catastrophe. */
  catastropheRisk: 100,
  /** Risk added per research amount: progress without care is dangerous (tuned so 5–15 % of mixed games end in catastrophe; 8 → 7.8 once bots spent their surplus). */
  researchRisk: 7.8,
  /** Risk removed per defend amount. */
  defendRisk: 6,
  /** Defence stock added per defend amount. */
  defendStock: 6,
  /** Defence stock decays this share per round. */
  defenseStockDecay: 0.1,
  /** Factions outside any pact beyond this many add risk each round (tuned: 6-seat worlds were too fragile)… */
  coordinationFreeFactions: 5,
  /** …one point each, unless the defence stock reaches this (d/acc makes multipolarity safe). */
  coordinationDefenseFull: 20,

  // ---- progress and the end
  /** progressTarget = this × seats × rounds × (rounds + offset) / (reference + offset), rounded: tuned so that 5–15 % of mixed 12-round games stagnate. */
  progressTargetPerFactionRound: 40.5,
  /** Growth compounds, so a round late in a long match yields more progress than one of a short match: mean progress per faction-round of mixed bots is ≈14 over 3 rounds, 23 over 6, 37 over 9, 51 over 12, roughly linear in the length. A target linear in rounds made 3–9-round matches almost always stagnate. */
  progressTargetReferenceRounds: 12,
  progressTargetRoundsOffset: 2,
  /** Hegemony threshold = max(hegemonyMin, hegemonyPerSeat / N) of total power (tuned: 10–30 % hegemonies; 1.35 → 1.33 so that 4-seat games flourish at most 65 % of the time). */
  hegemonyMin: 0.23,
  hegemonyPerSeat: 1.33,
  /** The balance alarm sounds this far below the threshold… */
  alarmMargin: 0.1,
  /** …but no lower than this share of the way from a fair share (1/N) up to the threshold: with the tuned thresholds a 0.1 margin put the alarm below a fair share at 4–6 seats, so it sounded for whoever led. */
  alarmFairGapShare: 0.5,
  /** Consecutive round ends above the threshold that make a hegemon (four: an early surge is not yet an empire; tuned so hegemony before round 5 stays under 2 %). */
  hegemonyRounds: 4,
  /** power = resources / this + … */
  powerResourceDivisor: 5,
  /** power = … + this × tech + … */
  powerTechWeight: 2,
  /** Fair-share bonus at the end: full at or below 1/N of power, nothing at twice it. */
  fairShareBonus: 20,

  // ---- policies
  maxPolicies: 3,
  policyRounds: 6,
  /** Lobby and campaign succeed with chance min(cap, factor × share). */
  leverageCap: 0.8,
  leverageFactor: 2,
  /** Diffusion mandate adds this to δi. */
  mandateDiffusion: 0.1,
  /** Tax per point of proprietary tech per round (diffusion mandate, border adjustment). */
  proprietaryTax: 1,
  /** Harberger IP: share of tech above the average that lapses into the commons each round. */
  harbergerRate: 0.1,
  /** Public services: legitimacy and progress per round. */
  publicServicesLegitimacy: 3,
  publicServicesProgress: 2,
  /** Surveillance: Movement income multiplier and States' personalism on enactment. */
  surveillanceMovementIncome: 0.5,
  surveillancePersonalism: 15,

  // ---- actions: base costs (× amount²) and effects (× amount)
  /** Expand: cheap next door, dear far away (diseconomies of distance). */
  expandCost: 3, expandCostPerDistance: 2, expandInfluence: 2,
  /** Research: the engine of progress, and of risk. */
  researchCost: 4, researchTech: 1,
  /** Share: cheap, so opening up is always an option; half the lead keeps sharing worth it to the giver. */
  shareCost: 2, shareLeadFraction: 0.5,
  /** Defend: priced like research so safety competes with growth. */
  defendCost: 3,
  /** Half of the risk you actually remove counts as impact (power to protect). */
  defendImpactFraction: 0.5,
  /** Decentralize: cheap, since you give something up; a little impact for doing it. */
  decentralizeCost: 2, decentralizeInfluence: 2, decentralizeImpact: 1,
  /** Standards: cheap cooperation, lasting a few rounds so they must be renewed. */
  standardCost: 2, standardRounds: 4,
  /** Pacts: nearly free, because their price is the risk of being absorbed. */
  pactCost: 1, breakPactCost: 0,
  /** Legislation: the State's most expensive lever. */
  legislateCost: 5,
  /** Police: effective, but each use costs trust and turns the referee into a player. */
  policeCost: 3, policeInfluence: 2, policeLegitimacy: 5, policePersonalism: 10,
  /** Subsidize: 7 buys a 5 gift: picking winners costs more than it gives. */
  subsidizeCost: 7, subsidizeGift: 5, subsidizePersonalism: 10,
  /** Emergency powers: affordable when the world is in danger. */
  emergencyCost: 4,
  /** Lobby: the chance, not the price, is where size matters. */
  lobbyCost: 4,
  /** Extract: very cheap money now, paid for in extraction, trust and opposition. */
  extractCost: 1, extractResources: 4, extractExtraction: 10, extractLegitimacy: 5, extractMovementInfluence: 1,
  /** Acquire: dearer than expanding, but it also weakens a rival. */
  acquireCost: 4, acquireInfluence: 2,
  /** Philanthropy: like subsidy, a gift that costs more than it gives; capture lasts a few rounds. */
  philanthropyCost: 7, philanthropyGift: 5, philanthropyMovementImpact: 2, captureRounds: 4,
  /** Mission: a small price to hold investor pressure off for a round. */
  missionCost: 2, missionExtraction: 10, missionImpact: 1,
  /** Organize: cheaper than expand over distance (networks travel), at the cost of unity. */
  organizeCost: 3, organizeCostPerDistance: 1, organizeInfluence: 2, organizeUnity: 5,
  /** Rally: broad but shallow growth that makes the crowd more united (and more fragile). */
  rallyCost: 5, rallyRegions: 3, rallyInfluence: 1, rallyUnity: 15,
  /** Protest: cheap and blunt. */
  protestCost: 2, protestInfluence: 2, protestLegitimacy: 3,
  /** Campaign: cheaper than lobbying; the chance depends on support. */
  campaignCost: 3,
  /** Expose: a price for transparency that hurts the exposed. */
  exposeCost: 3, exposeLegitimacy: 8,
  /** Interop: a lasting breach of a walled garden for a moderate price. */
  interopCost: 4, interopRounds: 3, interopOutputShare: 0.25, interopDiffusion: 0.1,
  /** Influence per round that moves from the Corporation to the Movement in an interop region (added in tuning). */
  interopInfluence: 1.5,

  // ---- events
  /** An event card is drawn at the end of rounds 1, 1 + this, …: one every 2 rounds (0 = no events, for tests). */
  eventEvery: 2,
  /** AI scaling: a visible but modest jump in returns to scale. */
  aiScalingBoost: 0.05,
  /** Open-source wave: ideas spread faster for a while. */
  openSourceBoost: 0.05,
  openSourceRounds: 2,
  /** Lobbying scandal: the largest Corporation pays in trust. */
  scandalLegitimacy: 10,
  /** Populist leader: crowds unite behind one voice. */
  populistUnity: 20,
  /** Border adjustment: how long closed tech is taxed. */
  borderAdjustmentRounds: 2,
  /** Pandemic: a jolt of risk and a lean round. */
  pandemicRisk: 10,
  pandemicOutputFactor: 0.9,
  /** Reverse-engineered: the leader's lead shrinks by this much. */
  reverseEngineeredTech: 1,
  /** Remote work: distance costs less for a while. */
  remoteWorkRounds: 2,
  remoteWorkUpkeepFactor: 0.5,
  /** Merger wave: acquisitions are cheap for a while. */
  mergerWaveRounds: 2,
  mergerWaveCostFactor: 0.5,
  /** Civic renaissance: organizing is cheaper and trust rises. */
  civicRenaissanceRounds: 2,
  civicRenaissanceOrganizeDiscount: 1,
  civicRenaissanceLegitimacy: 5,
};

export type Balance = typeof DEFAULT_BALANCE;

/** The balance in force for a match: the defaults with the match's overrides on top. */
export function balanceOf(state: Pick<MatchState | MatchView, 'options'>): Balance {
  const over = state.options.balance;
  if (!over) return DEFAULT_BALANCE;
  const cached = cache.get(over);
  if (cached) return cached;
  const merged = { ...DEFAULT_BALANCE, ...over } as Balance;
  cache.set(over, merged);
  return merged;
}

/** The progress a match of this size must reach to flourish (see progressTargetReferenceRounds). */
export function progressTargetFor(b: Balance, seats: number, rounds: number): number {
  const lengthFactor = (rounds + b.progressTargetRoundsOffset) / (b.progressTargetReferenceRounds + b.progressTargetRoundsOffset);
  return Math.round(b.progressTargetPerFactionRound * seats * rounds * lengthFactor);
}

/** Income multiplier of a faction of `kind` among `kinds` (one per seat): (N / (3 × seats of that kind))^kindRivalryExponent. */
export function kindRivalryFactor(b: Balance, kinds: readonly Kind[], kind: Kind): number {
  let same = 0;
  for (const k of kinds) if (k === kind) same++;
  if (same === 0 || b.kindRivalryExponent === 0) return 1;
  return Math.pow(kinds.length / (3 * same), b.kindRivalryExponent);
}

// Overrides objects are shared between cloned states (options is never mutated), so merging
// once per match keeps resolution allocation-free.
const cache = new WeakMap<object, Balance>();

/** Only known keys with values of the default's type survive (the server never passes these). */
export function sanitizeBalance(input: unknown): Partial<Balance> | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (!(key in DEFAULT_BALANCE)) continue;
    const def = (DEFAULT_BALANCE as Record<string, unknown>)[key];
    if (typeof def === 'number' && typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else if (Array.isArray(def) && Array.isArray(value) && value.length === def.length
      && value.every((v) => typeof v === 'number' && Number.isFinite(v))) out[key] = [...value];
  }
  return Object.keys(out).length ? (out as Partial<Balance>) : undefined;
}
