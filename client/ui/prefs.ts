// What the browser remembers about the player between visits.
const NAME_KEY = 'bop.name';

const ADJECTIVES = ['Quiet', 'Plural', 'Open', 'Curious', 'Steady', 'Civic', 'Nimble', 'Patient'];
const NOUNS = ['Heron', 'Lantern', 'Harbour', 'Commons', 'Compass', 'Orchard', 'Bridge', 'Beacon'];

export function playerName(): string {
  const saved = localStorage.getItem(NAME_KEY)?.trim();
  if (saved) return saved;
  const n = Math.floor(Math.random() * 64);
  const name = `${ADJECTIVES[n % 8]} ${NOUNS[Math.floor(n / 8)]}`;
  localStorage.setItem(NAME_KEY, name);
  return name;
}

export function setPlayerName(name: string): void {
  const clean = name.trim().slice(0, 24);
  if (clean) localStorage.setItem(NAME_KEY, clean);
}
