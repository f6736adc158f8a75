// npm run bench:rules — speed of the rules engine and bots on one core (figures, no assertions).
// 1. Median time to resolve one 6-seat round, over rounds taken from real bot matches.
// 2. Full 3-seat bot games per second (mixed personalities and levels, resolution included).
import { createMatch, planOrders, resolveRound, viewFor, type MatchState, type OrdersBySeat } from '../../shared/index';
import { mixedPlayers, runMatch } from './runMatch';

function collectRounds(seats: number, games: number): Array<[MatchState, OrdersBySeat]> {
  const pairs: Array<[MatchState, OrdersBySeat]> = [];
  for (let g = 0; g < games; g++) {
    const seed = `bench:${seats}:${g}`;
    const players = mixedPlayers(seats, seed);
    let state = createMatch({ seats, rounds: 12 }, seed);
    while (state.phase === 'orders') {
      const orders: OrdersBySeat = {};
      for (let seat = 0; seat < seats; seat++) {
        const p = players[seat];
        if (p.type !== 'bot') continue;
        orders[seat] = { round: state.round, actions: planOrders(viewFor(state, seat), seat, p, seed) };
      }
      pairs.push([state, orders]);
      state = resolveRound(state, orders).state;
    }
  }
  return pairs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function benchResolve(): void {
  const pairs = collectRounds(6, 20);
  const reps = 20;
  // Warm up the JIT before measuring: one pass leaves V8 still optimising, and the first
  // measured rounds then read several times slower than steady play.
  for (let pass = 0; pass < 5; pass++) for (const [s, o] of pairs) resolveRound(s, o);
  const times: number[] = [];
  for (const [s, o] of pairs) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) resolveRound(s, o);
    times.push((performance.now() - t0) / reps);
  }
  console.log(`resolveRound, 6 seats: median ${(median(times) * 1000).toFixed(1)} µs per round `
    + `(p90 ${(times.sort((a, b) => a - b)[Math.floor(times.length * 0.9)] * 1000).toFixed(1)} µs; ${pairs.length} rounds from 20 bot matches)`);
}

function benchGames(level?: 'easy' | 'normal' | 'hard'): void {
  const seconds = 3;
  let games = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    const seed = `bench:games:${level ?? 'mixed'}:${games}`;
    let players = mixedPlayers(3, seed);
    if (level) players = players.map((p) => (p.type === 'bot' ? { ...p, level } : p));
    runMatch({ seats: 3, seed, players });
    games++;
  }
  const elapsed = (performance.now() - t0) / 1000;
  console.log(`full 3-seat bot games (${level ?? 'mixed levels'}): ${(games / elapsed).toFixed(0)} games/s on one core`);
}

benchResolve();
benchGames();
benchGames('normal');
benchGames('hard');
