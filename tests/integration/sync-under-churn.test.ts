// Every client's decoded state stays in step with the server while rooms churn: people drop
// and come back, spectators come and go in crowds, chat overflows its history, matches end in a
// rematch or a fresh room. Each of these once left a colyseus.js decoder out of step (see the
// notes in server/schema.ts and MatchRoom.sendFullState); tests/load/syncStress.ts is the
// longer run of the same check.
import { describe, expect, it } from 'vitest';
import { runStress } from '../load/syncStress';

describe('state sync under churn', () => {
  it('no client ever decodes a state that differs from the engine\'s view for it', async () => {
    const result = await runStress({
      rooms: 8, seconds: 15, turnMs: 300, resolvingMs: 50, chaos: 0.1, chatter: 1, crowd: 24, seed: 7,
    });
    expect(result.samples).toEqual([]);
    expect(result.refIdErrors).toBe(0);
    expect(result.bufferOverflows).toBe(0);
    expect(result.decoderWarnings).toBe(0);
    expect(result.mismatches).toBe(0);
    expect(result.decodeFailures).toBe(0);
    // Removed objects are let go of: no decoder piles up the rounds' events or offers.
    expect(result.maxDeadRefs).toBe(0);
    // The run really exercised what it claims to.
    expect(result.checks).toBeGreaterThan(500);
    expect(result.drops).toBeGreaterThan(20);
    expect(result.rejoins).toBeGreaterThan(10);
    expect(result.roomsRecreated).toBeGreaterThan(0);
    expect(result.maxEncodedBytes).toBeLessThan(result.bufferBytes / 2);
  }, 60_000);
});
