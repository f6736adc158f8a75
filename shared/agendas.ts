// The twelve secret agendas (DESIGN.md section 8): private objectives that reward pluralist play
// in different ways, worth +6 to +8 impact at the end.
import type { Rng } from './rng';
import { alarmLine } from './scoring';
import { baseShare } from './world';
import type { AgendaId, Kind, MatchView, Seat } from './types';

export const AGENDA_INFO: Record<AgendaId, { label: string; text: string; bonus: number }> = {
  institutionalist: { label: 'Institutionalist', text: 'End the match as a State with personalism below 20.', bonus: 7 },
  trustBuster: { label: 'Trust-buster', text: 'Have antitrust in force for 4 or more rounds.', bonus: 6 },
  openSociety: { label: 'Open society', text: 'Share your tech 3 times.', bonus: 6 },
  shieldBuilder: { label: 'Shield builder', text: 'Remove 30 risk with defence.', bonus: 7 },
  marketMaker: { label: 'Market maker', text: 'End as a Corporation with a market share of 40 % or more, without ever triggering the balance alarm.', bonus: 8 },
  missionDriven: { label: 'Mission-driven', text: 'End as a Corporation with extraction below 30.', bonus: 7 },
  thousandFlowers: { label: 'Thousand flowers', text: 'End as a Movement with unity below 30 and influence in 6 or more regions.', bonus: 8 },
  fourthEstate: { label: 'Fourth estate', text: 'Expose 2 different factions.', bonus: 6 },
  interoperator: { label: 'Interoperator', text: 'Interoperate with a Corporation 3 times.', bonus: 7 },
  kingbreaker: { label: 'Kingbreaker', text: 'See a faction that triggered the balance alarm end below the alarm line.', bonus: 8 },
  bridge: { label: 'Bridge', text: 'Share common standards with two different factions.', bonus: 6 },
  diffuser: { label: 'Diffuser', text: 'Let others gain 5 tech in total from your sharing.', bonus: 7 },
};

const ANY: Kind[] = ['state', 'corporation', 'movement'];

/** Which kinds may be dealt each card. */
export const AGENDA_KINDS: Record<AgendaId, Kind[]> = {
  institutionalist: ['state'],
  trustBuster: ['state', 'movement'],
  openSociety: ANY,
  shieldBuilder: ANY,
  marketMaker: ['corporation'],
  missionDriven: ['corporation'],
  thousandFlowers: ['movement'],
  fourthEstate: ['movement'],
  interoperator: ['movement'],
  kingbreaker: ANY,
  bridge: ANY,
  diffuser: ANY,
};

export const AGENDA_IDS = Object.keys(AGENDA_INFO) as AgendaId[];

/** One distinct card per faction, from those its kind may hold, in a seeded order. */
export function dealAgendas(rng: Rng, kinds: Kind[]): AgendaId[] {
  const deck = rng.shuffle(AGENDA_IDS.slice());
  const order = rng.shuffle(kinds.map((_, i) => i));
  const dealt: AgendaId[] = kinds.map(() => 'openSociety');
  for (const seat of order) {
    const i = deck.findIndex((id) => AGENDA_KINDS[id].includes(kinds[seat]));
    dealt[seat] = deck[i];
    deck.splice(i, 1);
  }
  return dealt;
}

/** Whether a faction's agenda is met now (checked at the end with final shares). */
export function agendaMet(view: MatchView, seat: Seat, shares: number[]): boolean {
  const f = view.factions[seat];
  const s = f.stats;
  switch (f.agenda) {
    case 'institutionalist': return f.kind === 'state' && f.meter < 20;
    case 'trustBuster': return s.antitrustRounds >= 4;
    case 'openSociety': return s.shares >= 3;
    case 'shieldBuilder': return s.riskRemoved >= 30;
    case 'marketMaker': return f.kind === 'corporation' && baseShare(view, seat) >= 0.4 && !s.triggeredAlarm;
    case 'missionDriven': return f.kind === 'corporation' && f.meter < 30;
    case 'thousandFlowers':
      return f.kind === 'movement' && f.meter < 30 && f.influence.filter((v) => v > 0).length >= 6;
    case 'fourthEstate': return new Set(s.exposed).size >= 2;
    case 'interoperator': return s.interops >= 3;
    case 'kingbreaker': {
      const line = alarmLine(view);
      return view.factions.some((o) => o.seat !== seat && o.stats.triggeredAlarm && shares[o.seat] < line);
    }
    case 'bridge': return new Set(s.standardsWith).size >= 2;
    case 'diffuser': return s.techGivenByShare >= 5;
    default: return false;
  }
}
