// Outcome statistics over many simulated matches (DESIGN.md section 10 targets).
import type { Kind, MatchState, OutcomeType } from '../../shared/index';
import type { SeatPlayer } from './runMatch';

export interface SimSummary {
  games: number;
  seats: number;
  outcomes: Record<OutcomeType, number>;
  earlyHegemony: number;
  winShareByKind: Record<Kind, number>;
  hardBeatsEasy: number;
  meanRounds: number;
  meanFinalConcentration: number;
  gamesPerSecond: number;
}

export class SimTally {
  private games = 0;
  private outcomes: Record<OutcomeType, number> = { hegemony: 0, catastrophe: 0, flourishing: 0, stagnation: 0 };
  private early = 0;
  private wins: Record<Kind, number> = { state: 0, corporation: 0, movement: 0 };
  private decided = 0;
  private hardEasyPairs = 0;
  private hardWins = 0;
  private rounds = 0;
  private concentration = 0;

  constructor(private readonly seats: number) {}

  add(final: MatchState, players: SeatPlayer[]): void {
    const outcome = final.outcome;
    if (!outcome) throw new Error('match did not end');
    this.games++;
    this.outcomes[outcome.type]++;
    if (outcome.type === 'hegemony' && outcome.round < 5) this.early++;
    if (outcome.winner !== null) {
      this.decided++;
      this.wins[final.factions[outcome.winner].kind]++;
    }
    const place = new Map(outcome.ranking.map((seat, i) => [seat, i]));
    for (let i = 0; i < players.length; i++) {
      const a = players[i];
      if (a.type !== 'bot' || a.level !== 'hard') continue;
      for (let j = 0; j < players.length; j++) {
        const b = players[j];
        if (b.type !== 'bot' || b.level !== 'easy' || b.personality !== a.personality) continue;
        this.hardEasyPairs++;
        if ((place.get(i) ?? 99) < (place.get(j) ?? 99)) this.hardWins++;
      }
    }
    this.rounds += outcome.round;
    this.concentration += final.concentration;
  }

  summary(seconds: number): SimSummary {
    const g = Math.max(1, this.games);
    const d = Math.max(1, this.decided);
    const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
    return {
      games: this.games,
      seats: this.seats,
      outcomes: {
        hegemony: r4(this.outcomes.hegemony / g), catastrophe: r4(this.outcomes.catastrophe / g),
        flourishing: r4(this.outcomes.flourishing / g), stagnation: r4(this.outcomes.stagnation / g),
      },
      earlyHegemony: r4(this.early / g),
      winShareByKind: { state: r4(this.wins.state / d), corporation: r4(this.wins.corporation / d), movement: r4(this.wins.movement / d) },
      hardBeatsEasy: r4(this.hardEasyPairs ? this.hardWins / this.hardEasyPairs : 0),
      meanRounds: r4(this.rounds / g),
      meanFinalConcentration: r4(this.concentration / g),
      gamesPerSecond: Math.round(this.games / Math.max(1e-9, seconds)),
    };
  }
}
