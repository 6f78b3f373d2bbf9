/**
 * The default WebSocket factory, and adapters for WebSocket constructors. The only place
 * the `ws` package is reached (lazily, on Node only, through `#ws`: see wsModule.ts).
 */
import { ConnectionClosedError, FrameDecodeError, HandshakeRejectedError, LiveError, SocketUnavailableError } from '../errors.js';
import type { LiveSocket, SocketHandlers, SocketInit, WebSocketFactory } from '../operators/pipeline/connect.js';
import { RUNTIME, type Runtime } from '../runtime.js';
import { parseProxyUrl, tunnelConnection } from './proxyTunnel.js';
import { messageBytes } from './socketData.js';
import { workersWebSocketFactory } from './workersSocket.js';
import { loadWs } from './wsModule.js';

/**
 * What a WHATWG-style WebSocket constructor looks like: the browser's, undici's (Node 22's
 * global), Bun's, Deno's, or `ws`. Which arguments it reads is its `WebSocketStyle`.
 */
export interface WebSocketLikeConstructor {
  // Typed loosely on purpose, so that each runtime's constructor, as its own types declare it, fits:
  // lib.dom's takes protocols only, undici's, Bun's and Deno's an init object too, ws's options third.
  new (url: string, ...rest: never[]): WebSocketInstance;
}

/** The little `fromWebSocketImpl` needs of a socket, as loose as every runtime's declared WebSocket. */
export interface WebSocketInstance {
  binaryType: string;
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each runtime types its events its own way
  addEventListener(type: string, listener: (event: any) => void): void;
}

/** The three ways `fromWebSocketImpl` calls a constructor (see `WebSocketStyle`). */
type AnyWebSocketConstructor = new (
  url: string,
  protocolsOrInit?: string[] | WebSocketInit,
  options?: { headers?: Record<string, string>; maxPayload?: number; createConnection?: unknown },
) => WebSocketLike;

/** The second argument undici, Bun and Deno read: protocols and the handshake's headers. */
export interface WebSocketInit {
  protocols?: string[];
  headers?: Record<string, string>;
}

interface WebSocketLike {
  binaryType: string;
  readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: string, listener: (event: { data?: unknown; code?: number; reason?: string; error?: unknown; message?: string }) => void): void;
  /** `ws` only. */
  on?(event: 'unexpected-response', listener: (req: { destroy(): void }, res: { statusCode?: number; headers: Record<string, string | string[] | undefined> }) => void): void;
  terminate?(): void;
}

/**
 * How a WebSocket constructor takes the handshake's headers:
 * - `'ws'`: `new WebSocket(url, protocols, { headers, maxPayload })` (the `ws` package, and
 *   Bun's built-in `ws`); a refused handshake's `handshake-msg` is read from the answer.
 * - `'init'`: `new WebSocket(url, { protocols, headers })`, as undici (Node 22's global
 *   WebSocket), Bun's and Deno's native WebSockets read it. They do not show the answer of a
 *   refused handshake, only that it failed.
 * - `'protocols'`: `new WebSocket(url, protocols)`, the browser's (and workerd's `new WebSocket`):
 *   no headers can be sent at all, so TikTok sees no cookie or User-Agent of yours.
 */
export type WebSocketStyle = 'ws' | 'init' | 'protocols';

export interface WebSocketImplOptions {
  /** How `Impl` takes headers. Default: `webSocketStyleOf(Impl)`. */
  style?: WebSocketStyle | undefined;
  /**
   * An HTTP proxy (`http://user:password@host:port`) the socket goes through, in a CONNECT tunnel
   * (TLS inside it for `wss:`). Only the `'ws'` style can take one (the `ws` package on Node and
   * Bun); another style fails to open with a `SocketUnavailableError` rather than go around it.
   */
  proxy?: string | undefined;
  /** How long the proxy may take to open the tunnel, ms. Default 10,000. */
  proxyTimeoutMs?: number | undefined;
}

/**
 * The style of a constructor, as `fromWebSocketImpl` detects it: an EventEmitter (its
 * prototype has `on`) is `ws` or Bun's `ws`; any other on Node, Bun or Deno takes the init
 * object; elsewhere (browsers, workerd) only protocols.
 */
export function webSocketStyleOf(Impl: WebSocketLikeConstructor, runtime: Runtime = RUNTIME): WebSocketStyle {
  if (typeof (Impl as { prototype?: { on?: unknown } }).prototype?.on === 'function') return 'ws';
  return runtime === 'node' || runtime === 'bun' || runtime === 'deno' ? 'init' : 'protocols';
}

/** Largest WebSocket message accepted (bigger ones are refused by the socket itself). */
export const MAX_SOCKET_MESSAGE = 32 * 1024 * 1024;

/** A socket that does nothing: what a factory returns when it could not make one. */
const NO_SOCKET: LiveSocket = { send: () => {}, close: () => {} };

/** A failure to make a socket as a `LiveError`: a `SocketUnavailableError` unless it already is one. */
function unavailable(what: string, err: unknown): LiveError {
  if (err instanceof LiveError) return err;
  return new SocketUnavailableError(`${what}: ${(err as Error)?.message ?? String(err)}`, { cause: err });
}

/**
 * What undici, Bun and Deno report when the server did not answer 101: a failure before
 * the socket opened whose message speaks of the status code. The HTTP status, when the
 * message has one (Deno's "Invalid status code 200 OK").
 */
const NON_101 = /status code|non-101|\b101\b|handshake/i;

function rejectionOf(message: string): HandshakeRejectedError | undefined {
  if (!NON_101.test(message)) return undefined;
  const status = /\b([2-5]\d\d)\b/.exec(message.replace(/\b101\b/g, ''));
  return new HandshakeRejectedError(status ? Number(status[1]) : 0, `the runtime's WebSocket does not show TikTok's handshake-msg; it said: ${message}`);
}

/**
 * A factory over a WebSocket constructor, passing the headers (User-Agent, Cookie) in the
 * shape `Impl` reads them (`options.style`, detected by default; see `WebSocketStyle`).
 * A refused handshake becomes a `HandshakeRejectedError`: with `ws`, carrying TikTok's
 * `handshake-msg`; with undici, Bun and Deno, which do not show the answer, carrying the
 * runtime's message (and the HTTP status where it names one). A constructor that throws
 * (a bad URL, ws's browser stub) is a `SocketUnavailableError`; a message that is not
 * binary is a `FrameDecodeError`.
 */
export function fromWebSocketImpl(Impl: WebSocketLikeConstructor, options: WebSocketImplOptions = {}): WebSocketFactory {
  const style = options.style ?? webSocketStyleOf(Impl);
  const proxy = options.proxy === undefined ? undefined : parseProxyUrl(options.proxy);
  return (url: string, init: SocketInit, handlers: SocketHandlers): LiveSocket => {
    const protocols = init.protocols ?? [];
    let ws: WebSocketLike;
    const Ctor = Impl as unknown as AnyWebSocketConstructor;
    if (proxy && style !== 'ws') {
      handlers.error(new SocketUnavailableError(`A proxy needs the ws package's WebSocket (style 'ws'); this one takes the '${style}' style and would go around the proxy`));
      return NO_SOCKET;
    }
    try {
      ws =
        style === 'ws'
          ? new Ctor(url, protocols, {
              headers: init.headers,
              maxPayload: MAX_SOCKET_MESSAGE,
              ...(proxy ? { createConnection: tunnelConnection(proxy, url, options.proxyTimeoutMs ?? 10_000) } : {}),
            })
          : style === 'init'
            ? new Ctor(url, { protocols, headers: init.headers })
            : new Ctor(url, protocols);
    } catch (err) {
      handlers.error(unavailable('The WebSocket could not be created', err));
      return NO_SOCKET;
    }
    ws.binaryType = 'arraybuffer';
    let opened = false;
    let finished = false;
    const finish = (fn: () => void) => {
      if (finished) return;
      finished = true;
      fn();
    };
    ws.on?.('unexpected-response', (req, res) => {
      const header = (name: string) => {
        const v = res.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const status = Number(header('handshake-status') ?? res.statusCode ?? 0);
      const message = header('handshake-msg') ?? `unexpected HTTP ${res.statusCode} to the WebSocket handshake`;
      req.destroy();
      finish(() => handlers.error(new HandshakeRejectedError(status, message)));
    });
    ws.addEventListener('open', () => {
      opened = true;
      if (!finished) handlers.open();
    });
    ws.addEventListener('message', (event) => {
      if (finished) return;
      const bytes = messageBytes(event.data);
      if (bytes instanceof FrameDecodeError) {
        finish(() => handlers.error(bytes));
        try {
          ws.close(1003, 'binary frames only');
        } catch {
          ws.terminate?.();
        }
      } else handlers.message(bytes);
    });
    ws.addEventListener('close', (event) =>
      finish(() => {
        // undici and Bun close a socket whose handshake failed with 1006 or 1002 and no error of use.
        const rejected = !opened && style !== 'ws' ? rejectionOf(event.reason || `closed with ${event.code ?? 1006} before the handshake completed (status code unknown)`) : undefined;
        if (rejected) handlers.error(rejected);
        else handlers.close(event.code ?? 1006, event.reason ?? '');
      }),
    );
    ws.addEventListener('error', (event) =>
      finish(() => {
        const message = event.message ?? (event.error as Error | undefined)?.message ?? 'WebSocket error';
        const rejected = !opened && style !== 'ws' ? rejectionOf(message) : undefined;
        handlers.error(rejected ?? event.error ?? new ConnectionClosedError(1006, message));
      }),
    );
    return {
      send: (data) => {
        if (ws.readyState === 1) ws.send(data);
      },
      close: (code, reason) => {
        finished = true;
        try {
          ws.close(code, reason);
        } catch {
          ws.terminate?.();
        }
      },
    };
  };
}

/** The runtime's own WebSocket constructor, if it has one. */
function globalWebSocket(): WebSocketLikeConstructor | undefined {
  return (globalThis as { WebSocket?: WebSocketLikeConstructor }).WebSocket;
}

/**
 * A factory that loads its constructor first (`ws`, on first use). Whatever goes wrong while
 * loading or constructing (an `import()` that rejects, ws's browser stub that throws) reaches
 * `handlers.error` as a `SocketUnavailableError`: the stream errors, it never hangs.
 */
export function lazyWebSocketFactory(load: () => Promise<WebSocketLikeConstructor>, what: string, runtime: Runtime = RUNTIME, options: Omit<WebSocketImplOptions, 'style'> = {}): WebSocketFactory {
  return (url, init, handlers) => {
    let socket: LiveSocket | undefined;
    let closed = false;
    load()
      .then((Impl) => {
        if (closed) return;
        socket = fromWebSocketImpl(Impl, { ...options, style: webSocketStyleOf(Impl, runtime) })(url, init, handlers);
      })
      .catch((err: unknown) => {
        if (!closed) handlers.error(unavailable(`${what} could not be loaded`, err));
      });
    return {
      send: (data) => socket?.send(data),
      close: (code, reason) => {
        closed = true;
        socket?.close(code, reason);
      },
    };
  };
}

/**
 * The socket `liveRoom$` uses on `runtime` (default: this one):
 * - Cloudflare Workers (workerd, with or without `nodejs_compat`): `workersWebSocketFactory()`,
 *   a `fetch` with `Upgrade: websocket`, which sends TikTok the cookies and User-Agent;
 * - Bun and Deno: the runtime's WebSocket, given the headers as `{ protocols, headers }`;
 * - Node: the `ws` package, loaded on first use: it reads the `handshake-msg` of a refused
 *   handshake and caps a message at `MAX_SOCKET_MESSAGE`, which Node 22's global WebSocket
 *   (undici) does not; where `ws` cannot be loaded, that global WebSocket (Node 22+);
 * - browsers: the page's WebSocket (which cannot send headers).
 * Without a WebSocket, or when loading one fails, opening errors with a `SocketUnavailableError`.
 */
export function webSocketFactoryFor(runtime: Runtime, Global: WebSocketLikeConstructor | undefined = globalWebSocket()): WebSocketFactory {
  if (runtime === 'workerd') return workersWebSocketFactory();
  if (runtime === 'node') {
    const load = Global ? () => loadWs().catch(() => Global) : loadWs;
    return lazyWebSocketFactory(load, 'The ws package', runtime);
  }
  if (!Global) {
    return (_url, _init, handlers) => {
      handlers.error(new SocketUnavailableError(`This runtime (${runtime}) has no WebSocket: pass webSocketImpl or webSocketFactory`));
      return NO_SOCKET;
    };
  }
  return fromWebSocketImpl(Global, { style: webSocketStyleOf(Global, runtime) });
}

/** The default socket of this runtime (see `webSocketFactoryFor`), chosen when a socket is opened. */
export const defaultWebSocketFactory: WebSocketFactory = (url, init, handlers) => webSocketFactoryFor(RUNTIME)(url, init, handlers);

/**
 * A socket through an HTTP proxy (`http://user:password@host:port`): the `ws` package's WebSocket
 * (loaded on first use) in a CONNECT tunnel, TLS inside it for `wss:`. The proxy's credentials go
 * only into the `Proxy-Authorization` of the CONNECT; a proxy that refuses (407, 502) or cannot be
 * reached fails the socket with a `ProxyError`. Where `ws` cannot be loaded (Deno, Workers, pages),
 * opening fails with a `SocketUnavailableError`: there is no fallback that would go around the
 * proxy. A malformed proxy URL throws an `InvalidArgumentError` at once.
 */
export function proxiedWebSocketFactory(proxy: string, options: { timeoutMs?: number | undefined } = {}): WebSocketFactory {
  parseProxyUrl(proxy);
  return lazyWebSocketFactory(loadWs, 'The ws package', RUNTIME, { proxy, proxyTimeoutMs: options.timeoutMs });
}
