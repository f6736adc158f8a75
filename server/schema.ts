// The room state sent to clients: room meta (seats, phase, chat) plus `match`, a schema mirror
// of the shared `MatchView` so `state.match.toJSON()` reads like one. Fields marked `@view()`
// are secrets: only clients whose StateView holds the object receive them (see projection.ts).
// Names match shared/types.ts field for field: syncSchema copies a plain view in by name.
import { ArraySchema, Schema, type, view } from '@colyseus/schema';

// ---------------------------------------------------------------- match mirror

export class RegionState extends Schema {
  @type('number') id = 0;
  @type('string') name = '';
  @type('number') x = 0;
  @type('number') y = 0;
  @type(['number']) neighbours = new ArraySchema<number>();
  @type('number') population = 0;
  @type('number') wealth = 0;
}

export class FactionStatsState extends Schema {
  @type('number') shares = 0;
  @type('number') riskRemoved = 0;
  @type('number') techGivenByShare = 0;
  @type(['number']) exposed = new ArraySchema<number>();
  @type('number') interops = 0;
  @type(['number']) standardsWith = new ArraySchema<number>();
  @type('boolean') triggeredAlarm = false;
  @type('number') riskAdded = 0;
  @type('number') antitrustRounds = 0;
}

export class FactionState extends Schema {
  @type('number') seat = 0;
  @type('string') kind = '';
  @type('string') name = '';
  @type('string') colour = '';
  @type('string') shape = '';
  @type('number') home = 0;
  @type('number') resources = 0;
  @type('number') tech = 0;
  @type('number') legitimacy = 0;
  @type('number') impact = 0;
  @type(['number']) influence = new ArraySchema<number>();
  @type(['number']) decentralized = new ArraySchema<number>();
  @type('number') meter = 0;
  /** Secret until exposed or the match ended: the owner's StateView holds this faction. */
  @view() @type('string') agenda?: string;
  @type('boolean') agendaPublic = false;
  @type('number') lastShareRound = 0;
  @type('number') emergencyUntil = 0;
  @type('number') lastOutput = 0;
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
  @type(['number']) powerShares = new ArraySchema<number>();
  @type('number') concentration = 0;
  @type('number') progress = 0;
  @type('number') progressTarget = 0;
  @type('number') risk = 0;
}

export class OutcomeState extends Schema {
  @type('string') type = '';
  @type('number') winner?: number;
  @type(['number']) ranking = new ArraySchema<number>();
  @type(['number']) finalImpact = new ArraySchema<number>();
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
  @type('number') value?: number;
  @type(['number']) visibleTo?: ArraySchema<number>;
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

export class MatchSchema extends Schema {
  @type('number') version = 1;
  @type(MatchOptionsState) options = new MatchOptionsState();
  @type('string') phase = 'orders';
  @type('number') round = 0;
  @type('number') era = 0;
  @type('number') scale = 0;
  @type('number') ideaDiffusion = 0;
  @type('number') controlDiffusion = 0;
  @type('number') risk = 0;
  @type('number') defenseStock = 0;
  @type('number') progress = 0;
  @type('number') progressTarget = 0;
  @type('number') concentration = 0;
  @type(['number']) alarm = new ArraySchema<number>();
  @type('number') hegemonyThreshold = 0;
  @type(HegemonyStreakState) hegemonyStreak?: HegemonyStreakState;
  @type([RegionState]) regions = new ArraySchema<RegionState>();
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
  @type([RoundRecordState]) history = new ArraySchema<RoundRecordState>();
  /** Public events to everyone, private ones to their parties only (per-item StateView). */
  @view() @type([GameEventState]) lastEvents = new ArraySchema<GameEventState>();
  @type(OutcomeState) outcome?: OutcomeState;
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
