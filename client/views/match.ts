// The match screen: the board, the top bar with the global tracks, my faction and my orders (for
// a seated player), every faction's public facts, the news feed, chat, and at the end the summary.
// Spectators get the same screen without the order panel.
import type { Action, MatchView } from '../../shared/types';
import { serverNow, syncServerClock } from '../net/serverClock';
import type { Session } from '../net/session';
import { chatPanel } from '../ui/chat';
import { fill, h, keepingFocus, toast } from '../ui/dom';
import { loadBoard, type BoardHandle } from '../match/boardLoader';
import { renderFactionTable, renderMyFaction } from '../match/factions';
import { renderForecast } from '../match/forecastStrip';
import { newsFeed } from '../match/newsFeed';
import { orderPanel, type OrderPanel } from '../match/orders';
import { renderSummary } from '../match/summary';
import { regionTable } from '../match/regionTable';
import { renderWorld } from '../match/worldPanel';
import { countdownText, renderTracks, roundLine } from '../match/tracks';
import type { Screen } from './room';
import { cueBetween, type CueState } from '../sound/cues';
import { playCue, setSoundOn, soundOn } from '../sound/player';

export function renderMatch(root: HTMLElement, session: Session, leave: () => void): Screen {
  const roundEl = h('h1', { id: 'round-line', class: 'round-line' });
  const countdownEl = h('span', { id: 'countdown', class: 'countdown', role: 'timer', 'aria-live': 'off' });
  const roleEl = h('span', { id: 'role-badge' });
  const tracksEl = h('div', { class: 'tracks', id: 'tracks' });
  const forecastEl = h('section', { class: 'forecast', id: 'forecast', 'aria-label': 'Forecast if nobody else acted' });
  const boardEl = h('div', { class: 'board', id: 'board', 'aria-label': 'Map of the regions (the same facts are listed in the panels)' });
  const factionsEl = h('section', { class: 'card', id: 'factions', 'aria-label': 'Factions' });
  const myFactionEl = h('section', { class: 'card my-faction', id: 'my-faction', 'aria-labelledby': 'my-faction-title' });
  const summaryHost = h('div', { id: 'summary-host' });
  const worldEl = h('section', { class: 'card world', id: 'world', 'aria-labelledby': 'world-title' });
  const sideEl = h('aside', { class: 'side' });
  const feed = newsFeed();
  const regions = regionTable();
  const chat = chatPanel(session);
  const announcer = h('p', { class: 'sr-only', 'aria-live': 'polite', id: 'announcer' });

  fill(root,
    h('header', { class: 'topbar' },
      h('div', { class: 'topbar-line' },
        h('button', { class: 'link', onclick: leave, 'aria-label': 'Leave the match' }, '← Leave'),
        roundEl, countdownEl, roleEl,
        h('button', { class: 'link rules-link', onclick: async () => (await import('./howToPlay')).showHowToPlay() }, 'Rules'),
        soundToggle()),
      tracksEl),
    summaryHost,
    forecastEl,
    h('div', { class: 'match-grid' }, boardEl, sideEl, h('div', { class: 'tables' }, factionsEl, regions.el)),
    h('div', { class: 'lower' }, feed.el, chat.el),
    announcer,
  );

  let view = session.snapshot.match as MatchView;
  let orders: OrderPanel | null = null;
  let sideKey: string | undefined; // what the side column shows; undefined = not drawn yet
  let board: BoardHandle | null = null;
  let pickable: number[] | null = null;
  let draft: Action[] = [];
  let historyLen = view.history.length;
  let animating: Promise<void> | null = null;
  let destroyed = false;
  let summaryShown = false;
  let summaryKey = '';

  // Earlier rounds' news: the last resolved round is all a late joiner can see.
  if (view.lastEvents.length) feed.addRound(view.lastEvents[0].round, view.lastEvents);

  const pickFaction = (seat: number) => orders?.pickFaction(seat);
  void loadBoard(boardEl, {
    onRegionClick: (region) => orders?.pickRegion(region),
    onFactionClick: pickFaction,
  }).then((handle) => {
    if (destroyed) { handle.destroy(); return; }
    board = handle;
    board.update(view);
  });

  const renderFactions = () => renderFactionTable(factionsEl, view, session.snapshot, session.mySeat, pickable ? pickFaction : null, pickable);

  const ensureOrders = () => {
    const seat = session.mySeat;
    const lost = seat === null ? session.lostSeat : null;
    const key = seat !== null ? `seat:${seat}` : lost ? `lost:${lost.seat}:${lost.byBot}` : 'watch';
    if (key === sideKey) return;
    sideKey = key;
    orders = null;
    if (lost) {
      fill(sideEl, lostSeatCard(lost), worldEl);
      return;
    }
    if (seat === null) {
      fill(sideEl, h('section', { class: 'card spectator-note' },
        h('h2', {}, 'You are watching'),
        h('p', {}, 'You see every public fact of this match. Agendas stay secret until they are exposed or the match ends.')),
      worldEl);
      return;
    }
    orders = orderPanel(session, seat, view, {
      setSelectableRegions: (regions) => board?.setSelectable(regions),
      setPickableFactions: (seats) => { pickable = seats; renderFactions(); },
      onDraftChange: (actions) => { draft = actions; renderForecastStrip(); },
    });
    fill(sideEl, myFactionEl, orders.el, worldEl);
  };

  const renderForecastStrip = () => {
    const seat = session.mySeat;
    if (seat === null || view.outcome) { forecastEl.hidden = true; return; }
    forecastEl.hidden = false;
    renderForecast(forecastEl, view, seat, draft);
  };

  /** My seat is held by a bot or another tab: say so plainly and offer it back, never an order panel. */
  const lostSeatCard = (lost: NonNullable<typeof session.lostSeat>) => {
    const faction = view.factions[lost.seat];
    const name = faction ? faction.name : 'your faction';
    const button = h('button', { class: 'primary big', id: 'reclaim-seat' }, 'Take my seat back');
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.textContent = 'Taking your seat back…';
      try {
        if (!await session.reclaimSeat()) toast('That seat could not be taken back: you are watching this match.');
      } catch {
        toast('The server could not be reached. Try again in a moment.');
      }
      button.disabled = false;
      button.textContent = 'Take my seat back';
    });
    if (!lost.canReclaim) {
      return h('section', { class: 'card seat-lost', id: 'seat-lost', role: 'alert' },
        h('h2', {}, 'You no longer hold a seat'),
        h('p', {}, 'The server did not accept orders from this page, so you are watching this match. Your orders are not counted.'));
    }
    return h('section', { class: 'card seat-lost', id: 'seat-lost', role: 'alert' },
      h('h2', {}, lost.byBot ? 'A bot is playing your faction' : 'Your faction is played elsewhere'),
      h('p', {}, lost.byBot
        ? `You were away longer than the server waits, so a bot took over ${name} to keep the match going. Orders from this page are not counted until you take the seat back.`
        : `${name} is now played from another tab or window. This page only watches.`),
      h('p', {}, button),
      h('p', { class: 'hint' }, lost.byBot
        ? 'The bot\'s orders for this round stand until you send your own.'
        : 'Taking the seat back here turns the other tab into a watcher.'));
  };

  const renderTop = () => {
    const snap = session.snapshot;
    roundEl.textContent = roundLine(view);
    countdownEl.textContent = countdownText(snap);
    document.title = `${view.outcome ? 'Match over' : `Round ${view.round}`} · Balance of Power`;
    const seat = session.mySeat;
    const lost = seat === null ? session.lostSeat : null;
    fill(roleEl, seat === null
      ? lost ? h('button', {
        class: 'badge warn', id: 'seat-lost-badge',
        // On a phone the explanation sits below the board: the badge leads there.
        onclick: () => { const card = document.getElementById('seat-lost'); card?.scrollIntoView({ block: 'center' }); document.getElementById('reclaim-seat')?.focus(); },
      }, lost.byBot ? 'A bot plays your seat ↓' : 'Watching ↓')
        : h('span', { class: 'badge', id: 'spectator-badge' }, `Spectating · ${snap.spectators} watching`)
      : h('span', { class: 'badge mine' }, `You: ${view.factions[seat]?.name ?? ''}`),
    seat !== null && snap.spectators ? h('span', { class: 'badge small' }, `${snap.spectators} watching`) : null);
    renderTracks(tracksEl, view);
  };

  const onResolved = (events = view.lastEvents) => {
    const round = events[0]?.round ?? view.history.at(-1)?.round ?? view.round - 1;
    feed.addRound(round, events);
    // The news feed itself is a live log; this only marks the moment.
    announcer.textContent = `Round ${round} resolved: ${events.length} events in the news.`;
    if (board) {
      const b = board;
      animating = b.playEvents(events).catch(() => {}).then(() => { animating = null; if (!destroyed) b.update(view); });
    }
  };

  let cueState: CueState | null = null;
  const update = () => {
    const next = session.snapshot.match;
    if (!next) return;
    keepingFocus(() => redraw(next));
    const nextCue: CueState = {
      phase: session.snapshot.phase, round: next.round, outcome: next.outcome?.type ?? null,
      iWon: session.mySeat !== null && next.outcome?.winner === session.mySeat,
    };
    const cue = cueBetween(cueState, nextCue);
    cueState = nextCue;
    if (cue) playCue(cue);
  };

  const redraw = (next: MatchView) => {
    view = next;
    if (view.history.length < historyLen) feed.reset(); // a rematch
    if (view.history.length > historyLen) { historyLen = view.history.length; onResolved(); }
    historyLen = view.history.length;
    renderTop();
    ensureOrders();
    const seat = session.mySeat;
    if (seat !== null) renderMyFaction(myFactionEl, view, seat);
    orders?.update(view);
    renderFactions();
    renderWorld(worldEl, view);
    regions.update(view);
    renderForecastStrip();
    if (board && !animating) board.update(view);
    chat.update();
    // Redrawn when the room phase, a revealed agenda or the host changes (the host's buttons);
    // focused once, when it first shows.
    const key = view.outcome ? `${session.snapshot.phase}:${session.isHost}:${view.factions.map((f) => f.agenda).join(',')}` : '';
    if (view.outcome && key !== summaryKey) {
      const first = !summaryShown;
      summaryShown = true;
      summaryKey = key;
      fill(summaryHost, renderSummary(view, session, leave));
      sideEl.querySelector('.orders')?.remove();
      const heading = summaryHost.querySelector('h2') as HTMLElement | null;
      heading?.setAttribute('tabindex', '-1');
      if (first) heading?.focus();
    }
    if (summaryShown) {
      // The server takes a rematch only once the room has left the resolving pause.
      for (const button of summaryHost.querySelectorAll<HTMLButtonElement>('#rematch, #back-to-room-lobby')) {
        button.disabled = session.snapshot.phase !== 'ended';
      }
    }
    if (!view.outcome && summaryShown) {
      summaryShown = false; // a rematch started
      summaryKey = '';
      fill(summaryHost);
      sideKey = undefined;
      ensureOrders();
    }
  };

  let warnedFor = -1;
  const tick = window.setInterval(() => {
    const snap = session.snapshot;
    countdownEl.textContent = countdownText(snap);
    // One spoken reminder when time is nearly up and my orders are not final yet.
    const left = snap.deadline - serverNow();
    const seatInfo = session.mySeatInfo();
    if (snap.phase === 'orders' && seatInfo && !seatInfo.submitted && left > 0 && left <= 10_000 && warnedFor !== view.round) {
      warnedFor = view.round;
      announcer.textContent = '10 seconds left. Your draft counts even if you do not submit.';
      playCue('hurry');
      countdownEl.classList.add('urgent');
    }
    if (left > 10_000 || snap.phase !== 'orders') countdownEl.classList.remove('urgent');
  }, 250);
  const onKey = (e: KeyboardEvent) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); orders?.submit(); return; }
    if (typing) return;
    if (e.key === 'g' || e.key === 'G') { orders?.suggest(); }
    if (e.key === 'Escape') orders?.cancel();
  };
  const onResize = () => board?.resize();
  document.addEventListener('keydown', onKey);
  window.addEventListener('resize', onResize);

  update();
  void syncServerClock();
  return {
    update,
    destroy() {
      destroyed = true;
      clearInterval(tick);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', onResize);
      board?.destroy();
    },
  };
}

/** Sound on or off, remembered by the browser; pressed = on. An icon, so phones keep one line. */
function soundToggle(): HTMLElement {
  const icon = h('span', { class: 'icon' });
  const button = h('button', { class: 'sound-toggle', id: 'sound-toggle', type: 'button', 'aria-label': 'Sound' }, icon);
  const show = () => {
    const on = soundOn();
    icon.style.setProperty('--icon', `url("/icons/sound-${on ? 'on' : 'off'}.svg")`);
    button.title = on ? 'Sound on: click to mute' : 'Sound off: click to hear the round chimes';
    button.setAttribute('aria-pressed', String(on));
  };
  button.addEventListener('click', () => { setSoundOn(!soundOn()); show(); });
  show();
  return button;
}
