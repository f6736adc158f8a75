// Projects the authoritative MatchState into the room's schema, and decides per viewer which
// secret-carrying objects its StateView holds. Public fields come from the engine's spectator
// view (`viewFor(state, 'spectator')`), so a fact hidden from spectators never reaches the
// shared part of the schema; a seat's secrets come from that seat's own `viewFor`.
import { ArraySchema, Schema, StateView } from '@colyseus/schema';
import { eventsFor, viewFor } from '../shared/index';
import type { GameEvent, MatchState, Offer, Viewer } from '../shared/types';
import { AGENDA_TAG, FactionState, GameEventState, MatchSchema, OfferState } from './schema';
import { syncSchema } from './syncSchema';

/** Who may see a secret-carrying object: everyone, or only these seats. */
type Audience = 'all' | number[];

/** A secret-carrying object and the StateView tag it is added under (undefined = default). */
export type Grant = [Schema, number | undefined];

export class MatchProjection {
  readonly schema = new MatchSchema();
  /** Audience of each secret-carrying object currently in the schema. */
  private audiences = new Map<Schema, Audience>();
  /** The events array last copied in: a new round brings a new array. */
  private eventsSource?: GameEvent[];

  /** Bring the schema up to date with `state`; `events` = the last round's events (all viewers). */
  project(state: MatchState, events: GameEvent[] = state.lastEvents): void {
    const publicView = viewFor(state, 'spectator');
    syncSchema(this.schema, publicView as unknown as Record<string, unknown>);

    const audiences = new Map<Schema, Audience>();
    const ownViews = state.factions.map((f) => viewFor(state, f.seat));
    this.schema.factions.forEach((faction: FactionState, index: number) => {
      const publicAgenda = publicView.factions[index]?.agenda ?? null;
      const ownAgenda = ownViews[index]?.factions[index]?.agenda ?? null;
      const agenda = publicAgenda ?? ownAgenda ?? undefined;
      if (faction.agenda !== agenda) faction.agenda = agenda;
      audiences.set(faction, publicAgenda !== null ? 'all' : [index]);
    });

    this.rebuildOffers(this.schema.pactOffers, state.pactOffers, audiences);
    this.rebuildOffers(this.schema.standardOffers, state.standardOffers, audiences);
    this.rebuildEvents(events, state.factions.length, audiences);
    this.audiences = audiences;
  }

  /** Every open offer, in the engine's order; each is visible to its two parties only. */
  private rebuildOffers(list: ArraySchema<OfferState>, offers: Offer[], audiences: Map<Schema, Audience>): void {
    const same = list.length === offers.length
      && offers.every((o, i) => list[i].from === o.from && list[i].to === o.to && list[i].round === o.round);
    if (!same) {
      // New objects rather than edits in place: an object must never change its audience.
      // Emptied by clear(): clients' decoders release children removed that way, and keep
      // forever those popped and replaced in one patch (docs/PERFORMANCE.md, "Third soak").
      list.clear();
      for (const offer of offers) {
        const item = new OfferState();
        syncSchema(item, offer as unknown as Record<string, unknown>);
        list.push(item);
      }
    }
    list.forEach((item) => audiences.set(item, [item.from, item.to]));
  }

  private rebuildEvents(events: GameEvent[], seats: number, audiences: Map<Schema, Audience>): void {
    const list = this.schema.lastEvents;
    if (this.eventsSource !== events) {
      list.clear(); // not pop(): see rebuildOffers
      for (const event of events) {
        const item = new GameEventState();
        syncSchema(item, event as unknown as Record<string, unknown>);
        list.push(item);
      }
      this.eventsSource = events;
    }
    // Audience per event from the engine's own filter, so the rule lives in one place.
    const visibleBySeat: Set<GameEvent>[] = [];
    for (let seat = 0; seat < seats; seat++) visibleBySeat.push(new Set(eventsFor(events, seat)));
    const publicEvents = new Set(eventsFor(events, 'spectator'));
    events.forEach((event, index) => {
      const item = list[index];
      if (!item) return;
      if (publicEvents.has(event)) {
        audiences.set(item, 'all');
      } else {
        const parties: number[] = [];
        visibleBySeat.forEach((set, seat) => { if (set.has(event)) parties.push(seat); });
        audiences.set(item, parties);
      }
    });
  }

  /** Every secret-carrying object currently in the match schema. */
  has(item: Schema): boolean {
    return this.audiences.has(item);
  }

  /** Objects this viewer may see among the secret-carrying ones, with their view tag. */
  visibleTo(viewer: Viewer): Grant[] {
    const visible: Grant[] = [];
    for (const [item, audience] of this.audiences) {
      if (audience === 'all' || (viewer !== 'spectator' && audience.includes(viewer))) {
        visible.push([item, item instanceof FactionState ? AGENDA_TAG : undefined]);
      }
    }
    return visible;
  }
}

/**
 * A client's StateView plus the set of secret-carrying objects it holds, so a change of
 * viewer or of audiences only adds and removes the difference.
 */
export class ClientView {
  readonly view = new StateView();
  private held = new Map<Schema, number | undefined>();

  /**
   * A new view holding what this one holds, with nothing pending: for a client that has
   * decoded everything this view sent and now needs a view of its own.
   */
  copy(): ClientView {
    const twin = new ClientView();
    for (const [item, tag] of this.held) {
      try {
        twin.view.add(item, tag);
        twin.held.set(item, tag);
      } catch { /* no longer in the state: nothing to hold */ }
    }
    twin.view.changes.clear();
    return twin;
  }

  /** Make the view hold exactly `wanted` (objects no longer in the state are just forgotten). */
  sync(wanted: Iterable<Grant>, alive: (item: Schema) => boolean): void {
    const next = new Map(wanted);
    for (const [item, tag] of this.held) {
      if (next.has(item) && next.get(item) === tag) continue;
      if (alive(item)) {
        try { this.view.remove(item, tag); } catch { /* detached already */ }
      }
      this.held.delete(item);
    }
    for (const [item, tag] of next) {
      if (this.held.has(item)) continue;
      this.view.add(item, tag);
      this.held.set(item, tag);
    }
  }
}
