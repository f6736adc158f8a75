// The map as a table: every region's population, wealth, controller and each faction's influence,
// so what the board draws can also be read as text (screen readers, small screens, tests).
import type { MatchView } from '../../shared/types';
import { fill, h, num } from '../ui/dom';
import { controller } from '../../shared/index';

export function regionTable(): { el: HTMLElement; update(view: MatchView): void } {
  const body = h('div', { class: 'region-table-wrap' });
  const el = h('details', { class: 'card regions', id: 'regions' },
    h('summary', {}, h('h2', { class: 'inline-heading' }, 'Regions as a table')), body);
  let drawnFor = '';
  return {
    el,
    update(view) {
      // Influence changes only when a round resolves: skip the rebuild on other patches.
      const key = `${view.round}:${view.history.length}:${view.factions.map((f) => f.influence.join(',')).join('|')}`;
      if (key === drawnFor) return;
      drawnFor = key;
      fill(body, h('table', { class: 'factions region-table' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Region'), h('th', { scope: 'col' }, 'Pop.'), h('th', { scope: 'col' }, 'Wealth'),
          h('th', { scope: 'col' }, 'Controlled by'),
          view.factions.map((f) => h('th', { scope: 'col' }, f.name)))),
        h('tbody', {}, view.regions.map((r) => {
          const owner = controller(view, r.id);
          const homeOf = view.factions.find((f) => f.home === r.id);
          return h('tr', {},
            h('th', { scope: 'row' }, r.name, homeOf ? h('span', { class: 'sub' }, ` home of ${homeOf.name}`) : null),
            h('td', {}, String(r.population)), h('td', {}, String(r.wealth)),
            h('td', {}, owner === null ? '—' : view.factions[owner].name),
            view.factions.map((f) => h('td', {}, num(f.influence[r.id] ?? 0),
              (f.decentralized[r.id] ?? 0) > 0 ? h('span', { class: 'sub' }, ` (${num(f.decentralized[r.id])} decentralised)`) : null)));
        }))));
    },
  };
}
