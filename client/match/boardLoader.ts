// Loads the Phaser board (client/board/index.ts) only when a match opens, so the landing page and
// the lobby never wait for Phaser. If the board cannot start (no WebGL or canvas), a plain map of
// region buttons stands in so the match stays playable.
import { controller } from '../../shared/index';
import type { MatchView } from '../../shared/types';
// Type-only: erased from the bundle, so Phaser still loads only through the dynamic import below.
import type { BoardCallbacks, BoardHandle } from '../board/index';

export type { BoardCallbacks, BoardHandle };

export async function loadBoard(parent: HTMLElement, callbacks: BoardCallbacks): Promise<BoardHandle> {
  try {
    const { mountBoard } = await import('../board/index');
    return await mountBoard(parent, callbacks);
  } catch (e) {
    console.warn('The board could not start; showing plain region buttons instead.', e);
    parent.replaceChildren();
    return placeholderBoard(parent, callbacks);
  }
}

function placeholderBoard(parent: HTMLElement, callbacks: BoardCallbacks): BoardHandle {
  const box = document.createElement('div');
  box.className = 'board-placeholder';
  parent.append(box);
  let selectable: number[] | null = null;
  let last: MatchView | null = null;
  const draw = () => {
    if (!last) return;
    box.replaceChildren();
    for (const region of last.regions) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'region-chip';
      b.style.left = `${region.x * 88 + 2}%`;
      b.style.top = `${region.y * 84 + 4}%`;
      const owner = controller(last, region.id);
      if (owner !== null) b.style.borderColor = last.factions[owner].colour;
      b.textContent = region.name;
      b.disabled = selectable !== null && !selectable.includes(region.id);
      if (selectable?.includes(region.id)) b.classList.add('selectable');
      b.addEventListener('click', () => callbacks.onRegionClick(region.id));
      box.append(b);
    }
  };
  return {
    update(view) { last = view; draw(); },
    async playEvents() { /* the news feed tells the story; nothing to animate here */ },
    setSelectable(regions) { selectable = regions; draw(); },
    resize() {},
    destroy() { box.remove(); },
  };
}
