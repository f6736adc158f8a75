// The schema projection, encoded and decoded exactly as Colyseus does for each client's
// StateView: after every round of seeded bot matches, each viewer's decoded `match` must equal
// the engine's `viewFor` for that viewer — no more (secrets), no less (drift, lost patches).
import { Encoder, Reflection, type Decoder } from '@colyseus/schema';
import { describe, expect, it } from 'vitest';
import { createMatch, normalizeOptions, planOrders, resolveRound, viewFor } from '../../shared/index';
import { toMatchView } from '../../shared/protocol';
import type { MatchState, OrdersBySeat, Personality, Viewer } from '../../shared/types';
import { ClientView, MatchProjection } from '../../server/projection';
import { RoomState } from '../../server/schema';
import { engineViewAsDecoded } from './harness';

const PERSONALITIES: Personality[] = ['grower', 'pluralist', 'balancer'];

function expected(match: MatchState, viewer: Viewer): unknown {
  const view = engineViewAsDecoded(match, viewer);
  delete view.distances;
  return view;
}

function decoded(decoder: Decoder): unknown {
  const view = toMatchView((decoder.state as unknown as { match: { toJSON(): unknown } }).match.toJSON()) as unknown as Record<string, unknown>;
  delete view.distances;
  return JSON.parse(JSON.stringify(view));
}

function playAndCompare(seats: number, seed: string): number {
  const state = new RoomState();
  const projection = new MatchProjection();
  let match = createMatch(normalizeOptions({ seats, rounds: 12, names: Array.from({ length: seats }, (_, i) => `F${i}`) }), seed);
  state.match = projection.schema;
  projection.project(match, []);
  const encoder = new Encoder(state);
  const viewers: Viewer[] = [...Array.from({ length: seats }, (_, i) => i), 'spectator'];
  const views = viewers.map(() => new ClientView());
  const decoders = viewers.map(() => Reflection.decode(Reflection.encode(encoder)));
  const grant = () => viewers.forEach((viewer, i) => views[i].sync(projection.visibleTo(viewer), (x) => projection.has(x)));
  grant();
  viewers.forEach((_, i) => {
    const it = { offset: 0 };
    encoder.encodeAll(it);
    const shared = it.offset;
    decoders[i].decode(encoder.encodeAllView(views[i].view, shared, { offset: shared }));
  });
  encoder.discardChanges();
  viewers.forEach((viewer, i) => expect(decoded(decoders[i])).toEqual(expected(match, viewer)));

  let rounds = 0;
  while (match.phase !== 'ended') {
    const orders: OrdersBySeat = {};
    for (let s = 0; s < seats; s++) {
      const personality = PERSONALITIES[s % PERSONALITIES.length];
      orders[s] = { round: match.round, actions: planOrders(viewFor(match, s), s, { personality, level: 'normal' }, `${seed}:${match.round}:${s}`) };
    }
    const result = resolveRound(match, orders);
    match = result.state;
    projection.project(match, result.events);
    grant();
    const it = { offset: 0 };
    encoder.encode(it);
    const shared = it.offset;
    viewers.forEach((_, i) => decoders[i].decode(encoder.encodeView(views[i].view, shared, { ...it })));
    encoder.discardChanges();
    viewers.forEach((viewer, i) => expect(decoded(decoders[i]), `round ${match.round} viewer ${viewer}`).toEqual(expected(match, viewer)));
    rounds++;
  }
  return rounds;
}

describe('match projection through per-viewer StateViews', () => {
  for (const seats of [3, 4, 6]) {
    it(`keeps every viewer's decoded match equal to its engine view (${seats} seats)`, () => {
      for (const seed of ['alpha', 'beta', 'gamma']) expect(playAndCompare(seats, `${seed}-${seats}`)).toBeGreaterThan(0);
    });
  }
});
