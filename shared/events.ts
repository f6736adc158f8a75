// The event deck (DESIGN.md section 5): ten cards, one drawn every two rounds from a seeded
// deck. Each is announced as a sentence naming the essay idea it dramatises. Lasting effects
// become modifiers in force from the next round.
import { baseOf, eraOf } from './world';
import { num, say, type ResolveCtx } from './resolve/context';
import type { EventCardId } from './types';

export const EVENT_INFO: Record<EventCardId, { label: string; idea: string }> = {
  aiScaling: { label: 'AI scaling breakthrough', idea: 'economies of scale are rising' },
  openSourceWave: { label: 'Open-source wave', idea: 'the diffusion of ideas' },
  lobbyingScandal: { label: 'Lobbying scandal', idea: 'corporations capturing governments' },
  populistLeader: { label: 'Populist leader rises', idea: 'the danger of Big Mob' },
  borderAdjustment: { label: 'Border adjustment', idea: 'mandated diffusion through taxing closed tech' },
  pandemic: { label: 'Pandemic', idea: 'a vulnerable world' },
  reverseEngineered: { label: 'Reverse-engineered', idea: 'ideas leak however hard you guard them' },
  remoteWork: { label: 'Remote work', idea: 'the natural diseconomies of distance are fading' },
  mergerWave: { label: 'Merger wave', idea: 'homogenisation through acquisition' },
  civicRenaissance: { label: 'Civic renaissance', idea: 'a pluralist civil society' },
};

export const EVENT_CARDS = Object.keys(EVENT_INFO) as EventCardId[];

/** Draws the next card (reshuffling a fresh deck when it runs out) and applies it. */
export function drawEvent(ctx: ResolveCtx): void {
  const { s, b, round } = ctx;
  if (s.eventDeck.length === 0) s.eventDeck = ctx.rng.shuffle(EVENT_CARDS.slice());
  const card = s.eventDeck.shift() as EventCardId;
  s.eventsDrawn.push({ card, round });
  const label = EVENT_INFO[card].label;
  const lasting = (rounds: number) => s.modifiers.push({ card, untilRound: round + rounds });
  let text: string;
  switch (card) {
    case 'aiScaling': {
      const era = eraOf(round + 1, s.options.rounds);
      const eraEnd = Math.round((era * s.options.rounds) / 3);
      s.modifiers.push({ card, untilRound: eraEnd });
      text = `economies of scale are rising: σ +${b.aiScalingBoost} until the end of era ${era}, so the biggest pull ahead faster.`;
      break;
    }
    case 'openSourceWave':
      lasting(b.openSourceRounds);
      text = `ideas diffuse faster: idea diffusion +${b.openSourceBoost} for ${b.openSourceRounds} rounds.`;
      break;
    case 'lobbyingScandal': {
      const corps = s.factions.filter((f) => f.kind === 'corporation');
      const basesNow = corps.map((f) => baseOf(s, f.seat));
      const top = Math.max(...basesNow);
      const tied = corps.filter((_, i) => basesNow[i] === top);
      const target = tied.length > 1 ? ctx.rng.pick(tied) : tied[0];
      target.legitimacy = Math.max(0, target.legitimacy - b.scandalLegitimacy);
      text = `a Corporation caught buying the rules: ${target.name}, the largest, loses ${b.scandalLegitimacy} legitimacy.`;
      say(ctx, 'event', `${label} — ${text}`, { card, seat: target.seat, value: -b.scandalLegitimacy });
      return;
    }
    case 'populistLeader':
      for (const f of s.factions) if (f.kind === 'movement') f.meter = Math.min(100, f.meter + b.populistUnity);
      text = `the danger of Big Mob: every Movement's unity +${b.populistUnity} as crowds gather behind one voice.`;
      break;
    case 'borderAdjustment':
      lasting(b.borderAdjustmentRounds);
      text = `closed tech is taxed at the border: ${b.proprietaryTax} resource per point of proprietary tech per round for ${b.borderAdjustmentRounds} rounds — mandated diffusion.`;
      break;
    case 'pandemic':
      s.risk += b.pandemicRisk;
      lasting(1);
      text = `a vulnerable world: risk +${b.pandemicRisk} now and everyone's output −${num((1 - b.pandemicOutputFactor) * 100)} % next round.`;
      break;
    case 'reverseEngineered': {
      const sorted = s.factions.map((f) => f.tech).sort((x, y) => y - x);
      const lead = sorted[0] - (sorted[1] ?? sorted[0]);
      const leader = s.factions.find((f) => f.tech === sorted[0] && lead > 0);
      if (leader) {
        const cut = Math.min(b.reverseEngineeredTech, lead);
        leader.tech -= cut;
        text = `ideas leak however hard you guard them: ${leader.name}'s tech lead shrinks by ${num(cut)}.`;
        say(ctx, 'event', `${label} — ${text}`, { card, seat: leader.seat, value: -cut });
        return;
      }
      text = 'ideas leak however hard you guard them — but nobody held a tech lead to lose.';
      break;
    }
    case 'remoteWork':
      lasting(b.remoteWorkRounds);
      text = `distance matters less: upkeep for distance is halved for ${b.remoteWorkRounds} rounds, weakening a natural diseconomy of scale.`;
      break;
    case 'mergerWave':
      lasting(b.mergerWaveRounds);
      text = `homogenisation through acquisition: acquire costs half for ${b.mergerWaveRounds} rounds.`;
      break;
    case 'civicRenaissance':
      lasting(b.civicRenaissanceRounds);
      for (const f of s.factions) f.legitimacy = Math.min(100, f.legitimacy + b.civicRenaissanceLegitimacy);
      text = `a pluralist civil society flowers: organize costs ${b.civicRenaissanceOrganizeDiscount} less for ${b.civicRenaissanceRounds} rounds and every faction gains ${b.civicRenaissanceLegitimacy} legitimacy.`;
      break;
  }
  say(ctx, 'event', `${label} — ${text}`, { card });
}
