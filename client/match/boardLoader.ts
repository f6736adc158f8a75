// Loads the Phaser board (client/board/index.ts) only when a match opens, so the landing page and
// the lobby never wait for Phaser. If the board cannot start (no WebGL or canvas), a plain map of
// region buttons stands in so the match stays playable.
import type { GameEvent, MatchView } from '../../shared/types';

export interface BoardHandle {
  update(view: MatchView): void;
  playEvents(events: GameEvent[]): Promise<void>;
  setSelectable(regions: number[] | null): void;
  resize(): void;
  destroy(): void;
}

export interface BoardCallbacks { onRegionClick(region: number): void; onFactionClick?(seat: number): void }

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

/** The faction with the most influence in a region if it holds at least 3, else null. */
export function controller(view: MatchView, region: number): number | null {
  let best: number | null = null;
  let bestInfluence = 0;
  let tie = false;
  for (const f of view.factions) {
    const inf = f.influence[region] ?? 0;
    if (inf > bestInfluence) { best = f.seat; bestInfluence = inf; tie = false; }
    else if (inf === bestInfluence) tie = true;
  }
  return best !== null && bestInfluence >= 3 && !tie ? best : null;
}
