// npm run simulate -- --games N [--seats 3..6] [--seed S] [--json]
// Plays N seeded matches of mixed bots and prints the outcome mix against the targets of
// DESIGN.md section 10.
import { kindsForSeats } from '../../shared/index';
import { mixedPlayers, runMatch } from './runMatch';
import { SimTally, type SimSummary } from './stats';

export function simulate(games: number, seats: number, seed: string, balance?: Record<string, unknown>): SimSummary {
  const tally = new SimTally(seats);
  const start = performance.now();
  for (let g = 0; g < games; g++) {
    const gameSeed = `${seed}:${seats}:${g}`;
    const players = mixedPlayers(seats, gameSeed);
    tally.add(runMatch({ seats, seed: gameSeed, players, balance }).final, players);
  }
  return tally.summary((performance.now() - start) / 1000);
}

interface SimArgs { games: number; seats: number; seed: string; json: boolean; balance?: Record<string, unknown> }

function parseArgs(argv: string[]): SimArgs {
  const args: SimArgs = { games: 200, seats: 3, seed: 'sim', json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--games') args.games = Number(argv[++i]);
    else if (a === '--seats') args.seats = Number(argv[++i]);
    else if (a === '--seed') args.seed = String(argv[++i]);
    // Balance overrides for tuning experiments, e.g. --balance '{"outputFactor":0.6}'.
    else if (a === '--balance') args.balance = JSON.parse(String(argv[++i])) as Record<string, unknown>;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.games) || args.games < 1) throw new Error('--games must be a positive integer');
  if (!Number.isInteger(args.seats) || args.seats < 3 || args.seats > 6) throw new Error('--seats must be 3..6');
  return args;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** Win shares of state / corporation / movement, compared per seat of each kind. */
export function perSeatShares(s: SimSummary): number[] {
  const seatsOf = kindsForSeats(s.seats);
  const per = (['state', 'corporation', 'movement'] as const)
    .map((k) => s.winShareByKind[k] / Math.max(1, seatsOf.filter((x) => x === k).length));
  const total = per.reduce((a, b) => a + b, 0) || 1;
  return per.map((x) => x / total);
}

function printHuman(s: SimSummary): void {
  const band = (x: number, lo: number, hi: number): string => (x >= lo && x <= hi ? 'ok ' : 'OFF');
  const lines = [
    `${s.games} games, ${s.seats} seats, ${s.gamesPerSecond} games/s`,
    `outcomes        target`,
    `  flourishing  ${pct(s.outcomes.flourishing).padStart(7)}  40–65 %  ${band(s.outcomes.flourishing, 0.4, 0.65)}`,
    `  hegemony     ${pct(s.outcomes.hegemony).padStart(7)}  10–30 %  ${band(s.outcomes.hegemony, 0.1, 0.3)}`,
    `  catastrophe  ${pct(s.outcomes.catastrophe).padStart(7)}   5–15 %  ${band(s.outcomes.catastrophe, 0.05, 0.15)}`,
    `  stagnation   ${pct(s.outcomes.stagnation).padStart(7)}   5–15 %  ${band(s.outcomes.stagnation, 0.05, 0.15)}`,
    `  early hegemony (< round 5) ${pct(s.earlyHegemony)}  target < 2 %  ${band(s.earlyHegemony, 0, 0.0199)}`,
    `wins among decided games (target 25–42 % each)`,
    ...(['state', 'corporation', 'movement'] as const).map((k) =>
      `  ${k.padEnd(12)} ${pct(s.winShareByKind[k]).padStart(7)}  ${band(s.winShareByKind[k], 0.25, 0.42)}`),
    `  per seat of each kind (4–5 seats hold unequal numbers of each kind) ${perSeatShares(s).map(pct).join(' / ')}`,
    `hard beats easy (same personality) ${pct(s.hardBeatsEasy)}  target ≥ 65 %  ${band(s.hardBeatsEasy, 0.65, 1)}`,
    `mean rounds ${s.meanRounds.toFixed(2)}, mean final concentration ${s.meanFinalConcentration.toFixed(3)}`,
  ];
  console.log(lines.join('\n'));
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isMain) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const summary = simulate(args.games, args.seats, args.seed, args.balance);
    if (args.json) console.log(JSON.stringify(summary));
    else printHuman(summary);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
