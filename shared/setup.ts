// A new match from options and a seed: the seeded map, factions with names, colours and shapes,
// dealt agendas and a shuffled event deck. Everything random comes from the one seeded RNG.
import { dealAgendas } from './agendas';
import { balanceOf, progressTargetFor } from './balance';
import { EVENT_CARDS } from './events';
import { generateWorld } from './map';
import { kindsForSeats, normalizeOptions } from './options';
import { Rng } from './rng';
import { r4 } from './clone';
import { concentration } from './scoring';
import type { Faction, Kind, MatchOptions, MatchState } from './types';

/** Okabe–Ito: distinguishable under the common colour-vision deficiencies. */
export const FACTION_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'];
/** A shape per seat, so colour is never the only cue. */
export const FACTION_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'hexagon', 'star'];

const DEFAULT_NAMES: Record<Kind, string[]> = {
  state: ['Republic of Aster', 'Commonwealth of Tarn', 'Federation of Lume', 'Kingdom of Vael'],
  corporation: ['Helix Corporation', 'Meridian Holdings', 'Quanta Group', 'Lattice Systems'],
  movement: ['Open Commons', 'Green Assembly', 'Free Citizens', 'Hearth Network'],
};

/** A new match: seeded map, factions, dealt agendas, shuffled event deck; phase 'orders', round 1. */
export function createMatch(options: MatchOptions | Partial<MatchOptions>, seed: string): MatchState {
  const opts = normalizeOptions(options);
  const b = balanceOf({ options: opts });
  const rng = Rng.fromSeed(String(seed));
  const kinds = kindsForSeats(opts.seats);
  const world = generateWorld(rng, kinds);
  const names = { state: rng.shuffle(DEFAULT_NAMES.state.slice()), corporation: rng.shuffle(DEFAULT_NAMES.corporation.slice()), movement: rng.shuffle(DEFAULT_NAMES.movement.slice()) };
  const agendas = dealAgendas(rng, kinds);
  const meterStart: Record<Kind, number> = { state: b.startPersonalism, corporation: b.startExtraction, movement: b.startUnity };
  const regionCount = world.regions.length;
  const factions: Faction[] = kinds.map((kind, seat) => {
    const home = world.homes[seat];
    const influence = new Array<number>(regionCount).fill(0);
    for (const n of world.regions[home].neighbours) influence[n] = b.startNeighbourInfluence;
    influence[home] = b.startHomeInfluence;
    const given = opts.names?.[seat];
    return {
      seat, kind,
      name: given ? given : (names[kind].shift() as string),
      colour: FACTION_COLOURS[seat], shape: FACTION_SHAPES[seat], home,
      resources: b.startResources, tech: b.startTech, legitimacy: b.startLegitimacy, impact: 0,
      influence, decentralized: new Array<number>(regionCount).fill(0),
      meter: meterStart[kind],
      agenda: agendas[seat], agendaPublic: false,
      lastShareRound: 0, emergencyUntil: 0, lastOutput: 0,
      stats: {
        shares: 0, riskRemoved: 0, techGivenByShare: 0, exposed: [], interops: 0, standardsWith: [],
        triggeredAlarm: false, riskAdded: 0, antitrustRounds: 0, research: 0, outputImpact: 0,
      },
    };
  });
  const eventDeck = rng.shuffle(EVENT_CARDS.slice());
  const state: MatchState = {
    version: 1,
    options: opts,
    seed: String(seed),
    rng: [],
    phase: 'orders',
    round: 1,
    era: 1,
    scale: b.scaleByEra[0],
    ideaDiffusion: b.ideaDiffusionByEra[0],
    controlDiffusion: b.controlDiffusionByEra[0],
    risk: b.startRisk,
    defenseStock: 0,
    progress: 0,
    progressTarget: progressTargetFor(b, opts.seats, opts.rounds),
    concentration: 0,
    alarm: [],
    hegemonyThreshold: Math.max(b.hegemonyMin, b.hegemonyPerSeat / opts.seats),
    hegemonyStreak: null,
    regions: world.regions,
    distances: world.distances,
    factions,
    policies: [],
    pacts: [],
    pactOffers: [],
    standards: [],
    standardOffers: [],
    captures: [],
    interops: [],
    modifiers: [],
    eventDeck,
    eventsDrawn: [],
    history: [],
    lastEvents: [],
    outcome: null,
  };
  state.concentration = r4(concentration(state));
  state.rng = rng.save();
  return state;
}
