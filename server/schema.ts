// The room state sent to clients: room meta (seats, phase, chat) plus `match`, a schema mirror
// of the shared `MatchView` so `state.match.toJSON()` reads like one. Fields marked `@view()`
// are secrets: only clients whose StateView holds the object receive them (see projection.ts).
// Names match shared/types.ts field for field: syncSchema copies a plain view in by name.
// Fractional quantities are float64: schema's 'number' would send them as float32 and the
// client's view would drift from the engine's by up to 1e-4.
import { ArraySchema, Encoder, Schema, type, view } from '@colyseus/schema';

/**
 * Room of each room's encoding buffers. One patch writes the shared changes and then every
 * distinct view's part one after the other into the same buffer; when that outgrows the
 * buffer, schema 3.0.76 regrows it but keeps slicing the old one for the views, so clients get
 * truncated patches (cut-off strings, then `"refId" not found`). Seats have a view each and
 * spectators share one, so a patch is at most the shared part plus seven views' parts: the
 * largest seen under tests/load/syncStress.ts is reported there, well under this. Pages a room
 * never writes are never resident, so a large size costs address space, not memory.
 */
Encoder.BUFFER_SIZE = 128 * 1024;

// ---------------------------------------------------------------- match mirror

export class RegionState extends Schema {
  @type('number') id = 0;
  @type('string') name = '';
  @type('float64') x = 0;
  @type('float64') y = 0;
  @type(['number']) neighbours = new ArraySchema<number>();
  @type('number') population = 0;
  @type('number') wealth = 0;
}

export class FactionStatsState extends Schema {
  @type('float64') shares = 0;
  @type('float64') riskRemoved = 0;
  @type('float64') techGivenByShare = 0;
  @type(['number']) exposed = new ArraySchema<number>();
  @type('number') interops = 0;
  @type(['number']) standardsWith = new ArraySchema<number>();
  @type('boolean') triggeredAlarm = false;
  @type('float64') riskAdded = 0;
  @type('number') antitrustRounds = 0;
  @type('float64') research = 0;
  @type('float64') outputImpact = 0;
}

/**
 * StateView tag of a faction's agenda. Adding a faction under its own tag reveals just the
 * agenda: a default-tag add would re-send the faction's arrays as fresh ADD operations, which
 * the client decodes as insertions (its influence array came out shifted in tests).
 */
export const AGENDA_TAG = 1;

export class FactionState extends Schema {
  @type('number') seat = 0;
  @type('string') kind = '';
  @type('string') name = '';
  @type('string') colour = '';
  @type('string') shape = '';
  @type('number') home = 0;
  @type('float64') resources = 0;
  @type('float64') tech = 0;
  @type('float64') legitimacy = 0;
  @type('float64') impact = 0;
  @type(['float64']) influence = new ArraySchema<number>();
  @type(['float64']) decentralized = new ArraySchema<number>();
  @type('float64') meter = 0;
  /** Secret until exposed or the match ended: only views holding this faction under AGENDA_TAG. */
  @view(AGENDA_TAG) @type('string') agenda?: string;
  @type('boolean') agendaPublic = false;
  @type('number') lastShareRound = 0;
  @type('number') emergencyUntil = 0;
  @type('float64') lastOutput = 0;
  @type(FactionStatsState) stats = new FactionStatsState();
}

export class PolicyState extends Schema {
  @type('string') policy = '';
  @type('number') enactedRound = 0;
  @type('number') untilRound = 0;
  @type('number') by = 0;
}

export class PactState extends Schema {
  @type('number') a = 0;
  @type('number') b = 0;
  @type('number') since = 0;
}

export class OfferState extends Schema {
  @type('number') from = 0;
  @type('number') to = 0;
  @type('number') round = 0;
}

export class StandardState extends Schema {
  @type('number') a = 0;
  @type('number') b = 0;
  @type('number') untilRound = 0;
}

export class CaptureState extends Schema {
  @type('number') corporation = 0;
  @type('number') state = 0;
  @type('number') untilRound = 0;
}

export class InteropState extends Schema {
  @type('number') movement = 0;
  @type('number') corporation = 0;
  @type('number') region = 0;
  @type('number') untilRound = 0;
}

export class ModifierState extends Schema {
  @type('string') card = '';
  @type('number') untilRound = 0;
}

export class RoundRecordState extends Schema {
  @type('number') round = 0;
  @type(['float64']) powerShares = new ArraySchema<number>();
  @type('float64') concentration = 0;
  @type('float64') progress = 0;
  @type('float64') progressTarget = 0;
  @type('float64') risk = 0;
}

export class OutcomeState extends Schema {
  @type('string') type = '';
  @type('number') winner?: number;
  @type(['number']) ranking = new ArraySchema<number>();
  @type(['float64']) finalImpact = new ArraySchema<number>();
  @type(['boolean']) agendaMet = new ArraySchema<boolean>();
  @type('number') round = 0;
  @type('string') text = '';
}

export class GameEventState extends Schema {
  @type('string') type = '';
  @type('string') text = '';
  @type('number') round = 0;
  @type('number') seat?: number;
  @type('number') target?: number;
  @type('number') region?: number;
  @type('float64') value?: number;
  @type(['number']) visibleTo?: ArraySchema<number>;
  @type('string') card?: string;
}

export class DrawnCardState extends Schema {
  @type('string') card = '';
  @type('number') round = 0;
}

export class HegemonyStreakState extends Schema {
  @type(['number']) bloc = new ArraySchema<number>();
  @type('number') rounds = 0;
}

export class MatchOptionsState extends Schema {
  @type('number') seats = 0;
  @type('number') rounds = 0;
  @type(['string']) names = new ArraySchema<string>();
  @type(['string']) permanentPolicies = new ArraySchema<string>();
}

/**
 * A class with @view() fields must never set one of its plain fields back to undefined: in
 * schema 3.0.76 such a DELETE also drops the last entry of the class's record of filtered
 * fields, so every client that joins later gets a full state without, say, `lastEvents`
 * itself, and its decoder stops at `"refId" not found` (then drifts out of step). So the
 * engine's optional objects (`outcome`, `hegemonyStreak`) stay in place in their empty form,
 * and `toMatchView` (shared/protocol.ts) turns the empty form back into null.
 * tests/unit/schemaShape.test.ts keeps every class with @view() fields free of optional fields.
 */
export class MatchSchema extends Schema {
  @type('number') version = 1;
  @type(MatchOptionsState) options = new MatchOptionsState();
  @type('string') phase = 'orders';
  @type('number') round = 0;
  @type('number') era = 0;
  @type('float64') scale = 0;
  @type('float64') ideaDiffusion = 0;
  @type('float64') controlDiffusion = 0;
  @type('float64') risk = 0;
  @type('float64') defenseStock = 0;
  @type('float64') progress = 0;
  @type('float64') progressTarget = 0;
  @type('float64') concentration = 0;
  @type(['number']) alarm = new ArraySchema<number>();
  @type('float64') hegemonyThreshold = 0;
  /** Always present (see the note on MatchSchema): `rounds` 0 stands for the engine's null. */
  @type(HegemonyStreakState) hegemonyStreak = new HegemonyStreakState();
  @type([RegionState]) regions = new ArraySchema<RegionState>();
  // `distances` (number[][]) is not sent: schema has no nested arrays, and it follows from the
  // regions' neighbours; `toMatchView` in shared/protocol.ts recomputes it on the client.
  @type([FactionState]) factions = new ArraySchema<FactionState>();
  @type([PolicyState]) policies = new ArraySchema<PolicyState>();
  @type([PactState]) pacts = new ArraySchema<PactState>();
  /** Each offer is visible only to its two parties (per-item StateView). */
  @view() @type([OfferState]) pactOffers = new ArraySchema<OfferState>();
  @type([StandardState]) standards = new ArraySchema<StandardState>();
  @view() @type([OfferState]) standardOffers = new ArraySchema<OfferState>();
  @type([CaptureState]) captures = new ArraySchema<CaptureState>();
  @type([InteropState]) interops = new ArraySchema<InteropState>();
  @type([ModifierState]) modifiers = new ArraySchema<ModifierState>();
  @type([DrawnCardState]) eventsDrawn = new ArraySchema<DrawnCardState>();
  @type([RoundRecordState]) history = new ArraySchema<RoundRecordState>();
  /** Public events to everyone, private ones to their parties only (per-item StateView). */
  @view() @type([GameEventState]) lastEvents = new ArraySchema<GameEventState>();
  /** Always present (see the note on MatchSchema): `type` '' stands for the engine's null. */
  @type(OutcomeState) outcome = new OutcomeState();
}

// ---------------------------------------------------------------- room meta

export class SeatState extends Schema {
  @type('number') seat = 0;
  @type('string') kind = '';
  @type('string') name = '';
  @type('boolean') isBot = false;
  @type('string') personality = '';
  @type('string') sessionId = '';
  @type('boolean') connected = false;
  @type('boolean') submitted = false;
  @type('boolean') ready = false;
  /** Owner only: the accepted actions of this round as JSON. */
  @view() @type('string') draftJson = '';
  /** Owner only: `rev` of the last accepted orders message. */
  @view() @type('number') draftRev = 0;
}

export class ChatLineState extends Schema {
  @type('string') name = '';
  @type('number') seat = -1;
  @type('string') text = '';
  @type('number') at = 0;
}

export class SettingsState extends Schema {
  @type('number') seats = 3;
  @type('number') rounds = 12;
  @type('number') turnSeconds = 0;
  @type('string') botLevel = 'normal';
  @type('boolean') private = false;
}

export class RoomState extends Schema {
  @type('string') code = '';
  @type('string') phase = 'lobby';
  @type('number') round = 0;
  @type('number') deadline = 0;
  @type('string') hostSessionId = '';
  @type(SettingsState) settings = new SettingsState();
  @type([SeatState]) seats = new ArraySchema<SeatState>();
  @type('number') spectators = 0;
  @type([ChatLineState]) chat = new ArraySchema<ChatLineState>();
  /** Each line is added to spectators' StateViews only. */
  @view() @type([ChatLineState]) spectatorChat = new ArraySchema<ChatLineState>();
  @type(MatchSchema) match?: MatchSchema;
}
