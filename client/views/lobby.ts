// The room lobby: seats, who is ready, the host's settings and bots, the invite link, chat.
import type { Session } from '../net/session';
import { chatPanel } from '../ui/chat';
import { fill, h, keepingFocus, toast } from '../ui/dom';
import { emblem, factionMarker, KIND_LABEL } from '../ui/factionStyle';
import type { Screen } from './room';

const TIMERS = [0, 15, 30, 45, 60, 90, 120, 180];
const ROUNDS = [3, 6, 9, 12, 15, 18, 24];

export function renderLobby(root: HTMLElement, session: Session, leave: () => void): Screen {
  document.title = `Room ${session.code} · Balance of Power`;
  const link = `${location.origin}/?room=${session.code}`;
  const copyButton = h('button', { id: 'copy-invite', class: 'primary' }, 'Copy invite link');
  copyButton.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(link);
      copyButton.textContent = 'Copied!';
    } catch {
      // Clipboard access can be refused: select the link so the player can copy it by hand.
      const field = document.getElementById('invite-link') as HTMLInputElement | null;
      field?.select();
      copyButton.textContent = 'Select and copy the link';
    }
    setTimeout(() => { copyButton.textContent = 'Copy invite link'; }, 2000);
  });

  const seatsBox = h('ol', { class: 'seats', 'aria-label': 'Seats' });
  const hostBox = h('div', { class: 'host-controls' });
  const statusBox = h('p', { class: 'lobby-status', role: 'status' });
  const readyButton = h('button', { id: 'ready' }, 'Ready');
  readyButton.addEventListener('click', () => session.ready(!session.mySeatInfo()?.ready));
  const chat = chatPanel(session);

  fill(root,
    h('header', { class: 'room-header' },
      h('button', { class: 'link', onclick: leave }, '← Leave room'),
      h('h1', {}, 'Room lobby'),
      session.role === 'spectator' ? h('span', { class: 'badge' }, 'Spectating') : null,
    ),
    h('section', { class: 'card invite', 'aria-labelledby': 'invite-title' },
      h('h2', { id: 'invite-title' }, 'Invite'),
      h('p', {}, 'Room code'),
      h('p', { class: 'big-code', id: 'room-code-display', 'aria-label': `Room code ${session.code.split('').join(' ')}` }, session.code),
      h('div', { class: 'row' },
        h('input', { id: 'invite-link', type: 'text', readonly: true, value: link, 'aria-label': 'Invite link' }),
        copyButton),
    ),
    h('section', { class: 'card', 'aria-labelledby': 'seats-title' },
      h('h2', { id: 'seats-title' }, 'Seats'), seatsBox, statusBox,
      session.role === 'player' ? h('div', { class: 'row', id: 'ready-row' }, readyButton,
        h('span', { class: 'hint' }, 'Tell the host you are set; the host starts the match.')) : null,
      hostBox),
    chat.el,
  );

  let startRequested = false;

  const autoStart = () => {
    // "Play vs bots": the host fills every other seat with a bot and starts, no questions asked.
    if (!session.autoStart || !session.isHost) return;
    // The server fills empty seats with bots on start.
    // Once only: a return to the room lobby after the match is for changing things, not a restart.
    if (!startRequested && session.snapshot.phase === 'lobby') {
      startRequested = true;
      session.autoStart = false;
      session.start();
    }
  };

  const update = () => keepingFocus(draw);

  const draw = () => {
    const snap = session.snapshot;
    const mine = session.mySeat;
    const isHost = session.isHost;
    fill(seatsBox, snap.seats.map((seat) => {
      const taken = seat.isBot || !!seat.sessionId || !!seat.name;
      const isMe = seat.seat === mine;
      return h('li', { class: `seat${isMe ? ' me' : ''}`, 'data-seat': seat.seat },
        factionMarker(seat.seat, snap.match, 22),
        emblem(seat.kind),
        h('span', { class: 'seat-kind' }, KIND_LABEL[seat.kind] ?? seat.kind),
        h('span', { class: 'seat-name' },
          seat.isBot ? `Bot${seat.name ? ` · ${seat.name}` : ''}` : taken ? seat.name || 'Player' : 'Open seat',
          isMe ? ' (you)' : '',
          seat.sessionId && seat.sessionId === snap.hostSessionId ? ' · host' : '',
          !seat.isBot && taken && !seat.connected ? ' · away' : ''),
        h('span', { class: 'seat-state' }, seat.isBot || (seat.sessionId && seat.sessionId === snap.hostSessionId) ? ''
          : seat.ready ? '✓ ready' : taken ? 'not ready' : ''),
        h('span', { class: 'seat-actions' },
          session.role === 'player' && !taken && !isMe
            ? h('button', { id: `seat-${seat.seat}-sit`, onclick: () => session.pickSeat(seat.seat) }, 'Sit here') : null,
          isHost && !taken ? h('button', { id: `seat-${seat.seat}-add-bot`, onclick: () => session.addBot(seat.seat) }, 'Add bot') : null,
          isHost && seat.isBot ? h('button', { id: `seat-${seat.seat}-remove-bot`, onclick: () => session.removeBot(seat.seat) }, 'Remove bot') : null,
          isHost && !seat.isBot && taken && !isMe && seat.sessionId
            ? h('button', { id: `seat-${seat.seat}-kick`, onclick: () => session.kick(seat.sessionId) }, 'Kick') : null,
        ));
    }));
    const humans = snap.seats.filter((s) => !s.isBot && (s.sessionId || s.name));
    const notReady = humans.filter((s) => !s.ready && s.sessionId !== snap.hostSessionId).length;
    const o = snap.options;
    const settingsLine = `${o.rounds} rounds · orders timer ${o.turnSeconds ? `${o.turnSeconds} s` : '90 s, then 45 s'} · ${o.private ? 'private' : 'listed publicly'}. `;
    statusBox.textContent = session.autoStart || (startRequested && snap.phase === 'lobby')
      ? 'Filling the seats with bots and starting…'
      : settingsLine + `${humans.length} player${humans.length === 1 ? '' : 's'}, ${snap.seats.filter((s) => s.isBot).length} bots` +
        `${snap.spectators ? `, ${snap.spectators} watching` : ''}. ` +
        (isHost ? 'Empty seats are played by bots when you start.' : 'Waiting for the host to start.') +
        (notReady ? ` ${notReady} not ready yet.` : '');
    // The host's own readiness counts for nothing: the host starts the match.
    const readyRow = document.getElementById('ready-row');
    if (readyRow) readyRow.hidden = isHost || session.mySeat === null;
    readyButton.textContent = session.mySeatInfo()?.ready ? 'Not ready' : 'Ready';
    readyButton.setAttribute('aria-pressed', String(!!session.mySeatInfo()?.ready));
    renderHostControls(hostBox, session);
    chat.update();
    autoStart();
  };

  update();
  return { update, destroy() {} };
}

function renderHostControls(box: HTMLElement, session: Session): void {
  if (!session.isHost) { fill(box); return; }
  const o = session.snapshot.options;
  // Rebuilding a focused select would steal focus from the host mid-choice.
  if (box.contains(document.activeElement) && box.dataset.sig === JSON.stringify(o)) return;
  box.dataset.sig = JSON.stringify(o);
  const select = (id: string, label: string, values: number[], current: number, fmt: (n: number) => string,
    onPick: (n: number) => void) => {
    const el = h('select', { id }, values.map((v) => h('option', { value: v, selected: v === current }, fmt(v))));
    el.addEventListener('change', () => onPick(Number(el.value)));
    return h('label', { for: id, class: 'inline' }, label, el);
  };
  const publicBox = h('input', { type: 'checkbox', id: 'room-public', checked: !o.private });
  publicBox.addEventListener('change', () => session.configure({ private: !publicBox.checked }));
  fill(box,
    h('h3', {}, 'Host settings'),
    h('div', { class: 'row options' },
      select('cfg-rounds', 'Rounds', ROUNDS, o.rounds, String, (n) => session.configure({ rounds: n })),
      select('cfg-timer', 'Turn timer', TIMERS, o.turnSeconds, (n) => (n ? `${n} s` : '90 s, then 45 s'), (n) => session.configure({ turnSeconds: n })),
      select('cfg-seats', 'Seats', [3, 4, 5, 6], o.seats, String, (n) => session.configure({ seats: n })),
      h('label', { for: 'room-public', class: 'inline' }, publicBox, 'Listed publicly'),
    ),
    h('button', { id: 'start-match', class: 'primary big', onclick: () => {
      if (session.mySeat === null) toast('Take a seat first, or the match will have no people in it.', 'info');
      session.start();
    } }, 'Start match'),
  );
}
