import { describe, expectTypeOf, it } from 'vitest';
import { TikTokLive, type BattleEvent, type ChatEvent, type GiftEvent, type RoomInfo, type TikTokLiveEvent } from '../src/compat/index.js';
import type { LiveRoomOptions } from '../src/sources/liveRoom.js';

const live = new TikTokLive({ uniqueId: 'someone', apiKey: 'key' });

describe('TikTokLive types', () => {
  it('types each handler by its event name', () => {
    live.on('gift', (e) => expectTypeOf(e).toEqualTypeOf<GiftEvent>());
    live.on('chat', (e: ChatEvent) => expectTypeOf(e.comment).toEqualTypeOf<string>());
    live.once('battle', (e: BattleEvent) => expectTypeOf(e.teams[0]!.score).toEqualTypeOf<number>());
    live.on('battleArmies', (e) => expectTypeOf(e.teams[0]!.hostUser?.uniqueId).toEqualTypeOf<string | undefined>());
    live.on('event', (e) => expectTypeOf(e).toEqualTypeOf<TikTokLiveEvent>());
    live.on('connected', () => {});
    live.on('disconnected', (code, reason) => {
      expectTypeOf(code).toEqualTypeOf<number | undefined>();
      expectTypeOf(reason).toEqualTypeOf<string>();
    });
    live.on('roomInfo', (info) => expectTypeOf(info).toEqualTypeOf<RoomInfo>());
    live.on('error', (err) => expectTypeOf(err).toEqualTypeOf<Error>());
    expectTypeOf(live.on('like', () => {})).toEqualTypeOf<TikTokLive>();
    expectTypeOf(live.connect()).toEqualTypeOf<Promise<void>>();
    expectTypeOf(live.eventCount).toEqualTypeOf<number>();
    expectTypeOf(live.roomId).toEqualTypeOf<string>();
    expectTypeOf(live.connected).toEqualTypeOf<boolean>();
  });

  it('refuses a wrong event name or a handler of another event', () => {
    // @ts-expect-error no such event
    live.on('chats', () => {});
    // @ts-expect-error a gift handler for chat
    live.on('chat', (e: GiftEvent) => e.giftName);
    // @ts-expect-error roomInfo hands out a RoomInfo, not an event
    live.off('roomInfo', (e: ChatEvent) => e.comment);
    // @ts-expect-error connected takes no argument
    live.once('connected', (e: ChatEvent) => e);
  });

  it('takes every liveRoom$ option beside the SDK ones, and needs uniqueId', () => {
    expectTypeOf<ConstructorParameters<typeof TikTokLive>[0]>().toMatchTypeOf<LiveRoomOptions & { uniqueId: string }>();
    // @ts-expect-error uniqueId is required
    new TikTokLive({ apiKey: 'key' });
    new TikTokLive({ uniqueId: 'x', signServerUrl: 'http://127.0.0.1:1', autoReconnect: false, maxReconnectAttempts: 2, heartbeatInterval: 5000, debug: true, endpoints: { web: 'http://127.0.0.1:1' } });
  });
});
