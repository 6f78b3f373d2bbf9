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
    {
      type: 'goalUpdate', ...head('WebcastGoalUpdateMessage'), goalId: '7309145013957774086', goalType: 1, status: 1, description: 'Road to 50 roses',
      startTime: 1_700_000_000_000, expireTime: 1_700_014_400_000,
      subGoals: [{ subGoalId: '5655', type: 1, progress: 17, target: 50, giftName: 'Rose', giftDiamondCount: 1, giftPictureUrl: 'https://example.test/rose.png' }],
      contributors: [{ userId: alice.userId, uniqueId: 'alice', profilePictureUrl: '', score: 500 }],
      contributorId: alice.userId, contributorUniqueId: 'alice', contributeCount: 1, contributeScore: 5,
    },
    {
      type: 'roomPin', ...head('WebcastRoomPinMessage'), action: 1, pinnedMsgId: '7286184904911112993', pinnedMethod: 'WebcastChatMessage', pinnedUser: bob,
      pinnedText: 'one ticket per move', pinTime: 1_700_000_000_123, displayDuration: 60, operator: alice,
    },
    {
      type: 'roomPin', ...head('WebcastRoomPinMessage'), action: 1, pinnedMsgId: '7309146462659496710', pinnedMethod: 'WebcastGiftMessage', pinnedUser: alice,
      pinnedText: 'Alice: gifted the host 1 Rose', pinTime: 1_700_000_000_124, displayDuration: 60, operator: undefined,
    },
    {
      type: 'poll', ...head('WebcastPollMessage'), pollId: '7286185037553699617', messageType: 0, title: 'Next game?', startTime: 1_700_000_000_000, endTime: 1_700_000_060_000,
      endType: 0, options: [{ optionIndex: 0, text: 'yes', votes: 0 }, { optionIndex: 1, text: 'no', votes: 0 }], operator: alice,
    },
    {
      type: 'poll', ...head('WebcastPollMessage'), pollId: '7286185037553699617', messageType: 1, title: '', startTime: 0, endTime: 0,
      endType: 1, options: [{ optionIndex: 0, text: 'yes', votes: 36 }, { optionIndex: 1, text: 'no', votes: 1 }], operator: undefined,
    },
    { type: 'imDelete', ...head('WebcastImDeleteMessage'), deleteMsgIds: ['7309146982651316997'], deleteUserIds: [bob.userId] },
    { type: 'caption', ...head('WebcastCaptionMessage'), timestamp: 1_700_000_000_000, duration: 2580, captions: [{ language: 'en', text: 'hello everyone' }] },
    { type: 'inRoomBanner', ...head('WebcastInRoomBannerMessage'), data: '{"debug":false}' },
    { type: 'barrage', ...head('WebcastBarrageMessage'), barrageType: 9, displayKey: 'pm_mt_alp_join_animation', text: 'joined', duration: 4000, user: bob, level: 35 },
    { type: 'linkLayer', ...head('WebcastLinkLayerMessage'), messageType: 11, channelId: '7309128584571737093', scene: 4 },
    {
      type: 'linkMicFanTicket', ...head('WebcastLinkMicFanTicketMethod'), totalFanTickets: 45124, matchId: '0', eventTime: 0,
      users: [{ userId: alice.userId, fanTickets: 45000, matchTotalScore: 10, matchRank: 1 }, { userId: bob.userId, fanTickets: 124, matchTotalScore: 0, matchRank: 2 }],
    },
    {
      type: 'battleTask', ...head('WebcastLinkmicBattleTaskMessage'), battleId: '7286185120444009249', taskMessageType: 3, progress: 40,
      promptKey: 'pm_mt_live_match_desc_2', promptValues: [{ field: 'sum', value: '1809' }], result: 1,
    },
    { type: 'battlePunishFinish', ...head('WebcastLinkMicBattlePunishFinish'), battleId: '7286183425237322529', channelId: '7286180458596059936', operatorUserId: alice.userId, reason: 1, status: 4 },
    { type: 'battleItemCard', ...head('WebcastLinkMicBattleItemCard'), battleId: '7286183703490841377', cardType: 4, displayKey: 'pm_mt_mvp_getItem_crit', text: 'Bob got a {1:image} boosting glove.' },
    { type: 'rankText', ...head('WebcastRankTextMessage'), scene: 1, rankBefore: 2, rankAfter: 1, userId: bob.userId, displayKey: 'pm_mt_topviewer_comment', text: 'Bob just became the No. 1 viewer!' },
    { type: 'giftBroadcast', ...head('WebcastGiftBroadcastMessage'), fromUserId: alice.userId, displayKey: 'pm_mt_live_gift_platform_announcement', text: 'Alice sent TikTok Universe to Bob', schema: 'sslocal://webcast_gift_dialog?gift_id=9072' },
    { type: 'unauthorizedMember', ...head('WebcastUnauthorizedMemberMessage'), action: 1, nickname: 'Viewer743858', displayKey: 'live_room_enter_toast', text: 'Viewer743858 joined' },
    {
      type: 'accessRecall', ...head('WebcastAccessRecallMessage'), status: 1, scene: 'CONTENT_CLASSIFICATION', duration: 600, endTime: 1_700_000_600_000,
      punish: { punishType: '', punishReason: '', punishId: '7286181102871972614', violationUserId: '0' },
    },
    {
      type: 'bottomMessage', ...head('WebcastBottomMessage'), content: 'Not recommended', showType: 1, duration: 599, bizType: 6,
      punish: { punishType: 'other_live_nr', punishReason: 'Co-host_NR', punishId: '7286183061279083297', violationUserId: bob.userId },
    },
    {
      type: 'capsule', ...head('WebcastCapsuleMessage'), capsuleType: 10, displayKey: 'pm_mt_goal_reminder', text: 'The host set a subscription goal.', buttonText: 'Support',
      schema: 'sslocal://webcast_lynxview_popup?gravity=bottom',
    },
    {
      type: 'hourlyRankReward', ...head('WebcastHourlyRankRewardMessage'),
      winners: [{ userId: alice.userId, assetId: '206', displayKey: 'pm_mt_Live_HRannounce', text: 'Congratulations! Alice just became the No. 1 LIVE creator of the last hour.' }],
    },
    {
      type: 'marqueeAnnouncement', ...head('WebcastMarqueeAnnouncementMessage'), messageScene: 'start_room_event',
      entries: [{ displayKey: 'pm_mt_Live_announcement', text: 'Weekly No. 1: alice is LIVE', schema: `sslocal://webcast_room?room_id=${roomId}` }],
    },
    { type: 'msgDetect', ...head('WebcastMsgDetectMessage'), detectType: 2, triggerBy: 1, clientStartTime: 1_700_000_000_000, apiReceiveTime: 1_700_000_000_180, apiSendTime: 1_700_000_000_190, fromRegion: 'DE' },
    {
      type: 'oecLiveShopping', ...head('WebcastOecLiveShoppingMessage'), actionType: 1, productCount: 4, productId: '1729681322177039043', title: 'Ring light', price: '$19.00',
      imageUrl: 'https://example.test/ring.jpeg', source: 'TikTok Shop',
    },
    { type: 'partnershipDropsUpdate', ...head('WebcastPartnershipDropsUpdateMessage'), changeMode: 2, dropsId: '7276370375076088578', taskId: '7', eventId: '8', anchorUserId: alice.userId },
    {
      type: 'perception', ...head('WebcastPerceptionMessage'), scene: 6, iconType: 2, endTime: 1_700_000_900_000,
      punish: { punishType: 'muting_cancel', punishReason: 'CREDIT_MUTE', punishId: '7286096584089209633', violationUserId: bob.userId },
    },
    { type: 'roomNotify', ...head('WebcastRoomNotifyMessage'), notifyType: 3, displayKey: 'pm_mt_boost_crit_got_comment_others', text: 'The MVP Bob got 1 boosting glove.', schema: 'sslocal://x', fromUserId: bob.userId },
    { type: 'roomVerify', ...head('WebcastRoomVerifyMessage'), action: 4, content: 'checked', noticeType: 1, closeRoom: true },
    {
      type: 'subPin', ...head('WebcastSubPinEventMessage'), actionType: 1, operatorUserId: alice.userId, cardId: '7275062330730892064', cardType: 2,
      goalId: '7275062330730892064', goalText: 'Help me reach the goal!', goalTarget: 100, goalProgress: 87,
    },
    {
      type: 'anchorToolModification', ...head('WebcastAnchorToolModificationMessage'), toolId: '28019345', title: 'Paper Bag Head', startTime: 1_700_000_000_000,
      endTime: 1_700_000_054_000, source: 'shortCut', scene: 'video_anchor_pk',
    },
    { type: 'baLeadGen', ...head('WebcastBALeadGenMessage'), action: 1, leadGenId: '7264361431603953922', eventTime: 1_700_000_000_000, displayKey: 'cta_extension_learnmore', schema: 'aweme://x' },
    {
      type: 'donationStickerModify', ...head('WebcastDonationStickerModifyMethod'), stickerId: '82677', stickerType: 3, organisationId: 'organisation_x',
      organisationName: 'Example Charity', organisationDescription: 'Helping.',
    },
    { type: 'ecShortItemRefresh', ...head('WebcastEcShortItemRefreshMessage'), delay: 3000, key: 'shortTouchEcommerceVoucher' },
    { type: 'ecTaskRegister', ...head('WebcastEcTaskRegisterMessage'), delay: 5000, taskId: '7285336569803177990' },
    { type: 'envelopePortal', ...head('WebcastEnvelopePortalMessage'), envelopeId: '7286158134723726113', senderUserId: bob.userId },
    { type: 'giftCollectionUpdate', ...head('WebcastGiftCollectionUpdateMessage'), updateType: 2, giftId: 6233, giftName: 'Travel with You', diamondCount: 1000, text: 'Sent Travel with You' },
    {
      type: 'goodyBag', ...head('WebcastGoodyBagMessage'), goodyBagId: '7286184599424535301', activityId: '7286152958743366405', diamondCount: 5, claimedCount: 2,
      peopleCount: 10, message: 'good luck', openTime: 1_700_000_600_000, winners: [{ userId: alice.userId, uniqueId: 'alice', amount: 4 }, { userId: bob.userId, uniqueId: 'bob', amount: 1 }],
    },
    { type: 'hashtag', ...head('WebcastHashtagMessage'), hashtagId: '5', title: 'Gaming', namespace: 1 },
    { type: 'inRoomBannerRefresh', ...head('WebcastInRoomBannerRefreshMessage'), refreshInterval: 20 },
    { type: 'linkMicAnchorGuide', ...head('WebcastLinkMicAnchorGuideMessage'), guideType: 7, anchorUserId: alice.userId },
    { type: 'linkScreenChange', ...head('WebcastLinkScreenChangeMessage'), messageType: 2, layoutType: 3, layoutKey: `${alice.userId}_${bob.userId}` },
    { type: 'battleNotice', ...head('WebcastLinkmicBattleNoticeMessage'), noticeType: 6, displayKey: 'pm_mt_notice', text: 'Only Roses count.' },
    { type: 'paidContentLiveShopping', ...head('WebcastPaidContentLiveShoppingMessage'), action: 1, contentId: '7282592079874642950', eventTime: 1_700_000_000_123 },
    { type: 'partnershipCardChange', ...head('WebcastPartnershipCardChangeMessage'), changeType: 1, taskId: '7259712642062273282' },
    { type: 'partnershipDownloadCount', ...head('WebcastPartnershipDownloadCountMessage'), downloadCount: 132, taskId: '7270063069731310338' },
    { type: 'pictionaryStart', ...head('WebcastPictionaryStartMessage'), pictionaryId: '7286178196004244230', gameId: '7286156851301042950', startTime: 1_700_000_000_000, endTime: 1_700_000_120_000 },
    { type: 'pictionaryUpdate', ...head('WebcastPictionaryUpdateMessage'), updateType: 2, pictionaryId: '7286178196004244230' },
    { type: 'pictionaryEnd', ...head('WebcastPictionaryEndMessage'), pictionaryId: '7286178196004244230', answer: 'Wheel', result: 3 },
    { type: 'pictionaryExit', ...head('WebcastPictionaryExitMessage'), gameId: '7286156851301042950', exitType: 1 },
    { type: 'questionDelete', ...head('WebcastQuestionDeleteMessage'), questionId: '7286101684174159905', userId: bob.userId },
    { type: 'questionSelected', ...head('WebcastQuestionSelectedMessage'), questionId: '7286182124117213216', questionText: 'Top 90?', user: alice },
    { type: 'questionSlideDown', ...head('WebcastQuestionSlideDownMessage'), questionId: '7286182124117213216' },
    { type: 'questionSwitch', ...head('WebcastQuestionSwitchMessage') },
    { type: 'roomSticker', ...head('WebcastRoomStickerMessage'), stickerId: '2269957', stickerType: 4, title: 'Welcome', text: 'Welcome in!' },
    {
      type: 'subTimerSticker', ...head('WebcastSubTimerStickerMessage'), timerId: '7286172253820291845', status: 2, text: 'Subathon', totalSeconds: 14_400, remainingSeconds: 11_646,
      startTime: 1_700_000_000_000,
    },
    {
      type: 'subWave', ...head('WebcastSubWaveMessage'), waveId: '7286181596390148896', action: 1, status: 2, progress: 17, startTime: 1_700_000_000_000,
      initiator: { userId: alice.userId, uniqueId: 'alice' }, participants: [{ userId: alice.userId, uniqueId: 'alice' }, { userId: bob.userId, uniqueId: 'bob' }], participantCount: 5,
    },
    { type: 'subscriptionGuide', ...head('WebcastSubscriptionGuideMessage'), displayKey: 'pm_mt_goal_reminder', text: 'The host set a subscription goal.', buttonText: 'Support' },
    {
      type: 'weeklyRankReward', ...head('WebcastWeeklyRankRewardMessage'), winnerUserId: alice.userId, rankSource: 'daily_rank', displayKey: 'pm_mt_daily_notice_hostlive',
      text: 'Alice just reached No.11 in the Daily Ranking.',
    },
    { type: 'unknown', ...head('WebcastNotYetSeenMessage'), payload: new Uint8Array([0x0a, 0x00]) },
  ];
}
