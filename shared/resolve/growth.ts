// Stage 5, growth: expand, research, organize, rally, extract. Gains are additive, so applying
// them together is order-free; clamping to the influence cap happens after the stage.
import { regionValue } from '../world';
import { num, regionName, say, type ResolveCtx } from './context';

export function resolveGrowthStage(ctx: ResolveCtx): void {
  const { s, b } = ctx;
  const startInfluence = s.factions.map((f) => f.influence.slice());
  for (const f of s.factions) {
    const seat = f.seat;
    for (const a of ctx.actions[seat] ?? []) {
      switch (a.type) {
        case 'expand': {
          const gain = b.expandInfluence * a.amount;
          f.influence[a.region] += gain;
          say(ctx, 'expand', `${f.name} expands into ${regionName(ctx, a.region)} (+${gain} influence).`, { seat, region: a.region, value: gain });
          break;
        }
        case 'organize': {
          const gain = b.organizeInfluence * a.amount;
          f.influence[a.region] += gain;
          f.meter -= b.organizeUnity * a.amount;
          ctx.meterMoved[seat] = true;
          say(ctx, 'organize', `${f.name} organizes in ${regionName(ctx, a.region)} (+${gain} influence): many independent groups, unity −${b.organizeUnity * a.amount}.`, { seat, region: a.region, value: gain });
          break;
        }
        case 'rally': {
          const held = startInfluence[seat]
            .map((v, r) => ({ r, v }))
            .filter((x) => x.v > 0 && x.v < b.maxInfluence)
            .sort((x, y) => regionValue(f.kind, s.regions[y.r]) - regionValue(f.kind, s.regions[x.r]) || y.v - x.v || x.r - y.r)
            .slice(0, b.rallyRegions);
          for (const x of held) f.influence[x.r] += b.rallyInfluence;
          f.meter += b.rallyUnity;
          ctx.meterMoved[seat] = true;
          say(ctx, 'rally', `${f.name} rallies its crowd (+${b.rallyInfluence} influence in ${held.length} regions, unity +${b.rallyUnity}) — strength behind one voice.`, { seat });
          break;
        }
        case 'research': {
          const gain = b.researchTech * a.amount;
          f.tech += gain;
          f.stats.research += a.amount;
          ctx.research[seat] += a.amount;
          say(ctx, 'research', `${f.name} researches (+${num(gain)} tech, risk +${b.researchRisk * a.amount}).`, { seat, value: gain });
          break;
        }
        case 'extract': {
          const gain = b.extractResources * a.amount;
          f.resources += gain;
          f.meter += b.extractExtraction * a.amount;
          f.legitimacy -= b.extractLegitimacy * a.amount;
          ctx.meterMoved[seat] = true;
          for (const m of s.factions) if (m.kind === 'movement') m.influence[a.region] += b.extractMovementInfluence * a.amount;
          say(ctx, 'extract', `${f.name} squeezes its users in ${regionName(ctx, a.region)} (+${gain} resources, extraction +${b.extractExtraction * a.amount}); opposition grows there.`, { seat, region: a.region, value: gain });
          break;
        }
        default:
          break;
      }
    }
  }
}
