import { Injector } from '@angular/core';
import type { Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { LiveEvent, RelayRoomOptions } from 'tiktok-live-rx/browser';
import { chatEvent, giftEvent, resetFactories, roomUserSeqEvent } from 'tiktok-live-rx/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { configFromUrl, RELAY_ROOM, TIKTOK_LIVE_CONFIG, TikTokLiveService, type TikTokLiveConfig } from './tiktok-live.service';

beforeEach(() => resetFactories());

/** The service as Angular makes it, with the room given and `relayRoom$` replaced by `room`. */
function service(config: TikTokLiveConfig, room: (options: RelayRoomOptions) => Observable<LiveEvent>): TikTokLiveService {
  const injector = Injector.create({
    providers: [TikTokLiveService, { provide: TIKTOK_LIVE_CONFIG, useValue: config }, { provide: RELAY_ROOM, useValue: room }],
  });
  return injector.get(TikTokLiveService);
}

describe('TikTokLiveService', () => {
  it('asks relayRoom$ for the configured room, and shares one connection among the panels until 2 s after the last one leaves', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ cold, expectObservable, expectSubscriptions }) => {
      const hi = chatEvent({ comment: 'hi' });
      const rose = giftEvent({ user: { userId: '101', uniqueId: 'ann' }, repeatEnd: true, repeatCount: 2, diamondCount: 1 });
      const seq = roomUserSeqEvent({ viewerCount: 42 });
      const relay = cold<LiveEvent>('-c-g-v-', { c: hi, g: rose, v: seq });
      const asked: RelayRoomOptions[] = [];
      const live = service({ relay: 'http://relay.test', uniqueId: 'someone', token: 't0k' }, (options) => {
        asked.push(options);
        return relay;
      });
      expect(asked).toEqual([{ url: 'http://relay.test', uniqueId: 'someone', token: 't0k' }]);

      // Three panels subscribe at once and leave at frame 10; the relay link closes 2000 ms later.
      expectObservable(live.chats$, '^---------!').toBe('xc--------', { x: [], c: [hi] });
      expectObservable(live.leaderboard$, '^---------!').toBe('x--g------', { x: [], g: [{ rank: 1, user: rose.user, total: 2, gifts: 1 }] });
      expectObservable(live.viewers$, '^---------!').toBe('-----v----', { v: 42 });
      expectSubscriptions(relay.subscriptions).toBe('^ 2009ms !');
    });
  });

  it('without a room, fails its status with what to put in the URL, and the panels stay empty', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ expectObservable }) => {
      const live = service({ relay: 'http://relay.test', uniqueId: '' }, () => {
        throw new Error('relayRoom$ is not called without a room');
      });
      expectObservable(live.status$).toBe('(xf|)', {
        x: { state: 'connecting' },
        f: { state: 'failed', message: 'No room: open this page with ?uniqueId=<a TikTok LIVE>&relay=<the relay URL>' },
      });
      expectObservable(live.chats$).toBe('(x|)', { x: [] });
    });
  });
});

describe('configFromUrl', () => {
  it('reads relay, uniqueId and token from the page query, with the relay CLI default', () => {
    expect(configFromUrl('http://localhost:4200/?relay=http://10.0.0.2:9000&uniqueId=someone&token=abc')).toEqual({ relay: 'http://10.0.0.2:9000', uniqueId: 'someone', token: 'abc' });
    expect(configFromUrl('http://localhost:4200/')).toEqual({ relay: 'http://127.0.0.1:8080', uniqueId: '', token: undefined });
  });
});
