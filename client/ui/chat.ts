// Room chat, shared by the lobby, the match and the summary. Spectators chat too; their lines
// are marked so players can tell who is playing.
import type { Session } from '../net/session';
import { fill, h } from '../ui/dom';

export function chatPanel(session: Session): { el: HTMLElement; update(): void } {
  const log = h('ol', { class: 'chat-log', 'aria-label': 'Chat messages' });
  const input = h('input', {
    type: 'text', name: 'chat', maxlength: 200, autocomplete: 'off', 'aria-label': 'Chat message',
    placeholder: session.role === 'spectator' ? 'Say something (as a spectator)' : 'Say something',
  });
  const form = h('form', { class: 'chat-form' }, input, h('button', { type: 'submit' }, 'Send'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    session.chat(text);
    input.value = '';
  });
  const el = h('section', { class: 'card chat', 'aria-labelledby': 'chat-title' },
    h('h2', { id: 'chat-title' }, 'Chat'), log, form);
  let shown = -1;
  const update = () => {
    const lines = session.snapshot.chat;
    if (lines.length === shown) return;
    shown = lines.length;
    const nearBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    fill(log, lines.slice(-60).map((line) => h('li', {},
      h('b', {}, line.name), line.spectator ? h('span', { class: 'badge small' }, 'spectator') : null, ': ', line.text)));
    if (lines.length === 0) log.append(h('li', { class: 'hint' }, 'No messages yet.'));
    if (nearBottom) log.scrollTop = log.scrollHeight;
  };
  update();
  return { el, update };
}
