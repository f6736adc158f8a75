// The cues as sound: a few notes synthesised with the Web Audio API, so there is nothing to
// download and nothing borrowed. Quiet by design; off with the sound toggle, which the browser
// remembers. Audio starts only after the page has had a click or key press (browsers insist).
import type { Cue } from './cues';

const MUTE_KEY = 'bop.sound';

/** [frequency Hz, start s, length s] per note. */
const NOTES: Record<Cue, Array<[number, number, number]>> = {
  roundOpen: [[523.25, 0, 0.12], [659.25, 0.1, 0.16]],
  resolved: [[392, 0, 0.1], [493.88, 0.08, 0.1], [587.33, 0.16, 0.18]],
  hurry: [[880, 0, 0.07], [880, 0.14, 0.07]],
  won: [[523.25, 0, 0.14], [659.25, 0.12, 0.14], [783.99, 0.24, 0.14], [1046.5, 0.36, 0.32]],
  over: [[440, 0, 0.18], [349.23, 0.16, 0.3]],
};

let context: AudioContext | null = null;

export function soundOn(): boolean {
  return localStorage.getItem(MUTE_KEY) !== 'off';
}

export function setSoundOn(on: boolean): void {
  localStorage.setItem(MUTE_KEY, on ? 'on' : 'off');
}

export function playCue(cue: Cue): void {
  if (!soundOn() || typeof AudioContext !== 'function') return;
  // Only once the page has been used: an AudioContext made before then stays suspended.
  // (Browsers without `userActivation` just try.)
  if (navigator.userActivation && !navigator.userActivation.hasBeenActive) return;
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
    const start = context.currentTime + 0.02;
    for (const [frequency, at, length] of NOTES[cue]) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = 'triangle';
      osc.frequency.value = frequency;
      // A soft attack and an exponential fade: a chime, not a beep.
      gain.gain.setValueAtTime(0.0001, start + at);
      gain.gain.exponentialRampToValueAtTime(0.12, start + at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + at + length);
      osc.connect(gain).connect(context.destination);
      osc.start(start + at);
      osc.stop(start + at + length + 0.02);
    }
  } catch {
    // No audio device, or the browser refused: the game reads the same without sound.
  }
}
