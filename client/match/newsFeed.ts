// The news feed: every event of every round as a sentence, newest round first. It is a log
// region, so screen readers announce each round's events as they arrive.
import type { GameEvent } from '../../shared/types';
import { h } from '../ui/dom';

export function newsFeed(): { el: HTMLElement; addRound(round: number, events: GameEvent[]): void; has(round: number): boolean; reset(): void } {
  const list = h('div', { class: 'feed', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', id: 'news-feed' });
  const el = h('section', { class: 'card news', 'aria-labelledby': 'news-title' }, h('h2', { id: 'news-title' }, 'News'), list);
  const seen = new Set<number>();
  list.append(h('p', { class: 'hint', id: 'news-empty' }, 'Events appear here when the first round resolves.'));
  return {
    el,
    has: (round) => seen.has(round),
    /** A rematch starts the story over. */
    reset() {
      seen.clear();
      list.replaceChildren(h('p', { class: 'hint', id: 'news-empty' }, 'Events appear here when the first round resolves.'));
    },
    addRound(round, events) {
      if (seen.has(round)) return;
      seen.add(round);
      list.querySelector('#news-empty')?.remove();
      const block = h('article', { class: 'feed-round', 'data-round': round },
        h('h3', {}, `Round ${round}`),
        h('ul', {}, events.length ? events.map((e) => h('li', { class: `event event-${e.type}${e.visibleTo ? ' private' : ''}` }, e.text)) : h('li', {}, 'A quiet round.')));
      list.prepend(block);
    },
  };
}
