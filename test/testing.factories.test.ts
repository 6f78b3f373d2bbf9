import { beforeEach, describe, expect, it } from 'vitest';
import { ConnectionClosedError, decodeMessage, encodeEvent, EVENT_METHODS, isStreamEnd, MessageDecodeError, REGISTERED_EVENT_TYPES, type WireEvent } from '../src/decoders/index.js';
import type { LiveEventType } from '../src/operators/index.js';
import {
  battleArmiesEvent,
  battleEvent,
  battleTeam,
  chatEvent,
  controlEvent,
  armyTeam,
  disconnectedEvent,
  errorEvent,
  EVENT_FACTORIES,
  FAKE_ROOM_ID,
  FAKE_START_TIME,
  fakeId,
  giftEvent,
  likeEvent,
  liveEvent,
  liveIntroEvent,
  liveUser,
  rankUpdateEvent,
  resetFactories,
  roomEvents,
  roomInfoEvent,
  roomUserSeqEvent,
  socialEvent,
} from '../src/testing/index.js';

const LIFECYCLE: LiveEventType[] = ['connected', 'disconnected', 'error', 'roomInfo', 'gap'];
const ALL_TYPES = [...REGISTERED_EVENT_TYPES, 'unknown', ...LIFECYCLE] as LiveEventType[];
const isWire = (type: LiveEventType): type is WireEvent['type'] => !LIFECYCLE.includes(type);

beforeEach(() => resetFactories());

describe('event factories', () => {
  it('there is one for every LiveEvent type, registered ones and lifecycle', () => {
    expect(Object.keys(EVENT_FACTORIES).sort()).toEqual([...ALL_TYPES].sort());
  });

  it('each makes an event of its own type', () => {
    for (const type of ALL_TYPES) expect(EVENT_FACTORIES[type]().type, type).toBe(type);
  });

  it('fill every field with a deterministic default', () => {
    expect(chatEvent()).toEqual({
      type: 'chat',
      method: 'WebcastChatMessage',
      msgId: '7400000000000000001',
      roomId: FAKE_ROOM_ID,
      createTime: FAKE_START_TIME,
      user: { userId: fakeId('viewer'), uniqueId: 'viewer', nickname: 'viewer', profilePictureUrl: '', isModerator: false, isSubscriber: false, followRole: 0, badges: [] },
      comment: 'hello',
      emotes: [],
      language: 'en',
    });
    expect(giftEvent({ msgId: '1' })).toEqual({
      type: 'gift',
      method: 'WebcastGiftMessage',
      msgId: '1',
      roomId: FAKE_ROOM_ID,
      createTime: FAKE_START_TIME + 1000,
      user: liveUser(),
      giftId: 5655,
      giftName: 'Rose',
      diamondCount: 1,
      giftType: 1,
      giftPictureUrl: '',
      repeatCount: 1,
      repeatEnd: false,
      combo: true,
      groupId: fakeId('streak'),
      toUser: undefined,
    });
  });

  it('leave no field undefined but the optional ones', () => {
    const optional = new Set(['toUser', 'operator']);
    // The close code and error of a failure before any socket, when said so: absent by default.
    expect(EVENT_FACTORIES.disconnected()).toMatchObject({ code: 1006, error: expect.any(ConnectionClosedError) });
    for (const type of ALL_TYPES) {
      for (const [key, value] of Object.entries(EVENT_FACTORIES[type]())) if (!optional.has(key)) expect(value, `${type}.${key}`).not.toBeUndefined();
    }
  });

  it('give two calls distinct msgIds of 19 digits, and later createTimes', () => {
    const [a, b] = [chatEvent(), chatEvent()];
    expect(a.msgId).not.toBe(b.msgId);
    expect(a.msgId).toMatch(/^\d{19}$/);
    expect(b.msgId).toMatch(/^\d{19}$/);
    expect(b.createTime).toBeGreaterThan(a.createTime);
    const ids = ALL_TYPES.filter(isWire).map((type) => (liveEvent(type) as WireEvent).msgId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('restart their counter on resetFactories()', () => {
    const first = chatEvent();
    likeEvent();
    resetFactories();
    expect(chatEvent()).toEqual(first);
  });

  it('fill nested objects field by field, arrays element by element', () => {
    const e = chatEvent({ user: { uniqueId: 'alice', isModerator: true, badges: [{ level: 24 }, { sceneType: 1, url: 'mod.png' }] }, emotes: [{ index: 3 }] });
    expect(e.user).toEqual({
      userId: fakeId('alice'),
      uniqueId: 'alice',
      nickname: 'alice',
      profilePictureUrl: '',
      isModerator: true,
      isSubscriber: false,
      followRole: 0,
      badges: [
        { sceneType: 8, displayType: 1, level: 24, text: '', url: '' },
        { sceneType: 1, displayType: 1, level: 1, text: '', url: 'mod.png' },
      ],
    });
    expect(e.emotes).toEqual([{ emoteId: fakeId('emote'), emoteUrl: '', index: 3 }]);
    const seq = roomUserSeqEvent({ topViewers: [{ user: { uniqueId: 'a' }, coinCount: 50 }, { user: { uniqueId: 'b' } }] });
    expect(seq.topViewers.map((t) => [t.user.uniqueId, t.coinCount, t.rank])).toEqual([['a', 50, 1], ['b', 0, 2]]);
    expect(rankUpdateEvent({ rankType: 8, rankList: [{ rank: 3 }] }).rankList).toEqual([{ rankType: 8, rank: 3, text: 'Weekly Ranking' }]);
  });

  it('make a user by either id: the same name is the same user, another name another', () => {
    expect(liveUser({ uniqueId: 'alice' })).toEqual(liveUser({ uniqueId: 'alice' }));
    expect(liveUser({ uniqueId: 'alice' }).userId).not.toBe(liveUser({ uniqueId: 'bob' }).userId);
    expect(liveUser({ uniqueId: 'alice' }).userId).toMatch(/^\d{19}$/);
    expect(liveUser({ userId: '7000000000000000042' })).toMatchObject({ userId: '7000000000000000042', uniqueId: 'user000042', nickname: 'user000042' });
    expect(fakeId('')).toMatch(/^\d{19}$/);
  });

  it('derive a gift\'s combo from its type and end, as the decoders do, unless told', () => {
    expect(giftEvent().combo).toBe(true);
    expect(giftEvent({ repeatEnd: true }).combo).toBe(false);
    expect(giftEvent({ giftType: 2 }).combo).toBe(false);
    expect(giftEvent({ repeatEnd: true, combo: true }).combo).toBe(true);
  });

  it('fill an optional nested object when given, and keep it undefined when said so', () => {
    expect(giftEvent().toUser).toBeUndefined();
    expect(giftEvent({ toUser: { uniqueId: 'guest' } }).toUser).toEqual(liveUser({ uniqueId: 'guest' }));
    expect(liveIntroEvent().host).toEqual(liveUser({ uniqueId: 'host' }));
    expect(liveIntroEvent({ host: undefined }).host).toBeUndefined();
    expect(battleTeam({ host: undefined })).toEqual({ hostUserId: fakeId('host'), host: undefined, result: undefined, score: 0 });
    expect(battleTeam({ host: { uniqueId: 'x' } }).hostUserId).toBe(fakeId('x'));
    expect(battleTeam({ hostUserId: '7000000000000000042' }).host).toMatchObject({ userId: '7000000000000000042', uniqueId: 'user000042' });
  });

  it('keep related defaults consistent', () => {
    expect(likeEvent({ likeCount: 5 })).toMatchObject({ likeCount: 5, totalLikes: 5 });
    expect(socialEvent({ action: 'share', usersJoined: 10 })).toMatchObject({ displayType: 'pm_mt_guidance_viewer_10_share', rawAction: 3 });
    expect(armyTeam({ users: [{ score: 3 }, { nickname: 'b', score: 4 }] }).score).toBe(7);
    expect(battleEvent().teams.map((t) => t.host?.uniqueId)).toEqual(['host', 'opponent']);
    expect(battleEvent({ teams: [{ score: 3 }, { score: 4 }] }).teams.map((t) => [t.host?.uniqueId, t.score])).toEqual([['host', 3], ['opponent', 4]]);
    expect(battleArmiesEvent().teams.map((t) => t.hostUserId)).toEqual(battleEvent().teams.map((t) => t.hostUserId));
    expect(isStreamEnd(controlEvent())).toBe(true);
    expect(isStreamEnd(controlEvent({ action: 1 }))).toBe(false);
    expect(roomInfoEvent({ info: { title: 'x', owner: { uniqueId: 'h' }, streamUrls: { hls: { hd: 'u' } } } }).info).toMatchObject({
      roomId: FAKE_ROOM_ID,
      title: 'x',
      isLive: true,
      owner: { uniqueId: 'h', followerCount: 0 },
      streamUrls: { flv: {}, hls: { hd: 'u' }, default: '' },
    });
  });

  it('make a disconnect with its error, or with none before any socket', () => {
    const closed = disconnectedEvent({ code: 4001, reason: 'kicked' });
    expect(closed.error).toBeInstanceOf(ConnectionClosedError);
    expect((closed.error as ConnectionClosedError).closeCode).toBe(4001);
    expect(disconnectedEvent({ code: undefined })).toEqual({ type: 'disconnected', reason: '', attempt: 1, willReconnect: true, delayMs: 1000 });
  });

  it('make an error event with a typed LiveError for the method named', () => {
    const e = errorEvent({ method: 'WebcastGiftMessage' });
    expect(e.error).toBeInstanceOf(MessageDecodeError);
    expect(e.error.message).toContain('WebcastGiftMessage');
    expect(e.msgId).toMatch(/^\d{19}$/);
  });

  it('send each wire event as the method the encoders write', () => {
    for (const type of REGISTERED_EVENT_TYPES) expect((liveEvent(type) as WireEvent).method, type).toBe(EVENT_METHODS[type]);
  });

  it('make wire events that survive encode → decode unchanged, defaults and filled', () => {
    const filled = [
      chatEvent({ user: { uniqueId: 'alice', badges: [{ level: 24 }] }, emotes: [{ emoteId: '7190000000000000000', index: 2 }] }),
      giftEvent({ repeatCount: 5, repeatEnd: true, toUser: { uniqueId: 'guest' } }),
      socialEvent({ action: 'share', usersJoined: 10 }),
      socialEvent({ action: 'other' }),
      roomUserSeqEvent({ topViewers: [{ user: { uniqueId: 'a' }, coinCount: 50 }] }),
      battleEvent({ teams: [{ result: 0, score: 3 }, { result: 1 }] }),
    ];
    const defaults = REGISTERED_EVENT_TYPES.map((type) => liveEvent(type) as WireEvent);
    for (const event of [...defaults, ...filled]) {
      const raw = encodeEvent(event);
      expect(decodeMessage(raw.method, raw.payload), event.type).toEqual(event);
    }
  });

  it('liveEvent(type, partial) is the named factory', () => {
    const byName = liveEvent('gift', { repeatCount: 3, user: { uniqueId: 'alice' } });
    resetFactories();
    expect(giftEvent({ repeatCount: 3, user: { uniqueId: 'alice' } })).toEqual(byName);
  });

  it('roomEvents fills each value of a diagram by its type, once', () => {
    const values = roomEvents({ a: { type: 'chat', comment: 'hi' }, g: { type: 'gift', repeatEnd: true }, e: { type: 'control' } });
    expect(values.a).toMatchObject({ type: 'chat', comment: 'hi', user: liveUser() });
    expect(values.g).toMatchObject({ type: 'gift', repeatEnd: true, combo: false });
    expect(values.e.action).toBe(3);
    expect(new Set([values.a.msgId, values.g.msgId, values.e.msgId]).size).toBe(3);
  });

  it('take a whole event as it is', () => {
    const whole = giftEvent({ repeatCount: 4, toUser: { uniqueId: 'guest' } });
    expect(giftEvent(whole)).toEqual(whole);
    expect(roomEvents({ w: whole }).w).toEqual(whole);
    for (const type of ALL_TYPES) {
      const event = EVENT_FACTORIES[type]();
      expect(liveEvent(type, event as never), type).toEqual(event);
    }
  });
});
