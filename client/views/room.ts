// A room's screens: the lobby before the start, the match while it runs, the summary at the end.
// Switches on the room phase from the server; each screen updates in place on every patch.
import type { Session } from '../net/session';
import { fill, h, toast } from '../ui/dom';
import { renderLobby } from './lobby';

export interface Screen { update(): void; destroy(): void }

export function mountRoom(root: HTMLElement, session: Session, leave: () => void): void {
  let screen: Screen | null = null;
  let screenKind = '';
  let loading = false;

  const screenFor = (): string => {
    const { phase, match } = session.snapshot;
    if (phase === 'lobby' || !match) return 'lobby';
    return 'match'; // the match screen shows the summary itself once the outcome arrives
  };

  const sync = async () => {
    if (screenKind === 'closed') return;
    const kind = screenFor();
    if (kind === screenKind) { screen?.update(); return; }
    if (loading) return;
    screen?.destroy();
    screen = null;
    screenKind = kind;
    if (kind === 'lobby') {
      screen = renderLobby(root, session, leave);
    } else {
      loading = true;
      fill(root, h('p', { class: 'loading', role: 'status' }, 'Opening the match…'));
      const { renderMatch } = await import('./match');
      loading = false;
      screen = renderMatch(root, session, leave);
      if (screenFor() !== 'match') void sync();
    }
  };

  session.onChange(() => { void sync(); });
  session.onError((text) => toast(text));
  session.onClosed((text) => {
    // The room is gone for this page: say so plainly and offer the ways forward.
    screen?.destroy();
    screen = null;
    screenKind = 'closed';
    fill(root, h('section', { class: 'card closed', role: 'alert' },
      h('h1', {}, 'Disconnected'),
      h('p', {}, text),
      h('div', { class: 'row' },
        h('button', { class: 'primary', onclick: () => location.reload() }, 'Try again'),
        h('button', { onclick: leave }, 'Back to the main page'))));
  });
  void sync();
}
