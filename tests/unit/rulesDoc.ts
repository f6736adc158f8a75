// Generates the reference tables of docs/RULES.md from the engine's own catalogue and balance
// table, so the rules players read never drift from the rules the engine runs.
//   npx tsx tests/unit/rulesDoc.ts --write    rewrites the generated block in docs/RULES.md
import {
  ACTION_CATALOGUE, ACTION_TYPES, AGENDA_INFO, AGENDA_KINDS, AGENDA_IDS, DEFAULT_BALANCE as B, EVENT_CARDS, EVENT_INFO,
  KIND_INFO, POLICY_IDS, POLICY_INFO, alarmLine, createMatch, hegemonyThreshold,
} from '../../shared/index';

export const START = '<!-- generated from shared/actions.ts and shared/balance.ts: do not edit by hand -->';
export const END = '<!-- end of generated block -->';

const kindLabel = (k: string) => KIND_INFO[k as keyof typeof KIND_INFO].label;
const cell = (s: string) => s.replace(/\|/g, '\\|');

export function generatedBlock(): string {
  const lines: string[] = [START, ''];
  lines.push('### Actions', '', '| action | who | stage | cost | effect | the idea |', '|---|---|---|---|---|---|');
  for (const type of ACTION_TYPES) {
    const a = ACTION_CATALOGUE[type];
    const who = a.kinds.length === 3 ? 'all' : a.kinds.map(kindLabel).join(', ');
    const name = `**${a.label}** (\`${type}\`${a.params.length ? ` ${a.params.join(', ')}` : ''})${a.hostile ? ' — hostile' : ''}`;
    lines.push(`| ${name} | ${who} | ${a.stage} | ${cell(a.costText)} | ${cell(a.effectText)} | ${cell(a.idea)} |`);
  }
  lines.push('', '### Policies', '', '| policy | effect | the idea |', '|---|---|---|');
  for (const id of POLICY_IDS) lines.push(`| **${POLICY_INFO[id].label}** (\`${id}\`) | ${cell(POLICY_INFO[id].effectText)} | ${cell(POLICY_INFO[id].idea)} |`);
  lines.push('', '### Agendas', '', '| agenda | who may hold it | goal | bonus |', '|---|---|---|---|');
  for (const id of AGENDA_IDS) {
    const kinds = AGENDA_KINDS[id].length === 3 ? 'any' : AGENDA_KINDS[id].map(kindLabel).join(', ');
    lines.push(`| **${AGENDA_INFO[id].label}** | ${kinds} | ${cell(AGENDA_INFO[id].text)} | +${AGENDA_INFO[id].bonus} impact |`);
  }
  lines.push('', '### Event cards', '', '| card | the idea |', '|---|---|');
  for (const id of EVENT_CARDS) lines.push(`| **${EVENT_INFO[id].label}** | ${EVENT_INFO[id].idea} |`);
  lines.push('', '### Key numbers', '', '| what | value |', '|---|---|');
  const rows: [string, string][] = [
    ['Start: resources, tech, legitimacy', `${B.startResources}, ${B.startTech}, ${B.startLegitimacy}`],
    ['Start: influence at home / in each neighbour', `${B.startHomeInfluence} / ${B.startNeighbourInfluence}`],
    ['Start meters: personalism, extraction, unity', `${B.startPersonalism}, ${B.startExtraction}, ${B.startUnity}`],
    ['Meter drift toward the start per round', `${B.meterDrift}`],
    ['Actions per round (+ with emergency powers)', `${B.maxActions} (+${B.emergencyExtraActions})`],
    ['Largest amount on scalable actions', `${B.maxAmount}`],
    ['Influence cap per region; control needs at least', `${B.maxInfluence}; ${B.controlMin}`],
    ['Resources above this decay by the rate each round', `${B.resourceDecayAbove}, ${B.resourceDecayRate * 100} %`],
    ['σ (scale) by era', B.scaleByEra.join(' / ')],
    ['δi (idea diffusion) by era', B.ideaDiffusionByEra.join(' / ')],
    ['δc (control diffusion) by era; share above which control diffuses', `${B.controlDiffusionByEra.join(' / ')}; ${B.controlDiffusionShare * 100} %`],
    ['Output: A, tech divisor, L = base + legitimacy / divisor', `${B.outputFactor}, ${B.techDivisor}, ${B.legitimacyBase} + legitimacy / ${B.legitimacyDivisor}`],
    ['Upkeep: u per influence per distance, c per held-regions^exp', `${B.upkeepDistance}, ${B.upkeepRegions}, ^${B.upkeepRegionsExponent}`],
    ['Pact income share; standard base share', `${B.pactIncomeShare * 100} %; ${B.standardBaseShare * 100} %`],
    ['Personalism harm above / per point; referee below / share', `${B.personalismHarmAbove} / ${B.personalismHarmRate * 100} %; ${B.refereeBelow} / ${B.refereeShare * 100} %`],
    ['Extraction: legitimacy loss above; investor pressure × market share; convergence', `${B.extractionLegitimacyAbove} (−${B.extractionLegitimacyLoss}); ${B.investorPressure}; ${B.extractionConvergence}`],
    ['Unity: high above (income +, police/expose ×); low below (hostile ×)', `${B.unityHighAbove} (+${B.unityHighIncomeBonus * 100} %, ×${B.unityHighHostileFactor}); ${B.unityLowBelow} (×${B.unityLowHostileFactor})`],
    ['Risk: start, catastrophe at', `${B.startRisk}, ${B.catastropheRisk}`],
    ['Coordination risk: free loners; defence stock that cancels it; stock decay', `${B.coordinationFreeFactions}; ${B.coordinationDefenseFull}; ${B.defenseStockDecay * 100} %/round`],
    ['Progress target = per faction-round × seats N × rounds R × (R + offset) / (reference + offset)', `${B.progressTargetPerFactionRound} × N × R × (R + ${B.progressTargetRoundsOffset}) / ${B.progressTargetReferenceRounds + B.progressTargetRoundsOffset}`],
    ['Hegemony threshold = max(min, per-seat / N); rounds held', `max(${B.hegemonyMin}, ${B.hegemonyPerSeat} / N); ${B.hegemonyRounds}`],
    ['Balance alarm at threshold − min(margin, gap share × (threshold − 1/N))', `margin ${B.alarmMargin}, gap share ${B.alarmFairGapShare}`],
    ['Fair share / alarm / hegemony threshold at 3, 4, 5, 6 seats', lineTable()],
    ['Power = resources / d + w · tech + Σ influence · value', `d = ${B.powerResourceDivisor}, w = ${B.powerTechWeight}`],
    ['Fair-share bonus (full)', `${B.fairShareBonus}`],
    ['Policies: max in force, rounds each', `${B.maxPolicies}, ${B.policyRounds}`],
    ['An event card every', B.eventEvery > 0 ? `${B.eventEvery} rounds` : 'never'],
  ];
  for (const [what, value] of rows) lines.push(`| ${what} | ${value} |`);
  lines.push('', END);
  return lines.join('\n');
}

/** "33.3 / 38.8 / 44.3 %; …" per seat count (fair share / alarm / threshold), from the engine's own rule. */
function lineTable(): string {
  const pc = (v: number) => (v * 100).toFixed(1);
  return [3, 4, 5, 6].map((seats) => {
    const s = createMatch({ seats, rounds: 12 }, 'rules');
    return `${pc(1 / seats)} / ${pc(alarmLine(s))} / ${pc(hegemonyThreshold(s))} %`;
  }).join('; ');
}

/**
 * Numbers in the prose carry invisible markers naming their balance key:
 * `<!--b:key-->2<!--/b-->` (the value; arrays joined by " / "), `<!--b%:key-->10 %<!--/b-->`
 * (a share as a percentage), `<!--b~%:key-->10 %<!--/b-->` (1 − a factor, as a percentage) and
 * `<!--b*100:key-->35<!--/b-->` (a share in points).
 */
const INLINE = /<!--b(%|~%|\*100)?:(\w+)-->(.*?)<!--\/b-->/g;

function inlineValue(kind: string | undefined, key: string): string {
  const v = (B as Record<string, unknown>)[key];
  if (v === undefined) throw new Error(`docs/RULES.md names an unknown balance key: ${key}`);
  const round = (x: number) => String(Math.round(x * 1000) / 1000);
  if (Array.isArray(v)) return v.map((x) => round(x as number)).join(' / ');
  if (kind === '%') return `${round((v as number) * 100)} %`;
  if (kind === '~%') return `${round((1 - (v as number)) * 100)} %`;
  if (kind === '*100') return round((v as number) * 100);
  return round(v as number);
}

export function withGenerated(doc: string): string {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < 0) throw new Error('docs/RULES.md lacks the generated-block markers');
  const whole = doc.slice(0, a) + generatedBlock() + doc.slice(b + END.length);
  return whole.replace(INLINE, (_m, kind: string | undefined, key: string) => `<!--b${kind ?? ''}:${key}-->${inlineValue(kind, key)}<!--/b-->`);
}

if (typeof process !== 'undefined' && process.argv.includes('--write')) {
  const fs = await import('node:fs');
  const path = new URL('../../docs/RULES.md', import.meta.url);
  fs.writeFileSync(path, withGenerated(fs.readFileSync(path, 'utf8')));
  console.log('docs/RULES.md: generated block rewritten');
}
