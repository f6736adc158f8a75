// The board's public face (CONTRACTS.md item 4): mount a Phaser game into a parent element and
// hand back a small handle. The client app loads this module lazily when a match view opens.
import * as Phaser from 'phaser';
import type { GameEvent, MatchView } from '../../shared/types';
import { BoardScene, type BoardCallbacks } from './BoardScene';
import { controller } from '../../shared/index';
import { loadEmblems } from './emblems';
import { ResolutionPlayer } from './resolution';
import { THEME } from './theme';

export interface BoardHandle {
  update(view: MatchView): void;
  playEvents(events: GameEvent[]): Promise<void>;
  setSelectable(regions: number[] | null): void;
  resize(): void;
  destroy(): void;
}

/** Height the board takes when its parent gives it none, as a share of its width. */
const FALLBACK_ASPECT = 0.8;

export async function mountBoard(parent: HTMLElement, callbacks: BoardCallbacks): Promise<BoardHandle> {
  const emblems = await loadEmblems();

  // A wrapper of our own, so the canvas never feeds back into the parent's size.
  const host = document.createElement('div');
  host.className = 'bop-board';
  host.style.cssText = 'position:relative;width:100%;height:100%;overflow:hidden;touch-action:manipulation;';
  parent.appendChild(host);

  const measure = () => {
    const rect = host.getBoundingClientRect();
    const width = Math.max(200, Math.floor(rect.width));
    let height = Math.floor(rect.height);
    if (height < 120) {
      height = Math.round(width * FALLBACK_ASPECT);
      host.style.height = `${height}px`;
    }
    // Cap the density: 2× is crisp on phones and keeps big desktop canvases cheap.
    const dpr = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
    return { width, height, dpr };
  };

  const first = measure();
  const scene = new BoardScene(callbacks, emblems);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: host,
    backgroundColor: THEME.background,
    banner: false,
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: Math.round(first.width * first.dpr),
      height: Math.round(first.height * first.dpr),
    },
    render: { antialias: true, roundPixels: false },
    scene: [scene],
  });
  await scene.whenReady;

  const canvas = game.canvas;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'Game board');
  canvas.tabIndex = -1;
  canvas.style.outline = 'none';

  const player = new ResolutionPlayer(scene);
  let destroyed = false;
  let lastSize = '';
  let picking = false;
  let animating = 0;

  // The board is still most of the time: the game loop sleeps when nothing moves, so an idle
  // match costs no frames (and no battery), and wakes for input, updates and animations.
  let awakeUntil = 0;
  let sleepTimer = 0;
  const trySleep = () => {
    if (destroyed) return;
    const left = awakeUntil - performance.now();
    if (picking || animating > 0 || left > 0) {
      sleepTimer = window.setTimeout(trySleep, Math.max(50, left + 20));
      return;
    }
    game.loop.sleep();
  };
  const keepAwake = (ms = 700) => {
    if (destroyed) return;
    awakeUntil = Math.max(awakeUntil, performance.now() + ms);
    if (!game.loop.running) game.loop.wake();
    window.clearTimeout(sleepTimer);
    sleepTimer = window.setTimeout(trySleep, ms + 20);
  };
  for (const type of ['pointermove', 'pointerdown', 'pointerup', 'pointerleave', 'touchstart']) {
    canvas.addEventListener(type, () => keepAwake(), { passive: true });
  }
  game.events.on('visible', () => keepAwake());

  const resize = () => {
    if (destroyed) return;
    const { width, height, dpr } = measure();
    const key = `${width}x${height}@${dpr}`;
    if (key === lastSize) return;
    lastSize = key;
    keepAwake();
    game.scale.setGameSize(Math.round(width * dpr), Math.round(height * dpr));
    scene.setSize(width, height, dpr);
  };
  resize();

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => resize()) : null;
  observer?.observe(host);

  return {
    update(view) {
      if (destroyed) return;
      keepAwake();
      scene.setView(view);
      canvas.setAttribute('aria-label', describeBoard(view));
      // Two frames on, the view is on the canvas: tests wait for this before a screenshot.
      if (!host.dataset.drawn) requestAnimationFrame(() => requestAnimationFrame(() => { host.dataset.drawn = 'true'; }));
    },
    playEvents(events) {
      if (destroyed) return Promise.resolve();
      // Visible to tests and styles: whether a round is being animated, and how many have been.
      host.dataset.animating = 'true';
      host.dataset.roundsPlayed = String(Number(host.dataset.roundsPlayed ?? 0) + 1);
      animating++;
      keepAwake();
      return player.play(events).finally(() => {
        animating--;
        host.dataset.animating = animating > 0 ? 'true' : 'false';
        keepAwake(300);
      });
    },
    setSelectable(regions) {
      if (destroyed) return;
      picking = regions !== null;
      keepAwake();
      scene.setSelectable(regions);
    },
    resize,
    destroy() {
      if (destroyed) return;
      player.stop();
      observer?.disconnect();
      window.clearTimeout(sleepTimer);
      // Phaser finishes destroying on its next step, so the loop must be running.
      if (!game.loop.running) game.loop.wake();
      destroyed = true;
      game.destroy(true);
      host.remove();
    },
  };
}

/** A one-line summary for assistive technology; the full facts are in the page's HTML. */
function describeBoard(view: MatchView): string {
  const held = view.factions.map((f) => {
    const count = view.regions.filter((r) => controller(view, r.id) === f.seat).length;
    return `${f.name} controls ${count}`;
  });
  return `Game board, ${view.regions.length} regions: ${held.join(', ')}.`;
}

export type { BoardCallbacks } from './BoardScene';
