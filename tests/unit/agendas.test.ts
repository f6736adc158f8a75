// The twelve agendas: each card's check, dealing rules and the bonus it adds at the end.
import { describe, expect, it } from 'vitest';
import { AGENDA_IDS, AGENDA_INFO, AGENDA_KINDS, agendaMet, createMatch, powerShares, type AgendaId, type MatchState } from '../../shared/index';
import { quietMatch, seatOf } from './helpers';

function holder(kind: 'state' | 'corporation' | 'movement', agenda: AgendaId): { s: MatchState; seat: number } {
  const s = quietMatch();
  const seat = seatOf(s, kind);
  s.factions[seat].agenda = agenda;
  return { s, seat };
}
const met = (s: MatchState, seat: number) => agendaMet(s, seat, powerShares(s));

describe('agendas', () => {
  it('deals one distinct card per faction that its kind may hold, worth +6 to +8', () => {
    for (let i = 0; i < 40; i++) {
      const s = createMatch({ seats: 3 + (i % 4) }, `deal${i}`);
      const dealt = s.factions.map((f) => f.agenda as AgendaId);
      expect(new Set(dealt).size).toBe(dealt.length);
      for (const f of s.factions) expect(AGENDA_KINDS[f.agenda as AgendaId]).toContain(f.kind);
    }
    expect(AGENDA_IDS.length).toBe(12);
    for (const id of AGENDA_IDS) expect(AGENDA_INFO[id].bonus).toBeGreaterThanOrEqual(6);
    for (const id of AGENDA_IDS) expect(AGENDA_INFO[id].bonus).toBeLessThanOrEqual(8);
  });

  const cases: [AgendaId, 'state' | 'corporation' | 'movement', (s: MatchState, seat: number) => void][] = [
    ['institutionalist', 'state', (s, x) => { s.factions[x].meter = 15; }],
    ['trustBuster', 'state', (s, x) => { s.factions[x].stats.antitrustRounds = 4; }],
    ['openSociety', 'corporation', (s, x) => { s.factions[x].stats.shares = 3; }],
    ['shieldBuilder', 'movement', (s, x) => { s.factions[x].stats.riskRemoved = 30; }],
    ['marketMaker', 'corporation', (s, x) => { s.factions[x].influence = s.factions[x].influence.map((v) => v * 5); }],
    ['missionDriven', 'corporation', (s, x) => { s.factions[x].meter = 25; }],
    ['thousandFlowers', 'movement', (s, x) => { s.factions[x].meter = 20; s.factions[x].influence = s.factions[x].influence.map(() => 1); }],
    ['fourthEstate', 'movement', (s, x) => { s.factions[x].stats.exposed = [0, 1]; }],
    ['interoperator', 'movement', (s, x) => { s.factions[x].stats.interops = 3; }],
    ['kingbreaker', 'state', (s, x) => { s.factions[(x + 1) % 3].stats.triggeredAlarm = true; }],
    ['bridge', 'state', (s, x) => { s.factions[x].stats.standardsWith = [1, 2]; }],
    ['diffuser', 'corporation', (s, x) => { s.factions[x].stats.techGivenByShare = 5; }],
  ];
  for (const [id, kind, fulfil] of cases) {
    it(`${id}: unmet at the start, met once its condition holds`, () => {
      const { s, seat } = holder(kind, id);
      if (id === 'missionDriven') s.factions[seat].meter = 50;
      expect(met(s, seat)).toBe(false);
      fulfil(s, seat);
      expect(met(s, seat)).toBe(true);
    });
  }

  it('market maker fails once its holder triggered the alarm', () => {
    const { s, seat } = holder('corporation', 'marketMaker');
    s.factions[seat].influence = s.factions[seat].influence.map((v) => v * 5);
    s.factions[seat].stats.triggeredAlarm = true;
    expect(met(s, seat)).toBe(false);
  });
});
