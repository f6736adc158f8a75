// One focused test per action: its cost (× amount² where marked) and its effect, in a quiet
// match where nothing else moves.
import { describe, expect, it } from 'vitest';
import { actionCost, resolveRound, Rng, type MatchState } from '../../shared/index';
import { act, giveControl, quietMatch, regionAt, seatOf, setInfluence, designMatch, D as B } from './helpers';

const st = (s: MatchState) => seatOf(s, 'state');
const corp = (s: MatchState) => seatOf(s, 'corporation');
const mov = (s: MatchState) => seatOf(s, 'movement');

describe('actions', () => {
  it('expand: costs (3 + 2·distance)·a² and adds 2·a influence', () => {
    const s = quietMatch();
    const me = st(s);
    const r = regionAt(s, me, 2);
    const before = s.factions[me].influence[r];
    const action = { type: 'expand' as const, region: r, amount: 2 };
    expect(actionCost(s, me, action)).toBe((3 + 2 * 2) * 4);
    const { state } = act(s, me, action);
    expect(state.factions[me].resources).toBe(100 - 28);
    expect(state.factions[me].influence[r]).toBe(Math.min(10, before + 4));
  });

  it('research: costs 4·a², adds a tech and 2·a risk', () => {
    const s = quietMatch();
    const me = corp(s);
    const { state } = act(s, me, { type: 'research', amount: 2 });
    expect(state.factions[me].resources).toBe(100 - 16);
    expect(state.factions[me].tech).toBe(3);
    expect(state.risk).toBe(s.risk + 4);
    expect(state.factions[me].stats.riskAdded).toBe(4);
  });

  it('share: each target gains half the lead; impact grows by what others gained', () => {
    const s = quietMatch();
    const me = st(s);
    s.factions[me].tech = 5;
    const { state } = act(s, me, { type: 'share', target: 'all' });
    expect(state.factions[me].resources).toBe(98);
    for (const f of state.factions) if (f.seat !== me) expect(f.tech).toBe(3);
    expect(state.factions[me].impact).toBe(4);
    expect(state.factions[me].stats.techGivenByShare).toBe(4);
    expect(state.factions[me].lastShareRound).toBe(1);
  });

  it('defend: risk −6·a but only risk actually removed counts; stock +6·a', () => {
    const s = quietMatch();
    const me = mov(s);
    s.risk = 10;
    const { state } = act(s, me, { type: 'defend', amount: 2 });
    expect(state.factions[me].resources).toBe(100 - 12);
    expect(state.risk).toBe(0);
    expect(state.factions[me].stats.riskRemoved).toBe(10);
    expect(state.factions[me].impact).toBe(5);
    expect(state.defenseStock).toBeCloseTo(12 * (1 - B.defenseStockDecay), 6);
  });

  it('decentralize: moves 2·a influence into independent hands; impact +a', () => {
    const s = quietMatch();
    const me = st(s);
    const home = s.factions[me].home;
    const { state } = act(s, me, { type: 'decentralize', region: home, amount: 1 });
    expect(state.factions[me].resources).toBe(98);
    expect(state.factions[me].decentralized[home]).toBe(2);
    expect(state.factions[me].influence[home]).toBe(4);
    expect(state.factions[me].impact).toBe(1);
  });

  it('standard: forms when both order it; each adds the other as a standard partner', () => {
    const s = quietMatch();
    const a = st(s), b = corp(s);
    const r = resolveRound(s, { [a]: { round: 1, actions: [{ type: 'standard', target: b }] }, [b]: { round: 1, actions: [{ type: 'standard', target: a }] } });
    expect(r.state.standards).toEqual([{ a: Math.min(a, b), b: Math.max(a, b), untilRound: 1 + B.standardRounds - 1 }]);
    expect(r.state.factions[a].resources).toBe(98);
    expect(r.state.factions[a].stats.standardsWith).toEqual([b]);
  });

  it('standard: a lone order is a private offer that the other side can accept later', () => {
    const s = quietMatch();
    const a = st(s), b = mov(s);
    const r1 = act(s, a, { type: 'standard', target: b }).state;
    expect(r1.standardOffers).toEqual([{ from: a, to: b, round: 1 }]);
    expect(r1.lastEvents.find((e) => e.type === 'standardOffered')?.visibleTo).toEqual([a, b]);
    const r2 = act(r1, b, { type: 'standard', target: a }).state;
    expect(r2.standards.length).toBe(1);
    expect(r2.standardOffers).toEqual([]);
  });

  it('pact: forms on an open offer; costs 1; breakPact ends it for free', () => {
    const s = quietMatch();
    const a = st(s), b = corp(s);
    const r1 = act(s, a, { type: 'pact', target: b }).state;
    expect(r1.pactOffers).toEqual([{ from: a, to: b, round: 1 }]);
    expect(r1.factions[a].resources).toBe(99);
    const r2 = act(r1, b, { type: 'pact', target: a }).state;
    expect(r2.pacts).toEqual([{ a: Math.min(a, b), b: Math.max(a, b), since: 2 }]);
    const r3 = act(r2, a, { type: 'breakPact', target: b }).state;
    expect(r3.pacts).toEqual([]);
    expect(r3.factions[a].resources).toBe(99);
  });

  it('breakPact: withdraws an own offer or declines one received', () => {
    const s = quietMatch();
    const a = st(s), b = corp(s);
    const r1 = act(s, a, { type: 'pact', target: b }).state;
    expect(act(r1, a, { type: 'breakPact', target: b }).state.pactOffers).toEqual([]);
    expect(act(r1, b, { type: 'breakPact', target: a }).state.pactOffers).toEqual([]);
  });

  it('legislate: costs 5, policy in force 6 rounds, the oldest lapses beyond 3', () => {
    let s = quietMatch();
    const me = st(s);
    for (const policy of ['antitrust', 'publicServices', 'harbergerIP', 'diffusionMandate'] as const) {
      s = act(s, me, { type: 'legislate', policy }).state;
    }
    expect(s.factions[me].resources).toBe(80);
    expect(s.policies.map((p) => p.policy)).toEqual(['publicServices', 'harbergerIP', 'diffusionMandate']);
    expect(s.policies[0].untilRound).toBe(2 + B.policyRounds - 1);
  });

  it('police: needs control; Movements there lose 2·a; legitimacy −5·a, personalism +10·a', () => {
    const s = quietMatch();
    const me = st(s), m = mov(s);
    const r = regionAt(s, me, 1);
    giveControl(s, me, r);
    setInfluence(s, m, r, 3);
    const { state } = act(s, me, { type: 'police', region: r, amount: 1 });
    expect(state.factions[me].resources).toBe(97);
    expect(state.factions[m].influence[r]).toBe(1);
    expect(state.factions[me].legitimacy).toBe(55);
    expect(state.factions[me].meter).toBe(30);
  });

  it('subsidize: costs 7·a², gives 5·a, personalism +10·a', () => {
    const s = quietMatch();
    const me = st(s), c = corp(s);
    const { state } = act(s, me, { type: 'subsidize', target: c, amount: 1 });
    expect(state.factions[me].resources).toBe(93);
    expect(state.factions[c].resources).toBe(105);
    expect(state.factions[me].meter).toBe(30);
  });

  it('emergencyPowers: only at risk ≥ 50; +1 action for 2 rounds; personalism +20 unless ended', () => {
    let s = quietMatch();
    const me = st(s);
    s.risk = 60;
    s = act(s, me, { type: 'emergencyPowers' }).state;
    expect(s.factions[me].resources).toBe(96);
    expect(s.factions[me].emergencyUntil).toBe(3);
    s = act(s, me).state;
    expect(s.factions[me].meter).toBe(20);
    s = act(s, me).state;
    expect(s.factions[me].meter).toBe(40);
  });

  it('endEmergency: laying powers down avoids the personalism penalty', () => {
    let s = quietMatch();
    const me = st(s);
    s.risk = 60;
    s = act(s, me, { type: 'emergencyPowers' }).state;
    s = act(s, me, { type: 'endEmergency' }).state;
    expect(s.factions[me].emergencyUntil).toBe(2);
    s = act(s, me).state;
    expect(s.factions[me].meter).toBe(20);
  });

  it('lobby: succeeds with chance min(0.8, 2·market share); costs 4', () => {
    let enacted = 0;
    for (let i = 0; i < 40; i++) {
      const s = quietMatch(3, {}, {});
      s.rng = Rng.fromSeed(`lobby${i}`).save();
      const me = corp(s);
      const { state } = act(s, me, { type: 'lobby', policy: 'publicServices', mode: 'enact' });
      expect(state.factions[me].resources).toBe(96);
      if (state.policies.length) enacted++;
    }
    expect(enacted).toBeGreaterThan(10);
    expect(enacted).toBeLessThan(40);
  });

  it('extract: needs control; +4·a resources, extraction +10·a, legitimacy −5·a, Movements +a there', () => {
    const s = quietMatch();
    const me = corp(s), m = mov(s);
    const r = s.factions[me].home;
    giveControl(s, me, r);
    const { state } = act(s, me, { type: 'extract', region: r, amount: 1 });
    expect(state.factions[me].resources).toBe(100 - 1 + 4);
    expect(state.factions[me].meter).toBe(30);
    expect(state.factions[me].legitimacy).toBe(55);
    expect(state.factions[m].influence[r]).toBe(1);
  });

  it('acquire: takes 2·a influence from a Corporation or Movement', () => {
    const s = quietMatch();
    const me = corp(s), m = mov(s);
    const r = regionAt(s, me, 1);
    setInfluence(s, m, r, 4);
    setInfluence(s, me, r, 1);
    const { state } = act(s, me, { type: 'acquire', target: m, region: r, amount: 1 });
    expect(state.factions[me].resources).toBe(96);
    expect(state.factions[m].influence[r]).toBe(2);
    expect(state.factions[me].influence[r]).toBe(3);
  });

  it('philanthropy: to a Movement impact +2·a; to a State a capture for the alarm', () => {
    const s = quietMatch();
    const me = corp(s), m = mov(s), g = st(s);
    const toMovement = act(s, me, { type: 'philanthropy', target: m, amount: 1 }).state;
    expect(toMovement.factions[me].resources).toBe(93);
    expect(toMovement.factions[m].resources).toBe(105);
    expect(toMovement.factions[me].impact).toBe(2);
    const toState = act(s, me, { type: 'philanthropy', target: g, amount: 1 }).state;
    expect(toState.captures).toEqual([{ corporation: me, state: g, untilRound: 1 + B.captureRounds - 1 }]);
  });

  it('mission: extraction −10, no investor pressure this round; impact +1', () => {
    const s = quietMatch(3, { investorPressure: 10 });
    const me = corp(s);
    const { state } = act(s, me, { type: 'mission' });
    expect(state.factions[me].resources).toBe(98);
    expect(state.factions[me].meter).toBe(10);
    expect(state.factions[me].impact).toBe(1);
    const without = act(s, me).state;
    expect(without.factions[me].meter).toBeGreaterThan(20);
  });

  it('organize: costs (3 + distance)·a², +2·a influence, unity −5·a', () => {
    const s = quietMatch();
    const me = mov(s);
    const r = regionAt(s, me, 2);
    const { state } = act(s, me, { type: 'organize', region: r, amount: 1 });
    expect(state.factions[me].resources).toBe(95);
    expect(state.factions[me].influence[r]).toBe(s.factions[me].influence[r] + 2);
    expect(state.factions[me].meter).toBe(35);
  });

  it('rally: +1 influence in up to 3 regions held, unity +15', () => {
    const s = quietMatch();
    const me = mov(s);
    const sum = (st2: MatchState) => st2.factions[me].influence.reduce((a, b) => a + b, 0);
    const { state } = act(s, me, { type: 'rally' });
    expect(state.factions[me].resources).toBe(95);
    expect(sum(state) - sum(s)).toBe(Math.min(3, s.factions[me].influence.filter((v) => v > 0).length));
    expect(state.factions[me].meter).toBe(55);
  });

  it('protest: target −2·a influence and −3·a legitimacy', () => {
    const s = quietMatch();
    const me = mov(s), c = corp(s);
    const r = s.factions[c].home;
    const { state } = act(s, me, { type: 'protest', target: c, region: r, amount: 1 });
    expect(state.factions[me].resources).toBe(98);
    expect(state.factions[c].influence[r]).toBe(2);
    expect(state.factions[c].legitimacy).toBe(57);
  });

  it('campaign: repeals a policy with chance min(0.8, 2·support share)', () => {
    let repealed = 0;
    for (let i = 0; i < 40; i++) {
      const s = quietMatch();
      s.rng = Rng.fromSeed(`campaign${i}`).save();
      s.policies.push({ policy: 'surveillance', enactedRound: 1, untilRound: 6, by: st(s) });
      const me = mov(s);
      const { state } = act(s, me, { type: 'campaign', policy: 'surveillance' });
      expect(state.factions[me].resources).toBe(97);
      if (!state.policies.length) repealed++;
    }
    expect(repealed).toBeGreaterThan(10);
    expect(repealed).toBeLessThan(40);
  });

  it('expose: agenda public, legitimacy −8', () => {
    const s = quietMatch();
    const me = mov(s), g = st(s);
    const { state } = act(s, me, { type: 'expose', target: g });
    expect(state.factions[me].resources).toBe(97);
    expect(state.factions[g].agendaPublic).toBe(true);
    expect(state.factions[g].legitimacy).toBe(52);
    expect(state.factions[me].stats.exposed).toEqual([g]);
  });

  it('interop: for 3 rounds, a quarter of the Corporation\'s output there goes to the Movement', () => {
    const s = quietMatch(3, { outputFactor: 0.5 });
    const me = mov(s), c = corp(s);
    const r = s.factions[c].home;
    const { state } = act(s, me, { type: 'interop', target: c, region: r });
    expect(state.interops).toEqual([{ movement: me, corporation: c, region: r, untilRound: 3 }]);
    const baseline = act(s, me).state;
    expect(state.factions[c].resources).toBeLessThan(baseline.factions[c].resources);
    expect(state.factions[me].resources + 4).toBeGreaterThan(baseline.factions[me].resources);
  });

  it('hostile orders against a pact partner formed this round are dropped and refunded', () => {
    const s = quietMatch();
    const m = mov(s), c = corp(s);
    const r = resolveRound(s, {
      [m]: { round: 1, actions: [{ type: 'pact', target: c }, { type: 'protest', target: c, region: s.factions[c].home, amount: 1 }] },
      [c]: { round: 1, actions: [{ type: 'pact', target: m }] },
    });
    expect(r.state.pacts.length).toBe(1);
    expect(r.state.factions[c].influence[s.factions[c].home]).toBe(4);
    expect(r.state.factions[m].resources).toBe(99);
    expect(r.events.some((e) => e.type === 'dropped')).toBe(true);
  });
});

describe('catalogue and descriptions', () => {
  it('every action type has catalogue text and reads as a sentence with its cost for the viewer', async () => {
    const { ACTION_CATALOGUE, ACTION_TYPES, describeAction, viewFor } = await import('../../shared/index');
    const { randomAction } = await import('./randomOrders');
    const { Rng } = await import('../../shared/index');
    const s = quietMatch();
    const rng = Rng.fromSeed('describe');
    expect(ACTION_TYPES.length).toBe(24);
    for (const type of ACTION_TYPES) {
      const info = ACTION_CATALOGUE[type];
      for (const text of [info.label, info.costText, info.effectText, info.idea]) expect(text.length).toBeGreaterThan(0);
      const seat = s.factions.find((f) => info.kinds.includes(f.kind))!.seat;
      const sentence = describeAction(viewFor(s, seat), randomAction(s, seat, rng, type));
      expect(sentence).toMatch(/\(cost [\d.]+\)\.$/);
      expect(describeAction(viewFor(s, 'spectator'), randomAction(s, seat, rng, type))).not.toContain('cost');
    }
  });
});
