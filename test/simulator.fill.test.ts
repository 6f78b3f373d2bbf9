import type { Subscription } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { comboEnd, gift$, InvalidArgumentError, liveRoom$, type LiveEvent, type WireEvent } from '../src/index.js';
import { decodeMessage, type GiftEvent } from '../src/decoders/index.js';
import { GIFT_CATALOG, startSimulator, type EventInit, type SentMessage, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';

let sim: Simulator | undefined;
const subs: Subscription[] = [];
afterEach(async () => {
  for (const s of subs.splice(0)) s.unsubscribe();
  await sim?.close();
  sim = undefined;
});

async function quietRoom(uniqueId = 'fixture') {
  sim = await startSimulator({ rooms: [{ uniqueId, traffic: false }], seed: 7 });
  return sim.room(uniqueId);
}

/** The event a published message decodes to, as a client would see it. */
function published(room: Awaited<ReturnType<typeof quietRoom>>, sent: SentMessage): WireEvent {
  const [message] = room.slice(sent.seq, 1);
  return decodeMessage(message!.method, message!.payload, { msgId: message!.msgId });
}

const ROSE = GIFT_CATALOG.find((g) => g.name === 'Rose')!;
const MONEY_GUN = GIFT_CATALOG.find((g) => g.name === 'Money Gun')!;

describe('SimRoom.push fills in nested fields', () => {
  it('completes a user given by handle alone, as one consistent person', async () => {
    const room = await quietRoom();
    const [a, b] = room.push(
      { type: 'chat', comment: '!hello', user: { uniqueId: 'alice' } },
      { type: 'like', user: { uniqueId: 'alice', isModerator: true } },
    );
    const chat = published(room, a!);
    expect(chat).toMatchObject({ type: 'chat', comment: '!hello', user: { uniqueId: 'alice', nickname: 'alice', isModerator: false, badges: [] } });
    const user = (chat as Extract<WireEvent, { type: 'chat' }>).user;
    expect(user.userId).toMatch(/^[1-9]\d{15,}$/);
    // Pictures are served by the simulator itself, at absolute URLs a page or an overlay can load.
    expect(user.profilePictureUrl).toBe(`${sim!.url}/assets/avatars/alice.webp`);
    // The same handle is the same person; a field given on top is kept.
    expect(published(room, b!)).toMatchObject({ type: 'like', user: { uniqueId: 'alice', userId: user.userId, isModerator: true } });
  });

  it('fills nested arrays element by element: badges, top viewers, battle teams', async () => {
    const room = await quietRoom();
    const [seq, battle] = room.push(
      { type: 'roomUserSeq', viewerCount: 10, topViewers: [{ coinCount: 50, user: { uniqueId: 'carol', badges: [{ sceneType: 8, level: 12 }] } }] },
      // Scores travel with results: a finished battle.
      { type: 'battle', status: 2, teams: [{ score: 7, result: 0 }, { score: 3, result: 1, host: { nickname: 'Rival' } }] },
    );
    const viewers = published(room, seq!) as Extract<WireEvent, { type: 'roomUserSeq' }>;
    expect(viewers.viewerCount).toBe(10);
    expect(viewers.topViewers).toHaveLength(1);
    expect(viewers.topViewers[0]).toMatchObject({ coinCount: 50, user: { uniqueId: 'carol', badges: [{ sceneType: 8, level: 12 }] } });
    const b = published(room, battle!) as Extract<WireEvent, { type: 'battle' }>;
    expect(b.teams.map((t) => [t.score, t.result])).toEqual([[7, 0], [3, 1]]);
    expect(b.teams[1]!.host).toMatchObject({ nickname: 'Rival' });
    expect(b.teams.every((t) => /^\d+$/.test(t.hostUserId) && t.hostUserId !== '0')).toBe(true);
  });
});

describe('SimRoom.push gifts agree with the catalog', () => {
  it('takes a named gift\'s id, price and type from the catalog, and one push of a streakable gift is a finished streak', async () => {
    const room = await quietRoom();
    const [byName, byId, single] = room.push(
      { type: 'gift', giftName: 'Rose', repeatCount: 3 },
      { type: 'gift', giftId: ROSE.id },
      { type: 'gift', giftName: 'Money Gun' },
    );
    expect(published(room, byName!)).toMatchObject({
      giftId: ROSE.id,
      giftName: 'Rose',
      diamondCount: ROSE.diamondCount,
      giftType: 1,
      repeatCount: 3,
      repeatEnd: true,
      combo: false,
    });
    expect(published(room, byId!)).toMatchObject({ giftName: 'Rose', diamondCount: ROSE.diamondCount, repeatCount: 1, repeatEnd: true });
    expect(published(room, byId!)).toMatchObject({ giftPictureUrl: `${sim!.url}/assets/gifts/${ROSE.id}.webp` });
    expect(published(room, single!)).toMatchObject({ giftId: MONEY_GUN.id, diamondCount: MONEY_GUN.diamondCount, giftType: MONEY_GUN.type, combo: false });
  });

  it('keeps a streak open when told so', async () => {
    const room = await quietRoom();
    const [running] = room.push({ type: 'gift', giftName: 'Rose', repeatCount: 2, repeatEnd: false });
    expect(published(room, running!)).toMatchObject({ giftId: ROSE.id, repeatEnd: false, combo: true });
  });

  it('refuses an unknown gift, or an id and a name of two gifts, with an InvalidArgumentError', async () => {
    const room = await quietRoom();
    expect(() => room.push({ type: 'gift', giftName: 'Rosee' })).toThrow(InvalidArgumentError);
    expect(() => room.push({ type: 'gift', giftName: 'Rosee' })).toThrow(/unknown gift "Rosee"/);
    expect(() => room.push({ type: 'gift', giftName: 'rose' })).toThrow(/unknown gift "rose".*did you mean "Rose"\?/);
    expect(() => room.push({ type: 'gift', giftId: 1 })).toThrow(/no gift with id 1/);
    expect(() => room.push({ type: 'gift', giftId: ROSE.id, giftName: 'Money Gun' })).toThrow(/is "Rose", not "Money Gun"/);
    // Nothing of a refused push is published, not even the good events beside it.
    expect(() => room.push({ type: 'chat', comment: 'fine' }, { type: 'gift', giftName: 'Rosee' })).toThrow(InvalidArgumentError);
    expect(room.sent()).toHaveLength(0);
  });
});

describe('SimRoom.push checks its input at run time', () => {
  it('names an unknown field, at any depth, in an InvalidArgumentError', async () => {
    const room = await quietRoom();
    const fromJs = (init: unknown) => () => room.push(init as EventInit);
    expect(fromJs({ type: 'chat', commnet: 'typo' })).toThrow(InvalidArgumentError);
    expect(fromJs({ type: 'chat', commnet: 'typo' })).toThrow(/unknown field "commnet" in a chat event/);
    expect(fromJs({ type: 'chat', user: { uniqueid: 'x' } })).toThrow(/unknown field "user\.uniqueid"/);
    expect(fromJs({ type: 'roomUserSeq', topViewers: [{ coins: 1 }] })).toThrow(/unknown field "topViewers\[0\]\.coins"/);
    expect(fromJs({ type: 'rankUpdate', rankType: '8' })).toThrow(/"rankType" of a rankUpdate event must be a finite number, got the string "8"/);
    expect(fromJs({ type: 'social', action: 'like' })).toThrow(/must be one of follow, share, other/);
    expect(fromJs({ type: 'chats' })).toThrow(/unknown event type the string "chats"/);
    expect(room.sent()).toHaveLength(0);
  });

  it('takes a whole decoded event: its msgId, roomId and createTime are the room\'s own', async () => {
    const room = await quietRoom();
    const [first] = room.push({ type: 'chat', comment: 'original' });
    const event = published(room, first!);
    const [again] = room.push(event as EventInit);
    const copy = published(room, again!);
    expect(copy).toMatchObject({ type: 'chat', comment: 'original', user: (event as Extract<WireEvent, { type: 'chat' }>).user });
    expect(copy.msgId).not.toBe(event.msgId);
  });

  it('checks a scenario\'s events when the simulator starts, not when their timer fires', async () => {
    await expect(
      startSimulator({ rooms: [{ uniqueId: 'script', traffic: false, scenario: [{ at: 10, event: { type: 'chat', commnet: 'x' } as unknown as EventInit }] }] }),
    ).rejects.toThrow(/unknown field "commnet"/);
    await expect(startSimulator({ rooms: [{ uniqueId: 'script', traffic: false, scenario: [{ at: 10, event: { type: 'gift', giftName: 'Nope' } }] }] })).rejects.toThrow(
      InvalidArgumentError,
    );
  });
});

describe('the simulator as a test fixture, end to end', () => {
  it('delivers pushed events to liveRoom$ as given, and comboEnd emits a pushed gift at once', async () => {
    const room = await quietRoom('fixture_e2e');
    const events: LiveEvent[] = [];
    const gifts: GiftEvent[] = [];
    const room$ = liveRoom$('fixture_e2e', { ...sim!.clientOptions, fetchRoomInfo: false });
    subs.push(room$.subscribe((e) => events.push(e)));
    // A minute of idle time: a gift held as a running combo would not come out during this test.
    subs.push(gift$(liveRoom$('fixture_e2e', { ...sim!.clientOptions, fetchRoomInfo: false })).pipe(comboEnd({ idleMs: 60_000 })).subscribe((g) => gifts.push(g)));
    await until(() => room.connections().filter((c) => c.enteredRoom).length === 2, 5000, 'both connections');
    room.push({ type: 'chat', comment: '!hello', user: { uniqueId: 'alice' } });
    room.push({ type: 'gift', giftName: 'Rose', repeatCount: 3, user: { uniqueId: 'bob' } });
    await until(() => gifts.length === 1 && events.filter((e) => e.type === 'gift').length === 1, 10_000, 'the gift, through comboEnd');
    const chat = events.find((e) => e.type === 'chat');
    expect(chat).toMatchObject({ type: 'chat', comment: '!hello', user: { uniqueId: 'alice', nickname: 'alice', badges: [] } });
    expect(gifts[0]).toMatchObject({ giftId: ROSE.id, giftName: 'Rose', diamondCount: ROSE.diamondCount, repeatCount: 3, repeatEnd: true, user: { uniqueId: 'bob' } });
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
  });
});
