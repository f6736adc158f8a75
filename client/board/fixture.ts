// A hand-made match for the board demo: nine regions, three factions, a few pacts and policies,
// and one round of events covering every animation. Only the board demo imports it.
import { regionDistances } from '../../shared/protocol';
import type { Faction, GameEvent, MatchView, Region } from '../../shared/types';

const REGIONS: Array<[string, number, number, number[], number, number]> = [
  ['Northreach', 0.18, 0.14, [1, 3], 2, 4],
  ['Glasshaven', 0.52, 0.1, [0, 2, 4], 4, 3],
  ['Ironcoast', 0.86, 0.2, [1, 5], 3, 5],
  ['Millford', 0.12, 0.52, [0, 4, 6], 5, 2],
  ['Centre Plaza', 0.48, 0.48, [1, 3, 5, 7], 3, 3],
  ['Port Lumen', 0.84, 0.56, [2, 4, 8], 2, 5],
  ['Dustvale', 0.2, 0.88, [3, 7], 4, 1],
  ['Commons', 0.54, 0.86, [4, 6, 8], 5, 2],
  ['Ashgrove', 0.88, 0.9, [5, 7], 1, 4],
];

const stats = () => ({
  shares: 0, riskRemoved: 0, techGivenByShare: 0, exposed: [], interops: 0, standardsWith: [],
  triggeredAlarm: false, riskAdded: 0, antitrustRounds: 0, research: 0, outputImpact: 0,
});

function faction(seat: number, kind: Faction['kind'], name: string, colour: string, shape: string, home: number,
  influence: number[], decentralized: number[] = influence.map(() => 0)): Faction {
  return {
    seat, kind, name, colour, shape, home, resources: 12, tech: 2, legitimacy: 60, impact: 3,
    influence, decentralized, meter: 30, agenda: null, agendaPublic: false, lastShareRound: 0,
    emergencyUntil: 0, lastOutput: 4, stats: stats(),
  };
}

export function fixtureView(): MatchView {
  const regions: Region[] = REGIONS.map(([name, x, y, neighbours, population, wealth], id) => ({
    id, name, x, y, neighbours, population, wealth,
  }));
  return {
    version: 1,
    options: { seats: 3, rounds: 12 },
    phase: 'orders', round: 4, era: 2, scale: 1.15, ideaDiffusion: 0.15, controlDiffusion: 0.12,
    risk: 34, defenseStock: 6, progress: 40, progressTarget: 120, concentration: 0.38,
    alarm: [], hegemonyThreshold: 0.5, hegemonyStreak: null,
    regions,
    distances: regionDistances(regions.map((r) => r.neighbours)),
    eventsDrawn: [],
    factions: [
      faction(0, 'state', 'Republic of Vale', '#0072b2', 'square', 0, [6, 3, 0, 4, 2, 0, 0, 0, 0]),
      faction(1, 'corporation', 'Lumen Holdings', '#e69f00', 'triangle', 5, [0, 2, 5, 0, 3, 7, 0, 0, 3]),
      faction(2, 'movement', 'The Commons League', '#009e73', 'circle', 7,
        [0, 0, 0, 2, 4, 1, 3, 6, 2], [0, 0, 0, 0, 2, 0, 0, 2, 0]),
    ],
    policies: [{ policy: 'publicServices', enactedRound: 2, untilRound: 7, by: 0 }],
    pacts: [{ a: 0, b: 2, since: 3 }], pactOffers: [], standards: [], standardOffers: [],
    captures: [], interops: [{ movement: 2, corporation: 1, region: 8, untilRound: 6 }], modifiers: [],
    history: [], lastEvents: [], outcome: null,
    viewer: 'spectator',
  };
}

/** One of each kind of event the resolution layer knows how to show. */
export function fixtureEvents(round: number): GameEvent[] {
  return [
    { type: 'eventCard', text: 'Open-source wave: ideas travel faster for two rounds.', round },
    { type: 'legislate', text: 'Republic of Vale enacts Public services.', round, seat: 0 },
    { type: 'police', text: 'Republic of Vale polices Millford.', round, seat: 0, region: 3, target: 2 },
    { type: 'protest', text: 'The Commons League protests Lumen Holdings in Centre Plaza.', round, seat: 2, target: 1, region: 4 },
    { type: 'interop', text: 'The Commons League forces interoperability on Lumen Holdings in Ashgrove.', round, seat: 2, target: 1, region: 8 },
    { type: 'expand', text: 'Lumen Holdings expands into Ironcoast (+2).', round, seat: 1, region: 2, value: 2 },
    { type: 'organize', text: 'The Commons League organizes in Dustvale (+2).', round, seat: 2, region: 6, value: 2 },
    { type: 'research', text: 'Republic of Vale researches (+1 tech).', round, seat: 0, value: 1 },
    { type: 'income', text: 'Lumen Holdings earns 6.2.', round, seat: 1, value: 6.2 },
    { type: 'controlDiffusion', text: 'Control diffuses out of Port Lumen.', round, seat: 1, region: 5, value: 0.4 },
    { type: 'techDiffusion', text: 'Ideas diffuse: Republic of Vale catches up.', round, seat: 0, value: 0.2 },
  ];
}
