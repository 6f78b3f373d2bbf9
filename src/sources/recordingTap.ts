import { from, tap } from 'rxjs';
import { encodeFetchResult } from '../decoders/index.js';
import type { WebSocketFactory } from '../operators/pipeline/connect.js';
import type { SignProviderLike } from '../operators/pipeline/sign.js';
import type { RecordingEntry } from './recording.js';
import { defaultWebSocketFactory } from './webSocket.js';

/**
 * Receives what a recording holds, as it arrives: `kind` and `data` of one entry, and for a
 * `fetch` the room the sign provider signed for. Timing it (`t`) is the writer's business.
 */
export type RecordingTapWrite = (kind: RecordingEntry['kind'], data: Uint8Array, roomId?: string) => void;

/** The sign provider and socket factory of a recording tap: pass both to `liveRoom$`. */
export interface RecordingTap {
  signProvider: SignProviderLike;
  webSocketFactory: WebSocketFactory;
}

/** What a recording tap wraps. */
export interface RecordingTapDeps {
  signProvider: SignProviderLike;
  /** Default: `defaultWebSocketFactory`. */
  webSocketFactory?: WebSocketFactory;
}

/**
 * Wraps a sign provider and a socket factory so that a room's raw traffic also goes to `write`:
 * each signed connection's first fetch result (re-encoded, a `fetch` entry) and each binary
 * WebSocket message exactly as it arrived (a `frame` entry), in arrival order. The stream itself
 * is unchanged. With `headerLine` and `entryLine` this writes a recording `replayRoom$` plays back.
 *
 * @example
 * const tap = recordingTap((kind, data) => entries.push({ t: performance.now() - start, kind, data }), {
 *   signProvider: resolveSignProvider('euler', { apiKey }),
 * });
 * liveRoom$('someone', { ...tap }).subscribe();
 */
export function recordingTap(write: RecordingTapWrite, deps: RecordingTapDeps): RecordingTap {
  const { signProvider, webSocketFactory = defaultWebSocketFactory } = deps;
  return {
    signProvider: (request) => from(signProvider(request)).pipe(tap((signed) => write('fetch', encodeFetchResult(signed.fetchResult), signed.roomId))),
    webSocketFactory: (url, init, handlers) =>
      webSocketFactory(url, init, {
        ...handlers,
        message(data) {
          write('frame', data);
          handlers.message(data);
        },
      }),
  };
}
