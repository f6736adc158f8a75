// The action catalogue: who may order what, in which stage, at what cost, and why it exists.
// UI tooltips, docs/RULES.md and validation all read this one table.
import { balanceOf, DEFAULT_BALANCE as B } from './balance';
import { distance, modifierActive } from './world';
import type { Action, ActionType, Kind, MatchView, PolicyId, Seat } from './types';

export type ActionStage = 'pacts' | 'policy' | 'hostile' | 'growth';
export type ActionParam = 'region' | 'target' | 'amount' | 'policy' | 'mode';

export interface ActionInfo {
  kinds: Kind[];
  stage: ActionStage;
  params: ActionParam[];
  label: string;
  costText: string;
  effectText: string;
  idea: string;
  hostile: boolean;
}

const ALL: Kind[] = ['state', 'corporation', 'movement'];

export const ACTION_CATALOGUE: Record<ActionType, ActionInfo> = {
  expand: {
    kinds: ALL, stage: 'growth', params: ['region', 'amount'], label: 'Expand', hostile: false,
    costText: `${B.expandCost} + ${B.expandCostPerDistance}·distance, × amount²`,
    effectText: `+${B.expandInfluence} influence in the region per amount`,
    idea: 'Growth compounds, but reaching far from home costs more: the natural diseconomies of distance.',
  },
  research: {
    kinds: ALL, stage: 'growth', params: ['amount'], label: 'Research', hostile: false,
    costText: `${B.researchCost} × amount²`,
    effectText: `+${B.researchTech} tech per amount; world risk +${B.researchRisk} per amount`,
    idea: 'Technology multiplies everything you do, and rapid progress without care makes the world more vulnerable.',
  },
  share: {
    kinds: ALL, stage: 'policy', params: ['target'], label: 'Share tech', hostile: false,
    costText: `${B.shareCost}`,
    effectText: 'Each target gains half of your tech lead over it; your impact grows by the tech others gained',
    idea: 'Diffusion of ideas: opening up what you know lets everyone progress without one side pulling away.',
  },
  defend: {
    kinds: ALL, stage: 'policy', params: ['amount'], label: 'Defend', hostile: false,
    costText: `${B.defendCost} × amount²`,
    effectText: `World risk −${B.defendRisk} and defence stock +${B.defendStock} per amount; impact +${B.defendImpactFraction} × the risk actually removed`,
    idea: 'Defensive acceleration (d/acc): making the world robust is what lets many powers coexist safely.',
  },
  decentralize: {
    kinds: ALL, stage: 'policy', params: ['region', 'amount'], label: 'Decentralize', hostile: false,
    costText: `${B.decentralizeCost} × amount²`,
    effectText: `${B.decentralizeInfluence} of your influence there per amount is handed to independent hands: it yields half for you (half goes to world progress), counts half in power, cannot act and cannot be taken; impact +${B.decentralizeImpact} per amount`,
    idea: 'Giving power away to many independent institutions keeps its benefits while nobody can wield it alone.',
  },
  standard: {
    kinds: ALL, stage: 'pacts', params: ['target'], label: 'Common standard', hostile: false,
    costText: `${B.standardCost}`,
    effectText: `When both sides order it (or one accepts an open offer): for ${B.standardRounds} rounds each adds half the other's base to its scale base; powers stay separate`,
    idea: 'Cooperating across difference: gain the benefits of scale together without merging into one power.',
  },
  pact: {
    kinds: ALL, stage: 'pacts', params: ['target'], label: 'Propose pact', hostile: false,
    costText: `${B.pactCost}`,
    effectText: `A pact forms when the other side orders it too or has an open offer; partners share ${B.pactIncomeShare * 100} % of income and count as one bloc for concentration and hegemony`,
    idea: 'Merging powers: a bloc is counted as one power, and only its largest member can ever win with it.',
  },
  breakPact: {
    kinds: ALL, stage: 'pacts', params: ['target'], label: 'Break pact', hostile: false,
    costText: `${B.breakPactCost}`,
    effectText: 'Ends a pact, withdraws your open offer, or declines theirs',
    idea: 'Alliances carry the risk of betrayal, as in Diplomacy.',
  },
  legislate: {
    kinds: ['state'], stage: 'policy', params: ['policy'], label: 'Legislate', hostile: false,
    costText: `${B.legislateCost}`,
    effectText: `Puts a policy in force for ${B.policyRounds} rounds (at most ${B.maxPolicies}; the oldest lapses)`,
    idea: 'Government as a game: the State writes the rules everyone plays by.',
  },
  police: {
    kinds: ['state'], stage: 'hostile', params: ['region', 'amount'], label: 'Police', hostile: true,
    costText: `${B.policeCost} × amount²`,
    effectText: `Movements lose ${B.policeInfluence} influence there per amount; legitimacy −${B.policeLegitimacy} and personalism +${B.policePersonalism} per amount; needs control of the region`,
    idea: 'The Leviathan has the guns: order is useful, but a State that uses force becomes a player, not a game.',
  },
  subsidize: {
    kinds: ['state'], stage: 'policy', params: ['target', 'amount'], label: 'Subsidize', hostile: false,
    costText: `${B.subsidizeCost} × amount²`,
    effectText: `The target gains ${B.subsidizeGift} resources per amount; personalism +${B.subsidizePersonalism} per amount`,
    idea: 'Picking winners and losers is exactly what a referee State should not do.',
  },
  emergencyPowers: {
    kinds: ['state'], stage: 'policy', params: [], label: 'Emergency powers', hostile: false,
    costText: `${B.emergencyCost}`,
    effectText: `Only while risk ≥ ${B.emergencyRiskMin}: +${B.emergencyExtraActions} action for ${B.emergencyRounds} rounds; afterwards personalism +${B.emergencyPersonalism} unless you order End emergency in the last round`,
    idea: 'The Roman dictator: extraordinary power for a crisis is only safe if it is handed back.',
  },
  endEmergency: {
    kinds: ['state'], stage: 'policy', params: [], label: 'End emergency', hostile: false,
    costText: '0',
    effectText: 'Lays down emergency powers at the end of this round, with no personalism penalty',
    idea: 'Cincinnatus returns to his farm: institutions survive when power is given back.',
  },
  lobby: {
    kinds: ['corporation'], stage: 'policy', params: ['policy', 'mode'], label: 'Lobby', hostile: false,
    costText: `${B.lobbyCost}`,
    effectText: `Enacts or repeals a policy with chance min(${B.leverageCap}, ${B.leverageFactor} × market share)`,
    idea: 'Size is leverage over the rules: big business bends government toward itself.',
  },
  extract: {
    kinds: ['corporation'], stage: 'growth', params: ['region', 'amount'], label: 'Extract', hostile: false,
    costText: `${B.extractCost} × amount²`,
    effectText: `+${B.extractResources} resources per amount; extraction +${B.extractExtraction} and legitimacy −${B.extractLegitimacy} per amount; every Movement gains ${B.extractMovementInfluence} influence there per amount; needs control`,
    idea: 'Squeezing users instead of serving them pays now, and breeds the opposition that balances you.',
  },
  acquire: {
    kinds: ['corporation'], stage: 'hostile', params: ['target', 'region', 'amount'], label: 'Acquire', hostile: true,
    costText: `${B.acquireCost} × amount²`,
    effectText: `Takes ${B.acquireInfluence} influence per amount from a Corporation or Movement in the region`,
    idea: 'Homogenisation: buying up the competition and civil society makes the world less plural.',
  },
  philanthropy: {
    kinds: ['corporation'], stage: 'policy', params: ['target', 'amount'], label: 'Philanthropy', hostile: false,
    costText: `${B.philanthropyCost} × amount²`,
    effectText: `Gives ${B.philanthropyGift} resources per amount. To a Movement: impact +${B.philanthropyMovementImpact} per amount. To a State: capture — you count as one bloc with it for the balance alarm for ${B.captureRounds} rounds (never for a win)`,
    idea: 'Funding a counterweight is generous; funding the referee is capture.',
  },
  mission: {
    kinds: ['corporation'], stage: 'policy', params: [], label: 'Mission first', hostile: false,
    costText: `${B.missionCost}`,
    effectText: `Extraction −${B.missionExtraction}, no investor pressure this round; impact +${B.missionImpact}`,
    idea: 'A company can choose to serve its users rather than its investors, for a while.',
  },
  organize: {
    kinds: ['movement'], stage: 'growth', params: ['region', 'amount'], label: 'Organize', hostile: false,
    costText: `${B.organizeCost} + ${B.organizeCostPerDistance}·distance, × amount²`,
    effectText: `+${B.organizeInfluence} influence there per amount; unity −${B.organizeUnity} per amount`,
    idea: 'Civil society grows by many independent groups, which also makes it less of a single crowd.',
  },
  rally: {
    kinds: ['movement'], stage: 'growth', params: [], label: 'Rally', hostile: false,
    costText: `${B.rallyCost}`,
    effectText: `+${B.rallyInfluence} influence in up to ${B.rallyRegions} regions where you are present; unity +${B.rallyUnity}`,
    idea: 'A crowd behind one leader is strong, and that is exactly what makes it dangerous.',
  },
  protest: {
    kinds: ['movement'], stage: 'hostile', params: ['target', 'region', 'amount'], label: 'Protest', hostile: true,
    costText: `${B.protestCost} × amount²`,
    effectText: `The target loses ${B.protestInfluence} influence there and ${B.protestLegitimacy} legitimacy per amount`,
    idea: 'The street checks the powerful — bluntly.',
  },
  campaign: {
    kinds: ['movement'], stage: 'policy', params: ['policy'], label: 'Campaign', hostile: false,
    costText: `${B.campaignCost}`,
    effectText: `Repeals a policy with chance min(${B.leverageCap}, ${B.leverageFactor} × support share)`,
    idea: 'Public pressure is how civil society holds the rule-makers to account.',
  },
  expose: {
    kinds: ['movement'], stage: 'hostile', params: ['target'], label: 'Expose', hostile: true,
    costText: `${B.exposeCost}`,
    effectText: `The target's secret agenda becomes public; its legitimacy −${B.exposeLegitimacy}`,
    idea: 'The Fourth Estate: transparency is a check on every kind of power.',
  },
  interop: {
    kinds: ['movement'], stage: 'hostile', params: ['target', 'region'], label: 'Interoperate', hostile: true,
    costText: `${B.interopCost}`,
    effectText: `For ${B.interopRounds} rounds the Corporation's base in that region escapes its scale bonus, ${B.interopOutputShare * 100} % of its output there goes to you, its tech leaks (δi +${B.interopDiffusion} toward it for everyone), and each round ${B.interopInfluence} of its influence there moves to you`,
    idea: 'Adversarial interoperability: plugging into a walled garden without permission breaks its network effects.',
  },
};

export const ACTION_TYPES = Object.keys(ACTION_CATALOGUE) as ActionType[];

export const POLICY_INFO: Record<PolicyId, { label: string; effectText: string; idea: string }> = {
  antitrust: {
    label: 'Antitrust',
    effectText: 'The largest Corporation\'s scale bonus is halved.',
    idea: 'Balance within a force: competition law keeps any one company from running away with a market.',
  },
  diffusionMandate: {
    label: 'Diffusion mandate',
    effectText: `Idea diffusion +${B.mandateDiffusion}; scale bonus only for those who shared in the last ${B.mandateShareWindow} rounds; proprietary tech pays ${B.proprietaryTax} resource per point per round.`,
    idea: 'Mandated diffusion: a tax on closed tech that falls to zero the moment you open up.',
  },
  harbergerIP: {
    label: 'Harberger IP',
    effectText: `Each round ${B.harbergerRate * 100} % of any tech above the average lapses into the commons.`,
    idea: 'Intellectual property that must keep paying for itself cannot be hoarded forever.',
  },
  publicServices: {
    label: 'Public services',
    effectText: `Every faction's legitimacy +${B.publicServicesLegitimacy} per round; world progress +${B.publicServicesProgress} per round.`,
    idea: 'What we like about government: order and services that everyone can use.',
  },
  surveillance: {
    label: 'Surveillance',
    effectText: `Movement income −${(1 - B.surveillanceMovementIncome) * 100} %; every State's personalism +${B.surveillancePersonalism} on enactment and it does not relax while in force.`,
    idea: 'What we fear about government: watching what people say and do turns the referee into a player.',
  },
};

export const KIND_INFO: Record<Kind, { label: string; resource: string; meter: string; idea: string }> = {
  state: {
    label: 'State', resource: 'authority', meter: 'personalism',
    idea: 'Big Government: at its best a reliable game everyone plays, at its worst a player with guns.',
  },
  corporation: {
    label: 'Corporation', resource: 'capital', meter: 'extraction',
    idea: 'Big Business: great products, and a constant temptation to squeeze users and capture rules.',
  },
  movement: {
    label: 'Movement', resource: 'support', meter: 'unity',
    idea: 'Big Mob, or civil society: many independent groups are resilient; one crowd behind one leader is not.',
  },
};

export const AMOUNT_ACTIONS = new Set<ActionType>(
  ACTION_TYPES.filter((t) => ACTION_CATALOGUE[t].params.includes('amount')),
);

export function amountOf(action: Action): number {
  return 'amount' in action ? action.amount : 1;
}

/** Resource cost of one action for `seat` now (after modifiers), ignoring affordability. */
export function actionCost(view: MatchView, seat: Seat, action: Action): number {
  const b = balanceOf(view);
  const a = amountOf(action);
  const sq = a * a;
  switch (action.type) {
    case 'expand': return (b.expandCost + b.expandCostPerDistance * distance(view, seat, action.region)) * sq;
    case 'research': return b.researchCost * sq;
    case 'share': return b.shareCost;
    case 'defend': return b.defendCost * sq;
    case 'decentralize': return b.decentralizeCost * sq;
    case 'standard': return b.standardCost;
    case 'pact': return b.pactCost;
    case 'breakPact': return b.breakPactCost;
    case 'legislate': return b.legislateCost;
    case 'police': return b.policeCost * sq;
    case 'subsidize': return b.subsidizeCost * sq;
    case 'emergencyPowers': return b.emergencyCost;
    case 'endEmergency': return 0;
    case 'lobby': return b.lobbyCost;
    case 'extract': return b.extractCost * sq;
    case 'acquire': return b.acquireCost * (modifierActive(view, 'mergerWave') ? b.mergerWaveCostFactor : 1) * sq;
    case 'philanthropy': return b.philanthropyCost * sq;
    case 'mission': return b.missionCost;
    case 'organize': {
      const discount = modifierActive(view, 'civicRenaissance') ? b.civicRenaissanceOrganizeDiscount : 0;
      return Math.max(1, b.organizeCost + b.organizeCostPerDistance * distance(view, seat, action.region) - discount) * sq;
    }
    case 'rally': return b.rallyCost;
    case 'protest': return b.protestCost * sq;
    case 'campaign': return b.campaignCost;
    case 'expose': return b.exposeCost;
    case 'interop': return b.interopCost;
  }
}

const times = (a: number) => (a > 1 ? ` ×${a}` : '');

/** A sentence for the order queue, from the viewer's side. */
export function describeAction(view: MatchView, action: Action): string {
  const region = (r: number) => view.regions[r]?.name ?? `region ${r}`;
  const faction = (s: Seat | 'all') => (s === 'all' ? 'everyone' : view.factions[s]?.name ?? `seat ${s}`);
  const policy = (p: PolicyId) => POLICY_INFO[p]?.label ?? p;
  const seat = typeof view.viewer === 'number' ? view.viewer : null;
  const cost = seat !== null && view.factions[seat] ? ` (cost ${round1(actionCost(view, seat, action))})` : '';
  const a = amountOf(action);
  const b = balanceOf(view);
  let text: string;
  switch (action.type) {
    case 'expand': text = `Expand into ${region(action.region)}${times(a)}: +${b.expandInfluence * a} influence`; break;
    case 'research': text = `Research${times(a)}: +${b.researchTech * a} tech, risk +${b.researchRisk * a}`; break;
    case 'share': text = `Share tech with ${faction(action.target)}`; break;
    case 'defend': text = `Defend${times(a)}: risk −${b.defendRisk * a}`; break;
    case 'decentralize': text = `Decentralize ${b.decentralizeInfluence * a} influence in ${region(action.region)}`; break;
    case 'standard': text = `Offer a common standard to ${faction(action.target)}`; break;
    case 'pact': text = `Propose a pact to ${faction(action.target)}`; break;
    case 'breakPact': text = `Break with ${faction(action.target)} (pact or offer)`; break;
    case 'legislate': text = `Legislate ${policy(action.policy)}`; break;
    case 'police': text = `Police ${region(action.region)}${times(a)}`; break;
    case 'subsidize': text = `Subsidize ${faction(action.target)} with ${b.subsidizeGift * a} resources`; break;
    case 'emergencyPowers': text = 'Declare emergency powers'; break;
    case 'endEmergency': text = 'End emergency powers'; break;
    case 'lobby': text = `Lobby to ${action.mode} ${policy(action.policy)}`; break;
    case 'extract': text = `Extract from ${region(action.region)}${times(a)}: +${b.extractResources * a} resources`; break;
    case 'acquire': text = `Acquire ${b.acquireInfluence * a} of ${faction(action.target)}'s influence in ${region(action.region)}`; break;
    case 'philanthropy': text = `Give ${b.philanthropyGift * a} resources to ${faction(action.target)}`; break;
    case 'mission': text = `Put the mission first: extraction −${b.missionExtraction}`; break;
    case 'organize': text = `Organize in ${region(action.region)}${times(a)}: +${b.organizeInfluence * a} influence`; break;
    case 'rally': text = `Rally: +${b.rallyInfluence} influence in up to ${b.rallyRegions} regions, unity +${b.rallyUnity}`; break;
    case 'protest': text = `Protest against ${faction(action.target)} in ${region(action.region)}${times(a)}`; break;
    case 'campaign': text = `Campaign to repeal ${policy(action.policy)}`; break;
    case 'expose': text = `Expose ${faction(action.target)}'s agenda`; break;
    case 'interop': text = `Interoperate with ${faction(action.target)} in ${region(action.region)}`; break;
    default: text = 'Unknown action';
  }
  return `${text}${cost}.`;
}

function round1(v: number): string { return String(Math.round(v * 10) / 10); }
