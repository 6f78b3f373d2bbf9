import type { LiveUser, WireEvent } from '../../src/decoders/index.js';

export const alice: LiveUser = {
  userId: '7000000000000000001',
  uniqueId: 'alice',
  nickname: 'Alice',
  profilePictureUrl: 'https://example.test/alice.webp',
  isModerator: true,
  isSubscriber: true,
  followRole: 2,
  badges: [
    { sceneType: 1, displayType: 1, level: 0, text: '', url: 'https://example.test/mod.png' },
    { sceneType: 8, displayType: 1, level: 24, text: '', url: 'https://example.test/grade.png' },
    { sceneType: 4, displayType: 2, level: 0, text: 'Subscriber', url: '' },
  ],
};

export const bob: LiveUser = {
  userId: '7000000000000000002',
  uniqueId: 'bob',
  nickname: 'Bob',
  profilePictureUrl: '',
  isModerator: false,
  isSubscriber: false,
  followRole: 0,
  badges: [],
};

const roomId = '7291268239881964294';
let n = 0;
const head = (method: string) => ({ method, msgId: String(7300000000000000000n + BigInt(++n)), roomId, createTime: 1_700_000_000_000 + n });

/** One example of every wire event type, each built as a user would read it. */
export function everyEventType(): WireEvent[] {
  return [
    { type: 'chat', ...head('WebcastChatMessage'), user: alice, comment: 'hello 👋', emotes: [{ emoteId: '123', emoteUrl: 'https://example.test/e.png', index: 5 }], language: 'en' },
    { type: 'member', ...head('WebcastMemberMessage'), user: bob, action: 1, memberCount: 4221 },
    { type: 'like', ...head('WebcastLikeMessage'), user: bob, likeCount: 15, totalLikes: 1816619 },
    {
      type: 'gift', ...head('WebcastGiftMessage'), user: alice, giftId: 5655, giftName: 'Rose', diamondCount: 1, giftType: 1,
      giftPictureUrl: 'https://example.test/rose.png', repeatCount: 7, repeatEnd: false, combo: true, groupId: '1701793765204', toUser: undefined,
    },
    {
      type: 'gift', ...head('WebcastGiftMessage'), user: bob, giftId: 6064, giftName: 'GG', diamondCount: 1, giftType: 2,
      giftPictureUrl: '', repeatCount: 1, repeatEnd: false, combo: false, groupId: '0', toUser: alice,
    },
    { type: 'social', ...head('WebcastSocialMessage'), user: bob, action: 'follow', displayType: 'pm_main_follow_message_viewer_2', rawAction: 1, usersJoined: 0 },
    { type: 'social', ...head('WebcastSocialMessage'), user: alice, action: 'share', displayType: 'pm_mt_guidance_viewer_10_share', rawAction: 3, usersJoined: 10 },
    { type: 'roomUserSeq', ...head('WebcastRoomUserSeqMessage'), viewerCount: 1622, totalViewers: 246399, topViewers: [{ user: alice, coinCount: 500, rank: 1 }, { user: bob, coinCount: 20, rank: 2 }] },
    {
      type: 'battle', ...head('WebcastLinkMicBattle'), battleId: '7286185120444009249', status: 2, action: 5, duration: 300,
      teams: [
        { hostUserId: '127605724259524608', host: { userId: '127605724259524608', uniqueId: 'host_a', nickname: 'Host A', profilePictureUrl: '' }, result: 0, score: 1883 },
        { hostUserId: '6827777381604787206', host: { userId: '6827777381604787206', uniqueId: 'host_b', nickname: 'Host B', profilePictureUrl: 'https://example.test/b.png' }, result: 1, score: 912 },
      ],
    },
    {
      type: 'battleArmies', ...head('WebcastLinkMicArmies'), battleId: '7286185120444009249', triggerReason: 1,
      teams: [{ hostUserId: '127605724259524608', score: 1883, users: [{ userId: alice.userId, nickname: 'Alice', score: 1498, profilePictureUrl: '' }] }],
    },
    { type: 'subscribe', ...head('WebcastSubNotifyMessage'), user: alice, subMonth: 3 },
    { type: 'emoteChat', ...head('WebcastEmoteChatMessage'), user: alice, emoteId: '7190000000000000000', emoteUrl: 'https://example.test/emote.png' },
    {
      type: 'envelope', ...head('WebcastEnvelopeMessage'), envelopeId: '7309138793474755334', diamondCount: 100, peopleCount: 20,
      user: { ...bob, badges: [], profilePictureUrl: 'https://example.test/bob.png', uniqueId: '' },
    },
    { type: 'question', ...head('WebcastQuestionNewMessage'), user: bob, questionText: 'What game is this?', questionId: '7286184523921492700' },
    { type: 'control', ...head('WebcastControlMessage'), action: 3, tips: '' },
    { type: 'room', ...head('RoomMessage'), content: 'Welcome to TikTok LIVE!' },
    { type: 'liveIntro', ...head('WebcastLiveIntroMessage'), title: 'Speedrun night', host: alice },
    { type: 'rankUpdate', ...head('WebcastRankUpdateMessage'), rankType: 1, rankList: [{ rankType: 1, rank: 42, text: 'Weekly No. {0:string}' }] },
    { type: 'linkMic', ...head('WebcastLinkMicMethod'), action: 8, users: [bob] },
    { type: 'unknown', ...head('WebcastHashtagMessage'), payload: new Uint8Array([0x0a, 0x00]) },
  ];
}
