// The seeded world: a planar region graph laid out on a jittered grid. Orthogonal links plus at
// most one diagonal per grid cell keep it planar; population and wealth pull against each other
// so States/Corporations (wealth) and Movements (population) want different places.
import type { Rng } from './rng';
import type { Kind, Region } from './types';

const REGION_NAMES = [
  'Northmarch', 'Saltmere', 'Ashford Vale', 'Corrin Bay', 'Eastwold', 'Highreach', 'Ironhollow',
  'Juniper Coast', 'Kestrel Downs', 'Lowfen', 'Marrow Isles', 'Nettlecombe', 'Oakhaven', 'Pellow Reach',
  'Quarry Heights', 'Redwater', 'Stonebridge', 'Tamsin Flats', 'Umber Hills', 'Vellmoor',
  'Westerling', 'Yarrowfield', 'Brightwater', 'Glasshaven', 'Farrow Plain', 'Dunmere',
];

/** Population and wealth of every home region. */
const EQUAL_HOME_VALUE = 3;

export interface World { regions: Region[]; distances: number[][]; homes: number[] }

/** 9 regions for 3 seats, 12 for 4–6; homes are distinct, with equal value and about equally valuable footholds. */
export function generateWorld(rng: Rng, kinds: Kind[]): World {
  const seats = kinds.length;
  const cols = seats <= 3 ? 3 : 4;
  const rows = 3;
  const count = cols * rows;
  const names = rng.shuffle(REGION_NAMES.slice()).slice(0, count);
  const regions: Region[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const id = r * cols + c;
      const x = (c + 0.5 + (rng.float() - 0.5) * 0.44) / cols;
      const y = (r + 0.5 + (rng.float() - 0.5) * 0.44) / rows;
      const population = 1 + rng.int(5);
      const wealth = Math.min(5, Math.max(1, 6 - population + rng.int(3) - 1));
      regions.push({ id, name: names[id], x: round3(x), y: round3(y), neighbours: [], population, wealth });
    }
  }
  const link = (a: number, b: number) => { regions[a].neighbours.push(b); regions[b].neighbours.push(a); };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const id = r * cols + c;
      if (c + 1 < cols) link(id, id + 1);
      if (r + 1 < rows) link(id, id + cols);
      if (c + 1 < cols && r + 1 < rows && rng.chance(0.6)) {
        if (rng.chance(0.5)) link(id, id + cols + 1); else link(id + 1, id + cols);
      }
    }
  }
  for (const region of regions) region.neighbours.sort((a, b) => a - b);
  const distances = allDistances(regions);
  // Equal home regions: nobody starts richer by the luck of the map.
  const homes = pickHomes(rng, regions, distances, kinds);
  for (const home of homes) { regions[home].population = EQUAL_HOME_VALUE; regions[home].wealth = EQUAL_HOME_VALUE; }
  return { regions, distances, homes };
}

function round3(v: number): number { return Math.round(v * 1000) / 1000; }

function allDistances(regions: Region[]): number[][] {
  return regions.map((from) => {
    const dist = regions.map(() => -1);
    dist[from.id] = 0;
    const queue = [from.id];
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i];
      for (const next of regions[at].neighbours) {
        if (dist[next] < 0) { dist[next] = dist[at] + 1; queue.push(next); }
      }
    }
    return dist;
  });
}

/**
 * Best of many seeded draws, judged by the starting power they give: every faction's
 * home and footholds should be worth about the same to its kind (an uneven start hands one
 * faction the balance alarm before anyone acts), and among draws that are about as fair,
 * homes farther apart win.
 */
function pickHomes(rng: Rng, regions: Region[], distances: number[][], kinds: Kind[]): number[] {
  const seats = kinds.length;
  const ids = regions.map((r) => r.id);
  let best: number[] = [];
  let bestScore = -Infinity;
  for (let attempt = 0; attempt < 200; attempt++) {
    const pick = rng.shuffle(ids.slice()).slice(0, seats);
    let minDist = Infinity;
    for (let i = 0; i < pick.length; i++) {
      for (let j = i + 1; j < pick.length; j++) minDist = Math.min(minDist, distances[pick[i]][pick[j]]);
    }
    const footholds = pick.map((h, seat) => startingFoothold(regions, pick, h, kinds[seat]));
    const spread = Math.max(...footholds) - Math.min(...footholds);
    const score = minDist * HOME_DISTANCE_WEIGHT - spread;
    if (score > bestScore) { bestScore = score; best = pick; }
  }
  return best;
}

/**
 * One more step between the nearest two homes is worth this much spread in footholds (tuned: at 5
 * and below fairness comes first, yet 3–4-seat homes mostly stay two steps apart).
 */
const HOME_DISTANCE_WEIGHT = 2;

/**
 * The value to its kind of a faction's starting influence beyond its home (one in each
 * neighbour; a neighbour that is another faction's home is worth the equalised home value).
 */
function startingFoothold(regions: Region[], homes: number[], home: number, kind: Kind): number {
  let sum = 0;
  for (const nb of regions[home].neighbours) {
    if (homes.includes(nb)) sum += EQUAL_HOME_VALUE;
    else sum += kind === 'movement' ? regions[nb].population : regions[nb].wealth;
  }
  return sum;
}
