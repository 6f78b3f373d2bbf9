import { Observable, switchMap, type OperatorFunction } from 'rxjs';
import type { SignedConnection } from '../../api/sign.js';
import { cookieHeader, networkError } from '../../api/http.js';
import { encodeEnterRoom } from '../../decoders/index.js';
import { ConnectionClosedError, LiveError, SocketUnavailableError } from '../../errors.js';
import type { SocketEvent } from './types.js';

/**
 * The error of a socket that failed without a `LiveError`: before it opened, a `NetworkError`
 * when the cause is known (DNS, refused, …: no socket, so no close code); else, and once open,
 * a `ConnectionClosedError` with 1006, as a browser reports an abnormal close.
 */
function socketError(error: unknown, opened: boolean, url: string): LiveError {
  if (!opened) {
    const network = networkError(url, error);
    if (network.kind !== 'other') return network;
  }
  return new ConnectionClosedError(1006, (error as Error | undefined)?.message ?? 'socket error', { cause: error });
}

/** Callbacks a socket reports through. */
export interface SocketHandlers {
  open(): void;
  message(data: Uint8Array): void;
  close(code: number, reason: string): void;
  /** A handshake rejection should arrive as a `HandshakeRejectedError`. */
  error(error: unknown): void;
}

/** The little a socket must do. */
export interface LiveSocket {
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}

export interface SocketInit {
  /** Sent where the runtime allows (Node's `ws` does; browsers cannot). */
  headers: Record<string, string>;
  protocols?: string[];
}

/** Opens a WebSocket. Inject one to test, to use another runtime's socket, or to add a proxy. */
export type WebSocketFactory = (url: string, init: SocketInit, handlers: SocketHandlers) => LiveSocket;

export interface ConnectOptions {
  /** Send `im_enter_room` on open (default true; TikTok pushes nothing before it). */
  enterRoom?: boolean | undefined;
}

/**
 * A cold socket per signed connection. It first passes the signed connection
 * on (`signed`: its fetch result counts even if the socket then fails), then
 * opens the socket: opening sends `im_enter_room`, each binary message becomes
 * a `frame` event, and unsubscribing closes it with 1000. A close the
 * subscriber did not ask for is an error, even a clean 1000: a retryable
 * `ConnectionClosedError`, so the retry sees it. A handshake the server
 * refused errors with the factory's `HandshakeRejectedError`; a socket that
 * could not be opened at all (DNS, connection refused, …) with a `NetworkError`.
 *
 * ```
 * signed:  --s----------------
 * socket:    --o--f--f--x        (x: the server closed)
 * result:  --S-o--f--f--#        (S: signed; #: ConnectionClosedError)
 * ```
 *
 * @example
 * signed$.pipe(connect(defaultWebSocketFactory)).subscribe((e) => e.type === 'frame' && handle(e.data));
 */
export function connect(factory: WebSocketFactory, options: ConnectOptions = {}): OperatorFunction<SignedConnection, SocketEvent> {
  return switchMap(
    (signed) =>
      new Observable<SocketEvent>((subscriber) => {
        subscriber.next({ type: 'signed', signed });
        // The subscriber may have had all it needed (the end of the LIVE): then no socket is opened.
        if (subscriber.closed) return;
        let done = false;
        let opened = false;
        const headers: Record<string, string> = { 'User-Agent': signed.userAgent };
        const cookie = cookieHeader(signed.cookies);
        if (cookie) headers.Cookie = cookie;
        const send = (bytes: Uint8Array) => {
          if (!done) socket.send(bytes);
        };
        const handlers: SocketHandlers = {
          open() {
            if (done) return;
            opened = true;
            if (options.enterRoom !== false) socket.send(encodeEnterRoom(signed.roomId));
            subscriber.next({ type: 'open', signed, send });
          },
          message(data) {
            if (!done) subscriber.next({ type: 'frame', data, send });
          },
          close(code, reason) {
            if (done) return;
            done = true;
            subscriber.error(new ConnectionClosedError(code, reason));
          },
          error(error) {
            if (done) return;
            done = true;
            subscriber.error(error instanceof LiveError ? error : socketError(error, opened, signed.wsUrl));
          },
        };
        let socket: LiveSocket;
        try {
          socket = factory(signed.wsUrl, { headers }, handlers);
        } catch (err) {
          // A factory that throws instead of calling handlers.error: no socket; the stream errors.
          done = true;
          subscriber.error(err instanceof LiveError ? err : new SocketUnavailableError(`The WebSocket factory threw: ${(err as Error)?.message ?? String(err)}`, { cause: err }));
          return;
        }
        return () => {
          if (done) return;
          done = true;
          socket.close(1000, 'client closed');
        };
      }),
  );
}
