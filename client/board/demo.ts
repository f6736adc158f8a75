// Standalone board demo: a seeded match advanced by bot orders (or the hand-made fixture while the
// engine is unfinished), with buttons to resolve rounds, replay their events and pick targets.
// Query: ?seats=3..6, ?seed=..., ?rounds=N (resolve N rounds first), ?select=1, ?fixture=1,
// ?bots=1 (orders from the bots instead of random valid ones), ?aspect=4/3, ?height=px.
import {
  createMatch, eventsFor, planOrders, resolveRound, viewFor,
  type GameEvent, type MatchState, type MatchView, type OrdersBySeat,
} from '../../shared/index';
import { fixtureEvents, fixtureView } from './fixture';
import { randomOrders } from './demoOrders';
import { mountBoard } from './index';

const params = new URLSearchParams(location.search);
const log = document.getElementById('log')!;
const say = (text: string) => { log.textContent = text; };

interface Demo { view(): MatchView; advance(): GameEvent[] }

function engineDemo(): Demo {
  const seats = Number(params.get('seats') ?? 3);
  const seed = params.get('seed') ?? 'board-demo';
  let state: MatchState = createMatch({ seats, rounds: 12 }, seed);
  const personalities = ['grower', 'pluralist', 'balancer'] as const;
  return {
    view: () => viewFor(state, 'spectator'),
    advance() {
      if (state.phase === 'ended') return [];
      const orders: OrdersBySeat = {};
      for (const f of state.factions) {
        const view = viewFor(state, f.seat);
        const bot = { personality: personalities[f.seat % 3], level: 'normal' as const };
        let actions = randomOrders(view, f.seat, seed);
        if (params.get('bots') === '1') {
          try {
            actions = planOrders(view, f.seat, bot, `demo-${state.round}`);
          } catch (err) {
            console.warn('Bot failed, using random orders:', (err as Error).message);
          }
        }
        orders[f.seat] = { round: state.round, actions };
      }
      const result = resolveRound(state, orders);
      state = result.state;
      return eventsFor(result.events, 'spectator');
    },
  };
}

function fixtureDemo(): Demo {
  let view = fixtureView();
  return {
    view: () => view,
    advance() {
      view = { ...view, round: view.round + 1 };
      return fixtureEvents(view.round - 1);
    },
  };
}

function makeDemo(): Demo {
  if (params.get('fixture') === '1') return fixtureDemo();
  try {
    const demo = engineDemo();
    demo.view();
    return demo;
  } catch (err) {
    console.warn('Engine not ready, showing the fixture:', (err as Error).message);
    return fixtureDemo();
  }
}

async function main(): Promise<void> {
  const demo = makeDemo();
  // ?aspect=4/3 mimics the match view's board box; ?height=300 fixes a height in pixels.
  const box = document.getElementById('board')!;
  if (params.get('aspect')) Object.assign(box.style, { height: 'auto', aspectRatio: params.get('aspect')!, maxHeight: '70vh' });
  if (params.get('height')) box.style.height = `${Number(params.get('height'))}px`;
  const board = await mountBoard(document.getElementById('board')!, {
    onRegionClick: (region) => say(`Clicked ${demo.view().regions[region]?.name ?? region}`),
    onFactionClick: (seat) => say(`Clicked ${demo.view().factions[seat]?.name ?? seat}`),
  });
  let lastEvents: GameEvent[] = [];
  for (let i = 0; i < Number(params.get('rounds') ?? 0); i++) lastEvents = demo.advance();
  board.update(demo.view());

  let picking = params.get('select') === '1';
  const applySelection = () => {
    const view = demo.view();
    board.setSelectable(picking ? view.regions.filter((r) => r.population >= 3).map((r) => r.id) : null);
  };
  applySelection();

  const play = async (events: GameEvent[]) => {
    say(`Playing ${events.length} events…`);
    const started = performance.now();
    await board.playEvents(events);
    say(`Played ${events.length} events in ${Math.round(performance.now() - started)} ms.`);
  };
  document.getElementById('next')!.onclick = async () => {
    lastEvents = demo.advance();
    board.update(demo.view());
    await play(lastEvents);
  };
  document.getElementById('replay')!.onclick = () => play(lastEvents);
  document.getElementById('select')!.onclick = () => { picking = !picking; applySelection(); };

  // Hooks for the screenshot script.
  Object.assign(window, { board, demo, lastEvents: () => lastEvents, boardReady: true });
}

void main();
