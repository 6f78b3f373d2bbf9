/**
 * `tiktok-live-rx/testing`: event factories and a fake room, for marble tests
 * of your own operators (and this library's). No Node built-ins, no ws, no
 * wire code: it runs in a browser test runner too.
 *
 * @example
 * ```ts
 * import { TestScheduler } from 'rxjs/testing';
 * import { fakeRoom } from 'tiktok-live-rx/testing';
 *
 * new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ expectObservable }) => {
 *   const room$ = fakeRoom('-a-a-b-|', { a: { type: 'chat', user: { uniqueId: 'alice' } }, b: { type: 'chat', user: { uniqueId: 'bob' } } });
 *   expectObservable(room$.pipe(myTopChatters())).toBe('-x-y-z-|', { x: ['alice'], y: ['alice'], z: ['alice', 'bob'] });
 * });
 * ```
 */
export {
  EVENT_FACTORIES,
  battleArmiesEvent,
  battleEvent,
  chatEvent,
  connectedEvent,
  controlEvent,
  disconnectedEvent,
  emoteChatEvent,
  envelopeEvent,
  errorEvent,
  gapEvent,
  giftEvent,
  likeEvent,
  linkMicEvent,
  liveIntroEvent,
  memberEvent,
  questionEvent,
  rankUpdateEvent,
  roomEvent,
  roomInfoEvent,
  roomUserSeqEvent,
  socialEvent,
  subscribeEvent,
  goalUpdateEvent,
  roomPinEvent,
  pollEvent,
  imDeleteEvent,
  captionEvent,
  inRoomBannerEvent,
  barrageEvent,
  linkLayerEvent,
  linkMicFanTicketEvent,
  battleTaskEvent,
  battlePunishFinishEvent,
  battleItemCardEvent,
  rankTextEvent,
  giftBroadcastEvent,
  unauthorizedMemberEvent,
  accessRecallEvent,
  bottomMessageEvent,
  capsuleEvent,
  hourlyRankRewardEvent,
  marqueeAnnouncementEvent,
  msgDetectEvent,
  oecLiveShoppingEvent,
  partnershipDropsUpdateEvent,
  perceptionEvent,
  roomNotifyEvent,
  roomVerifyEvent,
  subPinEvent,
  anchorToolModificationEvent,
  baLeadGenEvent,
  donationStickerModifyEvent,
  ecShortItemRefreshEvent,
  ecTaskRegisterEvent,
  envelopePortalEvent,
  giftCollectionUpdateEvent,
  goodyBagEvent,
  hashtagEvent,
  inRoomBannerRefreshEvent,
  linkMicAnchorGuideEvent,
  linkScreenChangeEvent,
  battleNoticeEvent,
  paidContentLiveShoppingEvent,
  partnershipCardChangeEvent,
  partnershipDownloadCountEvent,
  pictionaryStartEvent,
  pictionaryUpdateEvent,
  pictionaryEndEvent,
  pictionaryExitEvent,
  questionDeleteEvent,
  questionSelectedEvent,
  questionSlideDownEvent,
  questionSwitchEvent,
  roomStickerEvent,
  subTimerStickerEvent,
  subWaveEvent,
  subscriptionGuideEvent,
  weeklyRankRewardEvent,
  unknownEvent,
} from './factories.js';
export { armyTeam, armyUser, badge, battleTeam, battleUser, chatEmote, liveUser, rankEntry, topViewer } from './users.js';
export { liveEvent, roomEvents, type RoomEvents } from './liveEvent.js';
export { fakeRoom, type FakeRoomOptions } from './fakeRoom.js';
export { FAKE_ROOM_ID, FAKE_START_TIME, fakeId, resetFactories } from './ids.js';
export type { DeepPartial, EventFactory, LiveEventInit } from './types.js';
