// docs/RULES.md is drawn on by the in-game help: its reference tables must match the engine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withGenerated } from './rulesDoc';

describe('docs/RULES.md', () => {
  it('reference tables match shared/actions.ts and shared/balance.ts (regenerate: npx tsx tests/unit/rulesDoc.ts --write)', () => {
    const doc = readFileSync(new URL('../../docs/RULES.md', import.meta.url), 'utf8');
    expect(withGenerated(doc)).toBe(doc);
  });
});
