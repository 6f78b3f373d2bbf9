import { DOCUMENT, inject, Injectable, InjectionToken } from '@angular/core';
import { catchError, EMPTY, throwError, type Observable } from 'rxjs';
import { relayRoom$, shareRoom, type LiveEvent, type RelayRoomOptions } from 'tiktok-live-rx/browser';
import { battleScore, chatLines, finishedGifts, roomStatus, topGifters, viewerCount } from './room-streams';

/** Which room, through which relay. The token is a short-lived relay token, never the relay's API key. */
export interface TikTokLiveConfig {
  /** The relay's base URL, `http(s)://host:port`. */
  relay: string;
  uniqueId: string;
  /** Without one the relay's /api/live/connect gives one for a public room. */
  token?: string | undefined;
}

/** Reads `?relay=…&uniqueId=…&token=…`; the relay defaults to `tiktok-live-rx relay`'s own default address. */
export function configFromUrl(href: string): TikTokLiveConfig {
  const query = new URL(href).searchParams;
  return {
    relay: query.get('relay') ?? 'http://127.0.0.1:8080',
    uniqueId: query.get('uniqueId') ?? '',
    token: query.get('token') ?? undefined,
  };
}

/** The room to show. Default: from the page URL's query; provide your own to fix it in the app. */
export const TIKTOK_LIVE_CONFIG = new InjectionToken<TikTokLiveConfig>('TIKTOK_LIVE_CONFIG', {
  providedIn: 'root',
  factory: () => configFromUrl(inject(DOCUMENT).location.href),
});

/** How a room's events are fetched: `relayRoom$`, or a fake room in tests. */
export const RELAY_ROOM = new InjectionToken<(options: RelayRoomOptions) => Observable<LiveEvent>>('RELAY_ROOM', {
  providedIn: 'root',
  factory: () => relayRoom$,
});

/**
 * One relay connection for the whole page, shared by every component
 * (`shareRoom`): it opens with the first subscriber and closes two seconds
 * after the last one leaves. Each panel's stream derives from it.
 */
@Injectable({ providedIn: 'root' })
export class TikTokLiveService {
  readonly config = inject(TIKTOK_LIVE_CONFIG);

  /** Every event of the room, shared; errors once with a `LiveError` when the room cannot be shown. */
  readonly room$: Observable<LiveEvent> = (this.config.uniqueId
    ? inject(RELAY_ROOM)({ url: this.config.relay, uniqueId: this.config.uniqueId, token: this.config.token })
    : throwError(() => new Error('No room: open this page with ?uniqueId=<a TikTok LIVE>&relay=<the relay URL>'))
  ).pipe(shareRoom({ graceMs: 2000 }));

  /** The room for panels: ends quietly where it failed (`status$` says why). */
  private readonly events$ = this.room$.pipe(catchError(() => EMPTY));

  readonly status$ = roomStatus(this.room$);
  readonly chats$ = chatLines(this.events$); // chat$, the last 100
  readonly gifts$ = finishedGifts(this.events$); // gift$, comboEnd()
  readonly leaderboard$ = topGifters(this.events$); // gift$, comboEnd(), leaderboard({ top: 5 })
  readonly viewers$ = viewerCount(this.events$);
  readonly battle$ = battleScore(this.events$);
}
