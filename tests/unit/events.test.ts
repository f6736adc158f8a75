// The ten event cards: one drawn every two rounds from the seeded deck, each with its effect
// and a sentence naming the essay idea.
import { describe, expect, it } from 'vitest';
import { EVENT_CARDS, EVENT_INFO, resolveRound, type EventCardId, type MatchState } from '../../shared/index';
import { designMatch } from './helpers';

function drawn(card: EventCardId, prepare: (s: MatchState) => void = () => {}): { before: MatchState; after: MatchState } {
  const before = designMatch({ seats: 4, balance: { controlDiffusionByEra: [0, 0, 0], ideaDiffusionByEra: [0, 0, 0] } }, `ev-${card}`);
  before.eventDeck = [card, ...EVENT_CARDS.filter((c) => c !== card)];
  prepare(before);
  const after = resolveRound(before, {}).state;
  return { before, after };
}


describe('events', () => {
  it('one card every two rounds; the deck reshuffles when it runs out', () => {
    let s = designMatch({ seats: 3, rounds: 24, balance: { progressTargetPerFactionRound: 0, hegemonyMin: 2, hegemonyPerSeat: 9, catastropheRisk: 1e9 } }, 'deck');
    while (s.phase === 'orders') s = resolveRound(s, {}).state;
    expect(s.eventsDrawn.map((e) => e.round)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23]);
    expect(new Set(s.eventsDrawn.slice(0, 10).map((e) => e.card)).size).toBe(10);
  });

  it('every card is announced with a sentence naming its idea', () => {
    for (const card of EVENT_CARDS) {
      const { after } = drawn(card);
      const e = after.lastEvents.find((x) => x.type === 'event');
      expect(e?.card).toBe(card);
      expect(e?.text.startsWith(EVENT_INFO[card].label)).toBe(true);
      expect(e?.text.length).toBeGreaterThan(40);
    }
  });

  it('AI scaling raises σ for the rest of the era', () => {
    const { after } = drawn('aiScaling');
    expect(after.scale).toBeCloseTo(1.05, 9);
    expect(after.modifiers).toEqual([{ card: 'aiScaling', untilRound: 4 }]);
  });
  it('open-source wave raises δi for 2 rounds', () => {
    const { after } = drawn('openSourceWave');
    expect(after.ideaDiffusion).toBeCloseTo(0.05, 9);
  });
  it('lobbying scandal costs the largest Corporation 10 legitimacy', () => {
    const { before, after } = drawn('lobbyingScandal');
    const hit = after.lastEvents.find((e) => e.type === 'event')!.seat!;
    expect(before.factions[hit].kind).toBe('corporation');
    expect(after.factions[hit].legitimacy).toBeLessThan(before.factions[hit].legitimacy - 9);
  });
  it('populist leader raises every Movement\'s unity by 20', () => {
    const { after } = drawn('populistLeader');
    for (const f of after.factions) if (f.kind === 'movement') expect(f.meter).toBe(60);
  });
  it('border adjustment taxes proprietary tech for 2 rounds', () => {
    const { after } = drawn('borderAdjustment', (s) => { s.factions[0].tech = 3; });
    const next = resolveRound(after, {});
    expect(next.events.find((e) => e.type === 'income' && e.seat === 0)?.text).toContain('tech tax 2');
  });
  it('pandemic adds 10 risk and cuts next round\'s output by 10 %', () => {
    const { before, after } = drawn('pandemic');
    expect(after.risk).toBeGreaterThanOrEqual(before.risk + 10);
    expect(after.modifiers).toEqual([{ card: 'pandemic', untilRound: 2 }]);
  });
  it('reverse-engineered shrinks the tech leader\'s lead by 1', () => {
    const { after } = drawn('reverseEngineered', (s) => { s.factions[2].tech = 4; });
    expect(after.factions[2].tech).toBe(3);
  });
  it('remote work halves distance upkeep; merger wave halves acquire; civic renaissance helps organizing', () => {
    expect(drawn('remoteWork').after.modifiers[0]).toEqual({ card: 'remoteWork', untilRound: 3 });
    expect(drawn('mergerWave').after.modifiers[0]).toEqual({ card: 'mergerWave', untilRound: 3 });
    const { before, after } = drawn('civicRenaissance');
    expect(after.modifiers[0]).toEqual({ card: 'civicRenaissance', untilRound: 3 });
    expect(after.factions[0].legitimacy).toBeGreaterThan(before.factions[0].legitimacy);
  });
});
