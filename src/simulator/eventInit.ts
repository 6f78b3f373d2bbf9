/**
 * What `SimRoom.push` takes, and how it becomes a complete event: the input
 * types (exact per event type, so a misspelt field does not compile), each
 * event type's fields as a shape (checked by the compiler against the event
 * interfaces), and the runtime check and fill that walk those shapes.
 */
import type {
  ArmyTeam,
  ArmyUser,
  Badge,
  BattleTeam,
  BattleUser,
  CaptionText,
  ChatEmote,
  FanTicketUser,
  GoalContributor,
  GoalSubGoal,
  LiveUser,
  PollOption,
  PunishInfo,
  RankEntry,
  SubWaveUser,
  TopViewer,
  WireEvent,
} from '../decoders/events.js';
import { REGISTERED_EVENT_TYPES, type WireEventOf } from '../decoders/registry.js';
import { InvalidArgumentError } from '../errors.js';
import type { DeepPartial } from '../decoders/deepPartial.js';

export type { DeepPartial };

type Simplify<T> = { [P in keyof T]: T[P] } & {};

/** Fields the room sets on every event it publishes (given ones are ignored). */
type RoomFields = 'msgId' | 'roomId' | 'createTime';

/** The fields of an event type that a push may give. */
type FieldsOf<K extends WireEvent['type']> = Omit<WireEventOf<K>, 'type' | 'method' | RoomFields>;

/** What `push` takes for one event type: `type`, and any of its fields, at any depth. */
export type EventInitOf<K extends WireEvent['type']> = Simplify<{ type: K; method?: string } & DeepPartial<FieldsOf<K>>>;

/**
 * An event to publish: `type` and any of that type's fields, nested ones too
 * (`{ type: 'chat', user: { uniqueId: 'alice' } }`); the rest is filled in. A
 * field the type does not have is a compile error, and at run time an
 * `InvalidArgumentError`.
 */
export type EventInit = { [K in WireEvent['type']]: EventInitOf<K> }[WireEvent['type']];

// ---------------------------------------------------------------- shapes

type Leaf = 'string' | 'number' | 'boolean' | 'bytes';

/** A field's shape: a leaf, an optional value, an array, or an object with fields (`user`: a person, filled in as one). */
export type Shape =
  | Leaf
  | { readonly optional: Shape }
  | { readonly array: Shape }
  | { readonly fields: Readonly<Record<string, Shape>>; readonly user?: true };

/** The shape a value of type `T` has: what the compiler holds each shape below to. */
export type ShapeOf<T> = undefined extends T
  ? { readonly optional: ShapeOf<Exclude<T, undefined>> }
  : T extends string
    ? 'string'
    : T extends number
      ? 'number'
      : T extends boolean
        ? 'boolean'
        : T extends Uint8Array
          ? 'bytes'
          : T extends readonly (infer U)[]
            ? { readonly array: ShapeOf<U> }
            : { readonly fields: { readonly [P in keyof T]-?: ShapeOf<T[P]> }; readonly user?: true };

type FieldShapes<T> = { readonly [P in keyof T]-?: ShapeOf<T[P]> };

const BADGE = {
  fields: { sceneType: 'number', displayType: 'number', level: 'number', text: 'string', url: 'string' },
} as const satisfies ShapeOf<Badge>;

const USER = {
  user: true,
  fields: {
    userId: 'string',
    uniqueId: 'string',
    nickname: 'string',
    profilePictureUrl: 'string',
    isModerator: 'boolean',
    isSubscriber: 'boolean',
    followRole: 'number',
    badges: { array: BADGE },
  },
} as const satisfies ShapeOf<LiveUser>;

const EMOTE = { fields: { emoteId: 'string', emoteUrl: 'string', index: 'number' } } as const satisfies ShapeOf<ChatEmote>;
const TOP_VIEWER = { fields: { user: USER, coinCount: 'number', rank: 'number' } } as const satisfies ShapeOf<TopViewer>;
const BATTLE_USER = {
  user: true,
  fields: { userId: 'string', uniqueId: 'string', nickname: 'string', profilePictureUrl: 'string' },
} as const satisfies ShapeOf<BattleUser>;
const BATTLE_TEAM = {
  fields: { hostUserId: 'string', host: { optional: BATTLE_USER }, result: { optional: 'number' }, score: 'number' },
} as const satisfies ShapeOf<BattleTeam>;
const ARMY_USER = {
  user: true,
  fields: { userId: 'string', nickname: 'string', score: 'number', profilePictureUrl: 'string' },
} as const satisfies ShapeOf<ArmyUser>;
const ARMY_TEAM = { fields: { hostUserId: 'string', score: 'number', users: { array: ARMY_USER } } } as const satisfies ShapeOf<ArmyTeam>;
const RANK_ENTRY = { fields: { rankType: 'number', rank: 'number', text: 'string' } } as const satisfies ShapeOf<RankEntry>;

const SUB_GOAL = {
  fields: {
    subGoalId: 'string',
    type: 'number',
    progress: 'number',
    target: 'number',
    giftName: 'string',
    giftDiamondCount: 'number',
    giftPictureUrl: 'string',
  },
} as const satisfies ShapeOf<GoalSubGoal>;
const GOAL_CONTRIBUTOR = {
  fields: { userId: 'string', uniqueId: 'string', profilePictureUrl: 'string', score: 'number' },
} as const satisfies ShapeOf<GoalContributor>;
const POLL_OPTION = { fields: { optionIndex: 'number', text: 'string', votes: 'number' } } as const satisfies ShapeOf<PollOption>;
const CAPTION = { fields: { language: 'string', text: 'string' } } as const satisfies ShapeOf<CaptionText>;
const FAN_TICKET_USER = {
  fields: { userId: 'string', fanTickets: 'number', matchTotalScore: 'number', matchRank: 'number' },
} as const satisfies ShapeOf<FanTicketUser>;

const PUNISH = {
  fields: { punishType: 'string', punishReason: 'string', punishId: 'string', violationUserId: 'string' },
} as const satisfies ShapeOf<PunishInfo>;

const SUB_WAVE_USER = { fields: { userId: 'string', uniqueId: 'string' } } as const satisfies ShapeOf<SubWaveUser>;

/** What `EVENT_FIELDS` must be: for every event type, each of its fields' shapes. */
export type EventFields = { readonly [K in WireEvent['type']]: FieldShapes<FieldsOf<K>> };

/**
 * The fields of every event type, one entry per type of the registry (and
 * `unknown`): a type without an entry, or an entry that differs from the
 * type's interface in a field, does not compile.
 */
export const EVENT_FIELDS = {
  chat: { user: USER, comment: 'string', emotes: { array: EMOTE }, language: 'string' },
  member: { user: USER, action: 'number', memberCount: 'number' },
  like: { user: USER, likeCount: 'number', totalLikes: 'number' },
  gift: {
    user: USER,
    giftId: 'number',
    giftName: 'string',
    diamondCount: 'number',
    giftType: 'number',
    giftPictureUrl: 'string',
    repeatCount: 'number',
    repeatEnd: 'boolean',
    combo: 'boolean',
    groupId: 'string',
    toUser: { optional: USER },
  },
  social: { user: USER, action: 'string', displayType: 'string', rawAction: 'number', usersJoined: 'number' },
  roomUserSeq: { viewerCount: 'number', totalViewers: 'number', topViewers: { array: TOP_VIEWER } },
  battle: { battleId: 'string', status: 'number', action: 'number', duration: 'number', teams: { array: BATTLE_TEAM } },
  battleArmies: { battleId: 'string', triggerReason: 'number', teams: { array: ARMY_TEAM } },
  subscribe: { user: USER, subMonth: 'number' },
  emoteChat: { user: USER, emoteId: 'string', emoteUrl: 'string' },
  envelope: { envelopeId: 'string', diamondCount: 'number', peopleCount: 'number', user: USER },
  question: { user: USER, questionText: 'string', questionId: 'string' },
  control: { action: 'number', tips: 'string' },
  room: { content: 'string' },
  liveIntro: { title: 'string', host: { optional: USER } },
  rankUpdate: { rankType: 'number', rankList: { array: RANK_ENTRY } },
  linkMic: { action: 'number', users: { array: USER } },
  goalUpdate: {
    goalId: 'string',
    goalType: 'number',
    status: 'number',
    description: 'string',
    startTime: 'number',
    expireTime: 'number',
    subGoals: { array: SUB_GOAL },
    contributors: { array: GOAL_CONTRIBUTOR },
    contributorId: 'string',
    contributorUniqueId: 'string',
    contributeCount: 'number',
    contributeScore: 'number',
  },
  roomPin: {
    action: 'number',
    pinnedMsgId: 'string',
    pinnedMethod: 'string',
    pinnedUser: { optional: USER },
    pinnedText: 'string',
    pinTime: 'number',
    displayDuration: 'number',
    operator: { optional: USER },
  },
  poll: {
    pollId: 'string',
    messageType: 'number',
    title: 'string',
    startTime: 'number',
    endTime: 'number',
    endType: 'number',
    options: { array: POLL_OPTION },
    operator: { optional: USER },
  },
  imDelete: { deleteMsgIds: { array: 'string' }, deleteUserIds: { array: 'string' } },
  caption: { timestamp: 'number', duration: 'number', captions: { array: CAPTION } },
  inRoomBanner: { data: 'string' },
  barrage: { barrageType: 'number', displayKey: 'string', text: 'string', duration: 'number', user: { optional: USER }, level: 'number' },
  linkLayer: { messageType: 'number', channelId: 'string', scene: 'number' },
  linkMicFanTicket: { totalFanTickets: 'number', matchId: 'string', eventTime: 'number', users: { array: FAN_TICKET_USER } },
  battleTask: {
    battleId: 'string',
    taskMessageType: 'number',
    progress: 'number',
    promptKey: 'string',
    promptValues: { array: { fields: { field: 'string', value: 'string' } } },
    result: 'number',
  },
  battlePunishFinish: { battleId: 'string', channelId: 'string', operatorUserId: 'string', reason: 'number', status: 'number' },
  battleItemCard: { battleId: 'string', cardType: 'number', displayKey: 'string', text: 'string' },
  rankText: { scene: 'number', rankBefore: 'number', rankAfter: 'number', userId: 'string', displayKey: 'string', text: 'string' },
  giftBroadcast: { fromUserId: 'string', displayKey: 'string', text: 'string', schema: 'string' },
  unauthorizedMember: { action: 'number', nickname: 'string', displayKey: 'string', text: 'string' },
  accessRecall: { status: 'number', scene: 'string', duration: 'number', endTime: 'number', punish: PUNISH },
  bottomMessage: { content: 'string', showType: 'number', duration: 'number', bizType: 'number', punish: PUNISH },
  capsule: { capsuleType: 'number', displayKey: 'string', text: 'string', buttonText: 'string', schema: 'string' },
  hourlyRankReward: { winners: { array: { fields: { userId: 'string', assetId: 'string', displayKey: 'string', text: 'string' } } } },
  marqueeAnnouncement: { messageScene: 'string', entries: { array: { fields: { displayKey: 'string', text: 'string', schema: 'string' } } } },
  msgDetect: { detectType: 'number', triggerBy: 'number', clientStartTime: 'number', apiReceiveTime: 'number', apiSendTime: 'number', fromRegion: 'string' },
  oecLiveShopping: { actionType: 'number', productCount: 'number', productId: 'string', title: 'string', price: 'string', imageUrl: 'string', source: 'string' },
  partnershipDropsUpdate: { changeMode: 'number', dropsId: 'string', taskId: 'string', eventId: 'string', anchorUserId: 'string' },
  perception: { scene: 'number', iconType: 'number', endTime: 'number', punish: PUNISH },
  roomNotify: { notifyType: 'number', displayKey: 'string', text: 'string', schema: 'string', fromUserId: 'string' },
  roomVerify: { action: 'number', content: 'string', noticeType: 'number', closeRoom: 'boolean' },
  subPin: {
    actionType: 'number',
    operatorUserId: 'string',
    cardId: 'string',
    cardType: 'number',
    goalId: 'string',
    goalText: 'string',
    goalTarget: 'number',
    goalProgress: 'number',
  },
  anchorToolModification: { toolId: 'string', title: 'string', startTime: 'number', endTime: 'number', source: 'string', scene: 'string' },
  baLeadGen: { action: 'number', leadGenId: 'string', eventTime: 'number', displayKey: 'string', schema: 'string' },
  donationStickerModify: { stickerId: 'string', stickerType: 'number', organisationId: 'string', organisationName: 'string', organisationDescription: 'string' },
  ecShortItemRefresh: { delay: 'number', key: 'string' },
  ecTaskRegister: { delay: 'number', taskId: 'string' },
  envelopePortal: { envelopeId: 'string', senderUserId: 'string' },
  giftCollectionUpdate: { updateType: 'number', giftId: 'number', giftName: 'string', diamondCount: 'number', text: 'string' },
  goodyBag: {
    goodyBagId: 'string',
    activityId: 'string',
    diamondCount: 'number',
    claimedCount: 'number',
    peopleCount: 'number',
    message: 'string',
    openTime: 'number',
    winners: { array: { fields: { userId: 'string', uniqueId: 'string', amount: 'number' } } },
  },
  hashtag: { hashtagId: 'string', title: 'string', namespace: 'number' },
  inRoomBannerRefresh: { refreshInterval: 'number' },
  linkMicAnchorGuide: { guideType: 'number', anchorUserId: 'string' },
  linkScreenChange: { messageType: 'number', layoutType: 'number', layoutKey: 'string' },
  battleNotice: { noticeType: 'number', displayKey: 'string', text: 'string' },
  paidContentLiveShopping: { action: 'number', contentId: 'string', eventTime: 'number' },
  partnershipCardChange: { changeType: 'number', taskId: 'string' },
  partnershipDownloadCount: { downloadCount: 'number', taskId: 'string' },
  pictionaryStart: { pictionaryId: 'string', gameId: 'string', startTime: 'number', endTime: 'number' },
  pictionaryUpdate: { updateType: 'number', pictionaryId: 'string' },
  pictionaryEnd: { pictionaryId: 'string', answer: 'string', result: 'number' },
  pictionaryExit: { gameId: 'string', exitType: 'number' },
  questionDelete: { questionId: 'string', userId: 'string' },
  questionSelected: { questionId: 'string', questionText: 'string', user: USER },
  questionSlideDown: { questionId: 'string' },
  questionSwitch: {},
  roomSticker: { stickerId: 'string', stickerType: 'number', title: 'string', text: 'string' },
  subTimerSticker: { timerId: 'string', status: 'number', text: 'string', totalSeconds: 'number', remainingSeconds: 'number', startTime: 'number' },
  subWave: {
    waveId: 'string',
    action: 'number',
    status: 'number',
    progress: 'number',
    startTime: 'number',
    initiator: SUB_WAVE_USER,
    participants: { array: SUB_WAVE_USER },
    participantCount: 'number',
  },
  subscriptionGuide: { displayKey: 'string', text: 'string', buttonText: 'string' },
  weeklyRankReward: { winnerUserId: 'string', rankSource: 'string', displayKey: 'string', text: 'string' },
  unknown: { payload: 'bytes' },
} as const satisfies EventFields;

/** Allowed values of string fields that are unions. */
const ONE_OF: Partial<Record<string, readonly string[]>> = { 'social.action': ['follow', 'share', 'other'] };

// ---------------------------------------------------------------- check and fill

const EVENT_TYPES: ReadonlySet<string> = new Set<string>([...REGISTERED_EVENT_TYPES, 'unknown']);
const TOP_LEVEL: ReadonlySet<string> = new Set(['type', 'method', 'msgId', 'roomId', 'createTime']);

/** Who a push names, and a person for them: the simulator's side of filling users in. */
export interface People {
  /** The user a push names by `uniqueId` or `userId` (an audience member, or a new one), or a generated one when it names nobody. */
  person(named: { uniqueId?: unknown; userId?: unknown } | undefined): LiveUser;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function leafOk(value: unknown, leaf: Leaf): boolean {
  switch (leaf) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'bytes':
      return value instanceof Uint8Array;
  }
}

const A_LEAF: Record<Leaf, string> = { string: 'a string', number: 'a finite number', boolean: 'a boolean', bytes: 'bytes (a Uint8Array)' };

/** A value of a shape with nothing given: empty strings, zeros, no elements, a generated person. */
function blank(shape: Shape, people: People): unknown {
  if (typeof shape === 'string') return shape === 'string' ? '' : shape === 'number' ? 0 : shape === 'boolean' ? false : new Uint8Array(0);
  if ('optional' in shape) return undefined;
  if ('array' in shape) return [];
  if (shape.user) return people.person(undefined);
  return Object.fromEntries(Object.entries(shape.fields).map(([k, s]) => [k, blank(s, people)]));
}

class Filler {
  constructor(
    private readonly type: string,
    private readonly people: People,
  ) {}

  private fail(path: string, problem: string): never {
    throw new InvalidArgumentError(`push: field "${path}" of a ${this.type} event ${problem}`);
  }

  /** `given` over `template`, field by field; every given field checked against `shape`. */
  value(given: unknown, template: unknown, shape: Shape, path: string): unknown {
    if (given === undefined) return template;
    if (typeof shape === 'string') {
      if (!leafOk(given, shape)) this.fail(path, `must be ${A_LEAF[shape]}, got ${describe(given)}`);
      const allowed = ONE_OF[`${this.type}.${path}`];
      if (allowed && !allowed.includes(given as string)) this.fail(path, `must be one of ${allowed.join(', ')}, got ${describe(given)}`);
      return given;
    }
    if ('optional' in shape) return this.value(given, template, shape.optional, path);
    if ('array' in shape) {
      if (!Array.isArray(given)) this.fail(path, `must be an array, got ${describe(given)}`);
      const t: unknown[] = Array.isArray(template) ? template : [];
      return given.map((g, i) => this.value(g, t[i] ?? blank(shape.array, this.people), shape.array, `${path}[${i}]`));
    }
    if (!isRecord(given)) this.fail(path, `must be an object, got ${describe(given)}`);
    return this.object(given, template, shape, `${path}.`);
  }

  /** An object of `shape`: a named person when it is a user that names one, else `template` (or a blank), with `given` over it. */
  object(given: Record<string, unknown>, template: unknown, shape: { readonly fields: Readonly<Record<string, Shape>>; readonly user?: true }, prefix: string, known: ReadonlySet<string> = new Set()): Record<string, unknown> {
    for (const key of Object.keys(given)) {
      if (!(key in shape.fields) && !known.has(key)) {
        throw new InvalidArgumentError(
          `push: unknown field "${prefix}${key}" in a ${this.type} event (${prefix ? `${prefix.slice(0, -1)} has` : 'it has'}: ${Object.keys(shape.fields).join(', ')})`,
        );
      }
    }
    const names = shape.user && (given.uniqueId !== undefined || given.userId !== undefined);
    const base = (names ? this.people.person(given) : (template ?? blank(shape, this.people))) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, s] of Object.entries(shape.fields)) out[key] = this.value(given[key], base[key], s, `${prefix}${key}`);
    return out;
  }
}

/** Checks a push input: an object with a known `type`, whose fields, at any depth, that type has, with values of their types. */
export function checkEventInit(init: unknown): asserts init is EventInit {
  if (!isRecord(init)) throw new InvalidArgumentError(`push: an event must be an object with a type, got ${describe(init)}`);
  if (typeof init.type !== 'string' || !EVENT_TYPES.has(init.type)) {
    throw new InvalidArgumentError(`push: unknown event type ${describe(init.type)}; the types are ${[...EVENT_TYPES].join(', ')}`);
  }
  if (init.method !== undefined && typeof init.method !== 'string') throw new InvalidArgumentError(`push: method must be a string, got ${describe(init.method)}`);
}

/**
 * The complete event `init` asks for: each field it gives (checked against its
 * type's shape), and the rest from `template`, a complete generated event of the
 * same type; users it names by `uniqueId` or `userId` are filled in as that person.
 */
export function fillEvent<E extends WireEvent>(init: EventInit, template: E, people: People): E {
  checkEventInit(init);
  if (template.type !== init.type) throw new InvalidArgumentError(`push: a ${init.type} event cannot be filled from a ${template.type} event`);
  const fields = EVENT_FIELDS[init.type];
  const filler = new Filler(init.type, people);
  const body = filler.object(init as Record<string, unknown>, template, { fields }, '', TOP_LEVEL);
  return { ...template, ...body } as E;
}

const NOBODY: People = { person: () => blank({ fields: USER.fields }, NOBODY) as LiveUser };

/** Checks every field of a push input, at any depth, without filling anything in. */
export function checkEventFields(init: unknown): asserts init is EventInit {
  checkEventInit(init);
  new Filler(init.type, NOBODY).object(init as Record<string, unknown>, undefined, { fields: EVENT_FIELDS[init.type] }, '', TOP_LEVEL);
}
