// Entry: decides which screen to show. The landing page is the only thing loaded up front; the
// room screens (lobby, match, summary) and the board with Phaser load when a room opens.
import './styles.css';
import { renderLanding } from './views/landing';
import { Session, type Role } from './net/session';
import { fill, h, toast } from './ui/dom';
import { playerName } from './ui/prefs';

const app = document.getElementById('app')!;

export async function enterRoom(open: () => Promise<Session>): Promise<void> {
  fill(app, h('p', { class: 'loading', role: 'status' }, 'Joining the room…'));
  let session: Session;
  try {
    session = await open();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    history.replaceState(null, '', '/');
    showLanding();
    toast(message);
    return;
  }
  const url = `/?room=${session.code}${session.role === 'spectator' ? '&watch=1' : ''}`;
  if (location.pathname + location.search !== url) history.pushState(null, '', url);
  const { mountRoom } = await import('./views/room');
  mountRoom(app, session, () => {
    void session.leave();
    history.pushState(null, '', '/');
    showLanding();
  });
}

function showLanding(): void {
  document.title = 'Balance of Power';
  renderLanding(app, {
    openRoom: (code, role) => enterRoom(() => Session.open(code, playerName(), role)),
    create: (options) => enterRoom(() => Session.create({ ...options, name: playerName() })),
    playVsBots: (options) => enterRoom(async () => {
      const session = await Session.create({ ...options, name: playerName(), private: true });
      session.autoStart = true;
      return session;
    }),
  });
}

function route(): void {
  const params = new URLSearchParams(location.search);
  const code = params.get('room');
  if (code) {
    const role: Role | undefined = params.get('watch') ? 'spectator' : undefined;
    void enterRoom(() => Session.open(code, playerName(), role));
  } else {
    showLanding();
  }
}

window.addEventListener('popstate', () => location.reload());
route();
