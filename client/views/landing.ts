// The landing page: a name, one click into a match against bots, private rooms, join by code,
// the live list of public matches, and the way into "How to play".
import { fill, h, toast } from '../ui/dom';
import { playerName, setPlayerName } from '../ui/prefs';
import type { Role } from '../net/session';

export interface LandingActions {
  openRoom(code: string, role?: Role): void;
  create(options: { private: boolean; rounds?: number; seats?: number }): void;
  playVsBots(options: { rounds: number; seats: number }): void;
}

interface PublicRoom {
  code: string; phase: string; players: number; seats: number; spectators: number;
  round: number; rounds: number; host: string;
}

let pollTimer = 0;

export function renderLanding(root: HTMLElement, actions: LandingActions): void {
  clearInterval(pollTimer);
  const nameInput = h('input', {
    id: 'player-name', name: 'name', type: 'text', maxlength: 24, autocomplete: 'nickname',
    value: playerName(), required: true,
  });
  nameInput.addEventListener('input', () => setPlayerName(nameInput.value));
  const saveName = () => setPlayerName(nameInput.value);

  const length = h('select', { id: 'match-length', name: 'rounds' },
    h('option', { value: '12' }, 'Standard — 12 rounds'),
    h('option', { value: '6' }, 'Short — 6 rounds'),
    h('option', { value: '3' }, 'Quick — 3 rounds'),
  );
  const seats = h('select', { id: 'match-seats', name: 'seats' },
    ...[3, 4, 5, 6].map((n) => h('option', { value: n }, `${n} factions`)),
  );

  const codeInput = h('input', {
    id: 'room-code', name: 'code', type: 'text', maxlength: 6, autocomplete: 'off', spellcheck: 'false',
    placeholder: 'e.g. K7M2QX', pattern: '[A-Za-z0-9]{6}', 'aria-describedby': 'code-help', class: 'code-input',
  });
  const joinForm = h('form', { class: 'join-form', 'aria-labelledby': 'join-title' },
    h('h2', { id: 'join-title' }, 'Join with a code'),
    h('label', { for: 'room-code' }, 'Room code'),
    h('div', { class: 'row' },
      codeInput,
      h('button', { type: 'submit', class: 'primary' }, 'Join'),
      h('button', { type: 'button', 'data-watch': '1', onclick: () => submitCode('spectator') }, 'Watch'),
    ),
    h('p', { id: 'code-help', class: 'hint' }, 'The host sees the code in their room lobby.'),
  );
  const submitCode = (role?: Role) => {
    saveName();
    const code = codeInput.value.trim().toUpperCase();
    if (!/^[A-Z0-9]{6}$/.test(code)) { toast('A room code has 6 letters or digits, like K7M2QX.'); codeInput.focus(); return; }
    actions.openRoom(code, role);
  };
  joinForm.addEventListener('submit', (e) => { e.preventDefault(); submitCode(); });

  const roomsBody = h('div', { id: 'public-rooms', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Looking for matches…'));

  fill(root,
    h('header', { class: 'hero' },
      h('img', { src: '/favicon.svg', alt: '', width: 56, height: 56, class: 'logo' }),
      h('div', {},
        h('h1', {}, 'Balance of Power'),
        h('p', { class: 'tagline' }, 'Grow fast. Stay plural. A strategy game for 3–6 States, Corporations and Movements sharing one world.'),
      ),
    ),
    h('section', { class: 'card start', 'aria-labelledby': 'start-title' },
      h('h2', { id: 'start-title' }, 'Start playing'),
      h('label', { for: 'player-name' }, 'Your name'),
      nameInput,
      h('div', { class: 'row options' },
        h('label', { for: 'match-length', class: 'inline' }, 'Length', length),
        h('label', { for: 'match-seats', class: 'inline' }, 'Size', seats),
      ),
      h('div', { class: 'row' },
        h('button', {
          class: 'primary big', id: 'play-bots',
          onclick: () => { saveName(); actions.playVsBots({ rounds: Number(length.value), seats: Number(seats.value) }); },
        }, 'Play vs bots'),
        h('button', {
          class: 'big', id: 'create-room',
          onclick: () => { saveName(); actions.create({ private: true, rounds: Number(length.value), seats: Number(seats.value) }); },
        }, 'Create private room'),
      ),
      h('p', { class: 'hint' }, 'A private room gives you an invite link; anyone with it can take a seat or watch.'),
      h('p', { class: 'hint' }, 'New here? ',
        h('button', { class: 'link', type: 'button', onclick: () => void openHowToPlay() }, 'Read how to play'),
        ' (two minutes), or just press Play vs bots: the Suggest button fills in a sensible first move.'),
    ),
    h('section', { class: 'card' }, joinForm),
    h('section', { class: 'card', 'aria-labelledby': 'rooms-title' },
      h('h2', { id: 'rooms-title' }, 'Public matches'),
      roomsBody,
    ),
    h('section', { class: 'card', 'aria-labelledby': 'howto-title' },
      h('h2', { id: 'howto-title' }, 'How to play'),
      h('p', {}, 'Each round everyone secretly orders up to three actions, then all of them resolve at once. Growth compounds, so the leader tends to pull away. The world only wins if it keeps growing and stays plural; a faction or bloc that holds too much of the world’s power for several rounds in a row wins alone.'),
      h('button', { id: 'how-to-play', onclick: () => void openHowToPlay() }, 'Read the full rules'),
    ),
    h('footer', { class: 'footer' }, 'Open source. Built around the question: how do we get rapid progress without extreme concentration of power?'),
  );

  const refresh = async () => {
    if (!roomsBody.isConnected) { clearInterval(pollTimer); return; }
    try {
      const res = await fetch('/api/rooms');
      if (!res.ok) throw new Error(String(res.status));
      renderRooms(roomsBody, normaliseRooms(await res.json()), (code, role) => { saveName(); actions.openRoom(code, role); });
    } catch {
      fill(roomsBody, h('p', { class: 'hint' }, 'The list of matches is not available right now.'));
    }
  };
  void refresh();
  pollTimer = window.setInterval(refresh, 4000);
}

function normaliseRooms(data: any): PublicRoom[] {
  const rows: any[] = Array.isArray(data) ? data : Array.isArray(data?.rooms) ? data.rooms : [];
  return rows.map((r) => {
    const m = r.metadata ?? r;
    return {
      code: String(r.code ?? r.roomId ?? m.code ?? ''),
      phase: String(m.phase ?? 'lobby'),
      players: Number(m.seatsTaken ?? m.players ?? r.clients ?? 0),
      seats: Number(m.seatsTotal ?? m.seats ?? 3),
      spectators: Number(m.spectators ?? 0),
      round: Number(m.round ?? 0),
      rounds: Number(m.rounds ?? 0),
      host: String(m.hostName ?? m.host ?? ''),
    };
  }).filter((r) => r.code);
}

function renderRooms(root: HTMLElement, rooms: PublicRoom[], open: (code: string, role?: Role) => void): void {
  if (rooms.length === 0) {
    fill(root, h('p', { class: 'hint' }, 'No public match right now. Start one: a room you create can be made public in its lobby.'));
    return;
  }
  fill(root, h('ul', { class: 'room-list' }, rooms.map((r) => h('li', { class: 'room-row', 'data-code': r.code },
    h('span', { class: 'room-code' }, r.code),
    h('span', { class: 'room-info' },
      r.host ? `${r.host}'s room · ` : '',
      r.phase === 'lobby' ? 'in the lobby' : r.phase === 'ended' ? 'finished' : `round ${r.round}${r.rounds ? ` of ${r.rounds}` : ''}`,
      ` · ${r.players}/${r.seats} players`,
      r.spectators ? ` · ${r.spectators} watching` : ''),
    h('span', { class: 'room-actions' },
      h('button', { onclick: () => open(r.code, 'spectator'), 'aria-label': `Watch match ${r.code}` }, 'Watch'),
      r.phase === 'lobby' ? h('button', { class: 'primary', onclick: () => open(r.code, 'player'), 'aria-label': `Join match ${r.code}` }, 'Join') : null,
    ),
  ))));
}

async function openHowToPlay(): Promise<void> {
  const { showHowToPlay } = await import('./howToPlay');
  showHowToPlay();
}
