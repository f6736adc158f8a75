// The art the client relies on by name (CONTRACTS.md item 4): one icon per action type and per
// policy, the three faction emblems and the favicon, each a well-formed standalone SVG.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatch, eventsFor, resolveRound, viewFor, type OrdersBySeat } from '../../shared/index';
import { randomOrders } from '../../client/board/demoOrders';
import { KINDS, POLICY_IDS, type ActionType } from '../../shared/types';
import { beatOf, groupEvents, headline, roadBetween, scheduleBeats } from '../../client/board/eventPlan';
import { pointInPolygon } from '../../client/board/geometry';
import { layoutBoard, regionAt } from '../../client/board/layout';

const ASSETS = join(__dirname, '..', '..', 'assets');

// Typed as a record so that adding an action type to shared/types.ts fails the type check here
// until it has an icon.
const ACTION_TYPES: Record<ActionType, true> = {
  expand: true, research: true, share: true, defend: true, decentralize: true, standard: true,
  pact: true, breakPact: true, legislate: true, police: true, subsidize: true, emergencyPowers: true,
  endEmergency: true, lobby: true, extract: true, acquire: true, philanthropy: true, mission: true,
  organize: true, rally: true, protest: true, campaign: true, expose: true, interop: true,
};

/** A light structural check: one root <svg> with a viewBox, balanced tags, no scripts or links out. */
function svgProblems(text: string): string[] {
  const problems: string[] = [];
  const body = text.trim().replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '').trim();
  if (!/^<svg\b[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(body)) problems.push('does not start with an <svg> root in the SVG namespace');
  if (!/^<svg\b[^>]*\bviewBox="0 0 \d+ \d+"/.test(body)) problems.push('root has no viewBox');
  if (!body.endsWith('</svg>')) problems.push('does not end with </svg>');
  if (/<script|href="http|xlink:href="http|<image\b/i.test(body)) problems.push('contains a script, an external link or a raster image');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) { problems.push(`unbalanced </${name}>`); break; }
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  return problems;
}

function expectSvg(relative: string): string {
  const path = join(ASSETS, relative);
  expect(existsSync(path), `${relative} exists`).toBe(true);
  const text = readFileSync(path, 'utf8');
  expect(svgProblems(text), relative).toEqual([]);
  return text;
}

describe('board art', () => {
  it.each(Object.keys(ACTION_TYPES))('has a valid, tintable icon for the %s action', (type) => {
    const text = expectSvg(`icons/${type}.svg`);
    expect(text).toContain('currentColor');
  });

  it.each([...POLICY_IDS])('has a valid, tintable icon for the %s policy', (policy) => {
    const text = expectSvg(`icons/policy-${policy}.svg`);
    expect(text).toContain('currentColor');
  });

  it.each([...KINDS])('has a valid emblem for the %s kind', (kind) => {
    const text = expectSvg(`emblems/${kind}.svg`);
    // The board recolours emblems by replacing currentColor: they must use it.
    expect(text).toContain('currentColor');
  });

  it('has a favicon', () => {
    expectSvg('favicon.svg');
  });

  it('catches a broken SVG', () => {
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g></svg>')).not.toEqual([]);
    expect(svgProblems('<div></div>')).not.toEqual([]);
  });
});

// The board's layout is pure (client/board/layout.ts): check it on real seeded maps at a phone
// and a desktop size. Every region gets its own tile, a tap on its centre finds it, and its
// contents have room inside the canvas.
describe('board layout', () => {
  const sizes: Array<[number, number, number]> = [[360, 420, 2], [1280, 720, 1]];
  const maps = [3, 4, 6].map((seats) => createMatch({ seats, rounds: 12 }, `layout-${seats}`));

  it.each(maps.flatMap((m) => sizes.map((s) => [m.regions.length, ...s, m] as const)))(
    '%i regions at %i×%i (dpr %i): one tile per region, inside the canvas, found by a tap on its centre',
    (_count, width, height, dpr, match) => {
      const layout = layoutBoard(match.regions, width, height, dpr, 40 * dpr);
      expect(layout.cells).toHaveLength(match.regions.length);
      for (const cell of layout.cells) {
        expect(cell.tile.length).toBeGreaterThanOrEqual(3);
        expect(cell.room).toBeGreaterThan(12 * dpr);
        expect(regionAt(layout, cell.anchor)).toBe(cell.region);
        for (const p of cell.tile) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(layout.width);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeLessThanOrEqual(layout.legendTop + 1);
        }
      }
      // No tile's anchor lies inside another region's tile.
      for (const a of layout.cells) {
        for (const b of layout.cells) if (a !== b) expect(pointInPolygon(b.tile, a.anchor)).toBe(false);
      }
    },
  );
});

// How a round's events become the board's animation (client/board/eventPlan.ts), checked on the
// events a real seeded round produces.
describe('board resolution plan', () => {
  it('gives every event of real rounds an animation kind, and never plays past 4 s', () => {
    let state = createMatch({ seats: 4, rounds: 12 }, 'plan');
    for (let round = 1; round <= 8 && state.phase === 'orders'; round++) {
      const orders: OrdersBySeat = {};
      for (const f of state.factions) {
        orders[f.seat] = { round: state.round, actions: randomOrders(viewFor(state, f.seat), f.seat, 'plan') };
      }
      const result = resolveRound(state, orders);
      state = result.state;
      const events = eventsFor(result.events, 'spectator');
      for (const e of events) expect(beatOf(e), e.type).not.toBe('other');
      const { total } = scheduleBeats(groupEvents(events).length);
      expect(total).toBeLessThanOrEqual(4000);
    }
  });

  it('keeps any round, however long, within about 3.7 s', () => {
    for (const n of [1, 3, 8, 20, 60]) {
      const { step, beatMs, total } = scheduleBeats(n);
      expect(total).toBeLessThanOrEqual(3700);
      expect(beatMs).toBeGreaterThanOrEqual(step);
    }
  });

  it('groups consecutive events of one kind into a beat', () => {
    const ev = (type: string) => ({ type, text: type, round: 1 });
    const groups = groupEvents([ev('expand'), ev('organize'), ev('protest'), ev('income'), ev('event')]);
    expect(groups.map((g) => [g.beat, g.events.length])).toEqual([['growth', 2], ['hostile', 1], ['growth', 1], ['banner', 1]]);
  });

  it('shortens event sentences to banner headlines', () => {
    expect(headline('Remote work — distance upkeep is halved for two rounds.')).toBe('Remote work');
    expect(headline('Era 2 begins: economies of scale rise to σ 1.15, ideas spread faster (δi 0.15).')).toBe('Era 2 begins');
    expect(headline('Vale legislates: Antitrust is in force through round 7. Big firms lose scale.')).toBe('Antitrust enacted by Vale');
    expect(headline('x'.repeat(100)).length).toBeLessThanOrEqual(64);
    // A longer lead clause names the faction, from the event's seat or from the sentence.
    const lobbied = "Pluralist bot's lobbying succeeds — size is leverage over the rules: Public services is in force through round 8. Every faction's legitimacy +3 per round.";
    expect(headline(lobbied, 'Pluralist bot')).toBe('Public services enacted by Pluralist bot');
    expect(headline(lobbied)).toBe('Public services enacted by Pluralist bot');
  });

  it('finds the road between two regions along neighbour links', () => {
    const { regions } = createMatch({ seats: 3, rounds: 12 }, 'roads');
    const road = roadBetween(regions, 0, 8);
    expect(road[0]).toBe(0);
    expect(road.at(-1)).toBe(8);
    for (let i = 1; i < road.length; i++) expect(regions[road[i - 1]].neighbours).toContain(road[i]);
  });
});
