import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalMethod, decodeMessage, encodeEvent, LiveError, type Badge, type LiveUser, type WireEvent } from '../src/decoders/index.js';
import { decodeMessageBySchema } from '../src/decoders/messages.js';
import { HAND_DECODERS } from '../src/decoders/messages.js';
import * as pb from '../src/decoders/generated/webcast.js';
import { everyEventType } from './support/events.js';
import { loadRealPayloads } from './support/realframes.js';

// The hottest methods have hand-written decoders; the generated schema decoders are their reference.
const HOT = ['ChatMessage', 'MemberMessage', 'LikeMessage', 'GiftMessage', 'SocialMessage', 'RoomUserSeqMessage'];

/** The outcome of decoding, comparable across decoders: the event, or the kind of error thrown. */
function outcome(decode: () => WireEvent): { event: WireEvent } | { error: string } {
  try {
    return { event: decode() };
  } catch (err) {
    expect(err).toBeInstanceOf(LiveError);
    return { error: (err as LiveError).code };
  }
}

describe('hand-written decoders of the hottest messages', () => {
  it('cover exactly the hot methods, under both spellings', () => {
    expect([...HAND_DECODERS.keys()].sort()).toEqual([...HOT, ...HOT.map((m) => `Webcast${m}`)].sort());
  });

  const real = loadRealPayloads().filter((p) => HOT.includes(canonicalMethod(p.method)));

  it('agree with the schema decoders on every real captured payload of those methods', () => {
    const seen = new Set<string>();
    for (const p of real) {
      const expected = decodeMessageBySchema(p.method, p.payload);
      expect(decodeMessage(p.method, p.payload), `${p.file} ${p.method}`).toEqual(expected);
      // The same bytes in a Node Buffer take the native UTF-8 path.
      const buffer = Buffer.from(p.payload.buffer, p.payload.byteOffset, p.payload.byteLength);
      expect(decodeMessage(p.method, buffer)).toEqual(expected);
      seen.add(canonicalMethod(p.method));
    }
    // Every hot method is in the captures, and the comparison is not vacuous.
    expect([...seen].sort()).toEqual([...HOT].sort());
    expect(real.length).toBeGreaterThan(500);
  });

  it('read real users with badges, avatars and roles as the schema path does', () => {
    const users = real.map((p) => decodeMessage(p.method, p.payload)).flatMap((e) => ('user' in e && e.user ? [e.user as LiveUser] : []));
    expect(users.filter((u) => u.badges.length > 0).length).toBeGreaterThan(50);
    expect(users.filter((u) => u.profilePictureUrl.startsWith('https://')).length).toBeGreaterThan(100);
  });

  it('take the medium or large avatar only when the thumbnail has no URL, as the schema path does', () => {
    const image = (...urlList: string[]) => ({ urlList });
    const avatars = [
      { avatarThumb: image('https://t/1'), avatarMedium: image('https://m/1'), avatarLarge: image('https://l/1') },
      { avatarThumb: image(), avatarMedium: image('https://m/2', 'https://m/2b'), avatarLarge: image('https://l/2') },
      { avatarMedium: image(), avatarLarge: image('https://l/3') },
      { avatarLarge: image('https://l/4') },
      { avatarThumb: image(''), avatarMedium: image('https://m/5') },
      {},
    ];
    const urls = avatars.map((a) => {
      const payload = pb.WebcastChatMessage.encode({ common: { msgId: '1', roomId: '2', createTime: 3 }, user: { id: '7', nickname: 'n', ...a }, content: 'hi' }).finish();
      const fast = decodeMessage('WebcastChatMessage', payload);
      expect(fast).toEqual(decodeMessageBySchema('WebcastChatMessage', payload));
      return (fast as Extract<WireEvent, { type: 'chat' }>).user.profilePictureUrl;
    });
    expect(urls).toEqual(['https://t/1', 'https://m/2', 'https://l/3', 'https://l/4', 'https://m/5', '']);
  });

  it('fall back to the envelope msgId and normalise second timestamps like the schema path', () => {
    for (const e of everyEventType().filter((x) => HOT.includes(canonicalMethod(x.method)))) {
      const raw = encodeEvent({ ...e, msgId: '0', createTime: 1_700_000_000 } as WireEvent);
      const fast = decodeMessage(raw.method, raw.payload, { msgId: '42' });
      expect(fast).toEqual(decodeMessageBySchema(raw.method, raw.payload, { msgId: '42' }));
      expect(fast).toMatchObject({ msgId: '42', createTime: 1_700_000_000_000 });
    }
  });

  const id = fc.oneof(fc.constant('0'), fc.bigInt({ min: 1n, max: (1n << 64n) - 1n }).map(String), fc.nat().map(String));
  const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
  const badge: fc.Arbitrary<Badge> = fc.record({
    sceneType: fc.integer({ min: 0, max: 12 }),
    displayType: fc.integer({ min: 0, max: 4 }),
    level: fc.nat({ max: 60 }),
    text,
    url: text,
  });
  const user: fc.Arbitrary<LiveUser> = fc.record({
    userId: id,
    uniqueId: text,
    nickname: text,
    profilePictureUrl: text,
    isModerator: fc.boolean(),
    isSubscriber: fc.boolean(),
    followRole: fc.integer({ min: 0, max: 2 }),
    badges: fc.array(badge, { maxLength: 3 }),
  });
  const common = (method: string) =>
    fc.record({ method: fc.constantFrom(method, `Webcast${method}`), msgId: id, roomId: id, createTime: fc.nat() });
  const count = fc.oneof(fc.nat(), fc.constant(0), fc.integer({ min: -5, max: -1 }));
  const big = fc.oneof(fc.nat(), fc.maxSafeNat());

  const hotEvent: fc.Arbitrary<WireEvent> = fc.oneof(
    fc
      .tuple(common('ChatMessage'), user, text, fc.array(fc.record({ emoteId: text, emoteUrl: text, index: fc.nat() }), { maxLength: 2 }), text)
      .map(([c, u, comment, emotes, language]) => ({ type: 'chat' as const, ...c, user: u, comment, emotes, language })),
    fc.tuple(common('MemberMessage'), user, count, count).map(([c, u, action, memberCount]) => ({ type: 'member' as const, ...c, user: u, action, memberCount })),
    fc.tuple(common('LikeMessage'), user, count, big).map(([c, u, likeCount, totalLikes]) => ({ type: 'like' as const, ...c, user: u, likeCount, totalLikes })),
    fc
      .tuple(common('GiftMessage'), user, fc.option(user, { nil: undefined }), fc.nat(), text, fc.nat(), fc.integer({ min: 0, max: 4 }), text, fc.nat(), fc.boolean(), id)
      .map(([c, u, toUser, giftId, giftName, diamondCount, giftType, giftPictureUrl, repeatCount, repeatEnd, groupId]) => ({
        type: 'gift' as const, ...c, user: u, giftId, giftName, diamondCount, giftType, giftPictureUrl, repeatCount, repeatEnd,
        combo: giftType === 1 && !repeatEnd, groupId, toUser,
      })),
    fc
      .tuple(common('SocialMessage'), user, fc.constantFrom('pm_main_follow_message_viewer_2', 'pm_mt_guidance_viewer_7_share', 'pm_mt_guidance_share', ''), big)
      .map(([c, u, displayType, rawAction]) => ({ type: 'social' as const, ...c, user: u, action: 'other' as const, displayType, rawAction, usersJoined: 0 })),
    fc
      .tuple(common('RoomUserSeqMessage'), big, big, fc.array(fc.record({ user, coinCount: big, rank: fc.nat() }), { maxLength: 3 }))
      .map(([c, viewerCount, totalViewers, topViewers]) => ({ type: 'roomUserSeq' as const, ...c, viewerCount, totalViewers, topViewers })),
  );

  it('hand a message whose user occurs twice to the schema path, which merges the two as protobuf does', () => {
    // Two encodings of one message back to back are one message with both fields' values merged.
    const first = pb.WebcastChatMessage.encode({ common: { method: 'WebcastChatMessage', msgId: 7001, roomId: 42, createTime: 1_700_000_000_000 }, user: { id: 123, nickname: 'First' }, content: 'hi' }).finish();
    const second = pb.WebcastChatMessage.encode({ user: { displayId: 'late_handle' } }).finish();
    const payload = new Uint8Array([...first, ...second]);
    const event = decodeMessage('WebcastChatMessage', payload);
    expect(event).toEqual(decodeMessageBySchema('WebcastChatMessage', payload));
    // The user is the merge of both: the id and nickname of the first, the handle of the second.
    expect(event).toMatchObject({ type: 'chat', comment: 'hi', user: { userId: '123', nickname: 'First', uniqueId: 'late_handle' } });
    // The hand-written decoder itself declines such a message.
    expect(HAND_DECODERS.get('WebcastChatMessage')!(payload, 0, payload.length, 'WebcastChatMessage', undefined)).toBeUndefined();
  });

  it('agree with the schema decoders on generated messages (property)', () => {
    fc.assert(
      fc.property(hotEvent, (event) => {
        const raw = encodeEvent(event);
        expect(decodeMessage(raw.method, raw.payload)).toEqual(decodeMessageBySchema(raw.method, raw.payload));
      }),
      { numRuns: 1500 },
    );
  });

  it('agree with the schema decoders on mutated and truncated messages (property)', () => {
    const mutatedRaw = fc
      .tuple(hotEvent, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), fc.option(fc.nat()))
      .map(([event, flips, cut]) => {
        const raw = encodeEvent(event);
        const bytes = raw.payload.slice();
        for (const [i, v] of flips) if (bytes.length) bytes[i % bytes.length] = v;
        return { method: raw.method, payload: cut === null || !bytes.length ? bytes : bytes.subarray(0, cut % bytes.length) };
      });
    let bothFailed = 0;
    let onlySchemaFailed = 0;
    fc.assert(
      fc.property(mutatedRaw, ({ method, payload }) => {
        const fast = outcome(() => decodeMessage(method, payload));
        const schema = outcome(() => decodeMessageBySchema(method, payload));
        if ('error' in fast) {
          // Never stricter than the schema: what the hand-written decoder refuses, the schema refuses too.
          expect(schema).toEqual(fast);
          bothFailed++;
        } else if ('error' in schema) {
          // The schema also parses fields no event carries (a chat's `atUser`, …), which the
          // hand-written decoders skip unread: garbage there costs them nothing.
          onlySchemaFailed++;
        } else {
          expect(fast.event).toEqual(schema.event);
        }
      }),
      { numRuns: 3000 },
    );
    // The mutations do reach the error paths, and skipped-field garbage stays the exception.
    expect(bothFailed).toBeGreaterThan(100);
    expect(onlySchemaFailed).toBeLessThan(bothFailed);
  });
});
