import { afterAll, describe, expect, it } from 'vitest';
import { canonicalMethod, decodeMessage, KNOWN_METHODS, type WireEvent } from '../src/decoders/index.js';
import type { EventOf } from '../src/operators/pipeline/events.js';
import { loadRealPayloads } from './support/realframes.js';

// Real TikTok payloads captured in 2023 (shared/realframes/events), decoded with our own schema.
const payloads = loadRealPayloads();
const mapped = payloads.filter((p) => KNOWN_METHODS.includes(canonicalMethod(p.method)));
const decoded: Array<{ method: string; event: WireEvent }> = mapped.map((p) => ({ method: p.method, event: decodeMessage(p.method, p.payload) }));
const ofType = <K extends WireEvent['type']>(type: K) => decoded.map((d) => d.event).filter((e): e is EventOf<K> & WireEvent => e.type === type);

const NO_CREATE_TIME = [
  'WebcastLiveIntroMessage', 'WebcastCaptionMessage', 'WebcastPictionaryStartMessage', 'WebcastPictionaryUpdateMessage', 'WebcastPictionaryEndMessage',
  'WebcastPictionaryExitMessage', 'WebcastEcTaskRegisterMessage', 'WebcastEcShortItemRefreshMessage',
];

afterAll(() => {
  const counts = new Map<string, number>();
  for (const d of decoded) counts.set(d.method, (counts.get(d.method) ?? 0) + 1);
  const lines = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([m, n]) => `  ${m.padEnd(32)} ${n}`);
  console.log(`Decoded ${decoded.length} real payloads of ${counts.size} methods:\n${lines.join('\n')}`);
});

describe('decoding real TikTok payloads', () => {
  it('decodes every payload whose method maps to an event, without error', () => {
    // Every one of the 77 methods of the captures maps to an event (RoomMessage and LinkMicMethod also without the Webcast prefix).
    expect(new Set(mapped.map((p) => p.method)).size).toBe(77);
    expect(mapped).toHaveLength(payloads.length);
    expect(decoded).toHaveLength(mapped.length);
    expect(mapped.length).toBeGreaterThan(1000);
    for (const { event } of decoded) expect(event.type).not.toBe('unknown');
  });

  it('gives every event a decimal msgId, roomId and a millisecond createTime', () => {
    for (const { method, event } of decoded) {
      expect(event.msgId, method).toMatch(/^\d+$/);
      // Ranking winners are announced to every room: those headers name none.
      if (!['WebcastHourlyRankRewardMessage', 'WebcastMarqueeAnnouncementMessage'].includes(method)) expect(event.roomId, method).toMatch(/^[1-9]\d{15,19}$/);
      // Some headers carry no create time: intros, captions (a caption has its own timestamp), the drawing game, shopping refreshes.
      if (event.createTime !== 0 || !NO_CREATE_TIME.includes(method)) {
        expect(event.createTime, method).toBeGreaterThan(Date.UTC(2023, 0, 1));
        expect(event.createTime, method).toBeLessThan(Date.UTC(2024, 0, 1));
      }
    }
  });

  it('keeps 64-bit ids exact beyond 2^53', () => {
    const gift = ofType('gift').find((g) => g.msgId === '7309148383620451090');
    expect(gift).toBeDefined();
    expect(gift!.roomId).toBe('7309128470994258694');
    expect(BigInt(gift!.msgId)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it('accepts methods without the Webcast prefix (RoomMessage, LinkMicMethod)', () => {
    const room = decoded.filter((d) => d.method === 'RoomMessage');
    expect(room.length).toBe(21);
    for (const { event } of room) {
      expect(event.type).toBe('room');
      expect((event as EventOf<'room'>).content.length).toBeGreaterThan(0);
    }
    const linkMic = decoded.filter((d) => d.method === 'LinkMicMethod');
    expect(linkMic.length).toBe(10);
    for (const { event } of linkMic) expect(event.type).toBe('linkMic');
  });

  it('reads chat comments and user handles', () => {
    const chats = ofType('chat');
    expect(chats.length).toBe(101);
    for (const c of chats) {
      expect(c.comment.length).toBeGreaterThan(0);
      expect(c.user.uniqueId).toMatch(/^[\w.]+$/);
      expect(c.user.userId).toMatch(/^\d+$/);
      expect(c.user.profilePictureUrl).toMatch(/^https:\/\//);
    }
    expect(chats.some((c) => c.user.isModerator)).toBe(true);
    expect(chats.some((c) => c.user.badges.length > 0)).toBe(true);
  });

  it('follows a real gift streak: repeatCount rises and repeatEnd comes on its last frame', () => {
    const streaks = new Map<string, EventOf<'gift'>[]>();
    for (const g of ofType('gift')) {
      const key = `${g.user.userId}:${g.groupId}`;
      streaks.set(key, [...(streaks.get(key) ?? []), g]);
    }
    for (const gifts of streaks.values()) {
      gifts.sort((a, b) => a.createTime - b.createTime);
      for (let i = 1; i < gifts.length; i++) expect(gifts[i]!.repeatCount).toBeGreaterThanOrEqual(gifts[i - 1]!.repeatCount);
      gifts.slice(0, -1).forEach((g) => expect(g.repeatEnd).toBe(false));
    }
    // User 6776970940175827973's Rose streak: 1, 3, 7, 10, 11, then the end frame with 11.
    const rose = streaks.get('6776970940175827973:1701792311393')!;
    expect(rose.map((g) => g.repeatCount)).toEqual([1, 3, 7, 10, 11, 11]);
    expect(rose.map((g) => g.repeatEnd)).toEqual([false, false, false, false, false, true]);
    expect(rose.map((g) => g.combo)).toEqual([true, true, true, true, true, false]);
    expect(rose[0]).toMatchObject({ giftName: 'Rose', giftId: 5655, diamondCount: 1, giftType: 1 });
  });

  it('treats non-streakable gifts as never in a combo', () => {
    const single = ofType('gift').filter((g) => g.giftType !== 1);
    expect(single.length).toBeGreaterThan(0);
    for (const g of single) {
      expect(g.combo).toBe(false);
      expect(g.diamondCount).toBeGreaterThan(0);
    }
  });

  it('tells follows and shares apart', () => {
    const social = ofType('social');
    const follows = social.filter((s) => s.action === 'follow');
    const shares = social.filter((s) => s.action === 'share');
    expect(follows.length).toBeGreaterThan(0);
    expect(shares.length).toBeGreaterThan(0);
    expect(follows.length + shares.length).toBe(social.length);
    for (const f of follows) expect(f).toMatchObject({ rawAction: 1, displayType: 'pm_main_follow_message_viewer_2' });
    for (const s of shares) expect(s.rawAction).toBe(3);
    expect(shares.filter((s) => s.usersJoined > 0).map((s) => s.usersJoined).sort()).toContain(5);
  });

  it('reads control actions 1 (paused), 2 (unpaused) and 3 (ended)', () => {
    const actions = new Set(ofType('control').map((c) => c.action));
    expect([...actions].sort()).toEqual([1, 2, 3]);
  });

  it('reads viewer counts and top viewers', () => {
    const seq = ofType('roomUserSeq');
    expect(seq.length).toBe(115);
    const sample = seq.find((s) => s.msgId === '7309148438409513761')!;
    expect(sample).toMatchObject({ viewerCount: 1735, totalViewers: 76158 });
    expect(sample.topViewers.length).toBeGreaterThan(0);
    expect(sample.topViewers[0]!.user.uniqueId).toBe('king1.ahmadzai');
    expect(seq.filter((s) => s.viewerCount > 0).length).toBeGreaterThan(100);
  });

  it('reads likes, joins, battles, armies, questions and subscriptions', () => {
    for (const l of ofType('like')) {
      expect(l.likeCount).toBeGreaterThan(0);
      expect(l.totalLikes).toBeGreaterThan(l.likeCount);
    }
    for (const m of ofType('member')) expect(m.action).toBe(1);
    const battle = ofType('battle').find((b) => b.msgId === '7286185127187811104')!;
    expect(battle).toMatchObject({ battleId: '7286185120444009249', status: 1, action: 4, duration: 301 });
    expect(battle.teams.map((t) => t.host?.uniqueId)).toEqual(['andrea.salcedo9', 'ferrekisskall']);
    const armies = ofType('battleArmies').find((a) => a.msgId === '7286185128375241504')!;
    expect(armies.teams[0]).toMatchObject({ hostUserId: '7195253152986547205', score: 1883 });
    expect(armies.teams[0]!.users[0]).toMatchObject({ userId: '7040432571784676358', score: 1498 });
    for (const q of ofType('question')) expect(q.questionText.length).toBeGreaterThan(0);
    const [sub] = ofType('subscribe');
    expect(sub).toMatchObject({ subMonth: 1 });
    expect(sub!.user.uniqueId.length).toBeGreaterThan(0);
    for (const e of ofType('emoteChat')) expect(e.emoteId).toMatch(/^\d+$/);
  });

  it('reads rank updates from both rank methods', () => {
    const ranks = decoded.filter((d) => d.event.type === 'rankUpdate');
    expect(new Set(ranks.map((r) => r.method))).toEqual(new Set(['WebcastRankUpdateMessage', 'WebcastHourlyRankMessage']));
    const hourly = ranks.find((r) => r.method === 'WebcastHourlyRankMessage')!.event as EventOf<'rankUpdate'>;
    expect(hourly.rankList[0]!.text).toBe('Weekly Ranking');
  });

  it('surfaces methods without a mapping as unknown events with their raw bytes', () => {
    // A real message under a method nobody has seen: its header still gives the msgId.
    const other = payloads.find((p) => p.method === 'WebcastChatMessage')!;
    const event = decodeMessage('WebcastNotYetSeenMessage', other.payload);
    expect(event.type).toBe('unknown');
    expect(event).toMatchObject({ method: 'WebcastNotYetSeenMessage', payload: other.payload });
    expect(event.msgId).toMatch(/^[1-9]\d+$/);
  });
});
