/**
 * A WebSocket through an HTTP proxy: a `CONNECT host:port` tunnel opened with `node:http`, handed
 * to `ws` as its connection (`createConnection`), TLS on top for `wss:`. The proxy's user and
 * password go out as `Proxy-Authorization: Basic …` and nowhere else: every error names the proxy
 * by host and port only.
 *
 * `node:http` and `node:tls` are imported when a tunnel is first opened, by a computed specifier, so
 * that bundlers for pages and Workers (which have no proxy to open) never see them.
 */
import { InvalidArgumentError, ProxyError } from '../errors.js';
import { errorCodes, networkCause } from '../api/http.js';

/** A proxy URL taken apart: where to connect, and the header that logs in (if it has a user). */
export interface ProxyTarget {
  hostname: string;
  port: number;
  /** `host:port`, what errors say of the proxy (never its user or password). */
  host: string;
  /** `Basic …`, when the URL has a user. */
  authorization?: string | undefined;
}

/**
 * `http://[user:password@]host[:port]`, checked: anything else is an `InvalidArgumentError` whose
 * message shows the URL without its user and password.
 */
export function parseProxyUrl(proxy: string): ProxyTarget {
  let u: URL;
  try {
    u = new URL(proxy);
  } catch {
    throw new InvalidArgumentError('proxy must be a URL such as http://user:password@host:port');
  }
  if (u.protocol !== 'http:') throw new InvalidArgumentError(`proxy must be an http:// proxy (one that takes CONNECT), got ${u.protocol}//${u.host}`);
  const port = Number(u.port || 80);
  const hostname = u.hostname.replace(/^\[|\]$/g, '');
  const credentials = u.username || u.password ? `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}` : undefined;
  return {
    hostname,
    port,
    host: `${u.hostname}:${port}`,
    authorization: credentials === undefined ? undefined : `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(credentials)))}`,
  };
}

// The little of node:http and node:tls used here, declared here: src/sources stays free of Node's modules and types.
/** A socket as `ws` takes one from `createConnection`: node:net's or node:tls's. */
interface Socket {
  destroy(): void;
}
interface Answer {
  statusCode?: number | undefined;
  statusMessage?: string | undefined;
  resume(): void;
}
interface ConnectRequest {
  once(event: 'connect', listener: (res: Answer, socket: Socket) => void): void;
  once(event: 'response', listener: (res: Answer) => void): void;
  once(event: 'timeout', listener: () => void): void;
  once(event: 'error', listener: (err: Error) => void): void;
  setTimeout(ms: number): void;
  destroy(): void;
  end(): void;
}
interface Http {
  request(options: { host: string; port: number; method: 'CONNECT'; path: string; headers: Record<string, string>; agent: false; timeout: number }): ConnectRequest;
}
interface Tls {
  connect(options: Record<string, unknown> & { socket: Socket }): Socket;
}

const load = <T>(name: string): Promise<T> => import(/* @vite-ignore */ `node:${name}`) as Promise<T>;

/** The error of a proxy that answered the CONNECT with `status` rather than 200. */
function refusal(proxy: ProxyTarget, target: string, status: number, statusText: string): ProxyError {
  const hint = status === 407 ? ' (the proxy wants other credentials: check the user and password of the proxy URL)' : '';
  return new ProxyError(status, proxy.host, `The proxy ${proxy.host} refused the tunnel to ${target}: ${status}${statusText ? ` ${statusText}` : ''}${hint}`);
}

/** The error of a proxy that could not be reached, or that dropped the tunnel before answering. */
function unreachable(proxy: ProxyTarget, err: unknown): ProxyError {
  const codes = errorCodes(err);
  const what = codes.includes('ECONNREFUSED') ? 'connection refused'
    : codes.some((c) => /^(ENOTFOUND|EAI_)/.test(c)) ? 'its host name does not resolve'
    : networkCause(err);
  return new ProxyError(undefined, proxy.host, `Cannot reach the proxy ${proxy.host}: ${what}`, { cause: err });
}

/** Opens a `CONNECT target` tunnel through `proxy`: the raw socket once the proxy answered 200. */
export async function openTunnel(proxy: ProxyTarget, targetHost: string, targetPort: number, timeoutMs: number): Promise<Socket> {
  const http = await load<Http>('http');
  const target = `${targetHost.includes(':') ? `[${targetHost}]` : targetHost}:${targetPort}`;
  return new Promise<Socket>((resolve, reject) => {
    const headers: Record<string, string> = { Host: target };
    if (proxy.authorization) headers['Proxy-Authorization'] = proxy.authorization;
    const req = http.request({ host: proxy.hostname, port: proxy.port, method: 'CONNECT', path: target, headers, agent: false, timeout: timeoutMs });
    req.once('connect', (res, socket) => {
      req.setTimeout(0);
      if (res.statusCode === 200) {
        resolve(socket);
        return;
      }
      socket.destroy();
      reject(refusal(proxy, target, res.statusCode ?? 0, res.statusMessage ?? ''));
    });
    // A proxy that answers a CONNECT without upgrading (a plain web server) ends up here.
    req.once('response', (res) => {
      res.resume();
      req.destroy();
      reject(refusal(proxy, target, res.statusCode ?? 0, res.statusMessage ?? ''));
    });
    req.once('timeout', () => {
      req.destroy();
      reject(new ProxyError(undefined, proxy.host, `The proxy ${proxy.host} did not answer the CONNECT to ${target} within ${timeoutMs} ms`));
    });
    req.once('error', (err) => reject(unreachable(proxy, err)));
    req.end();
  });
}

/** What `ws` passes a `createConnection`: the target, and for `wss:` its TLS settings (`ca`, `rejectUnauthorized`, …). */
type ConnectionOptions = Record<string, unknown> & { servername?: string; path?: string };

/**
 * A `createConnection` for `ws` (and `http.request`) that reaches `url`'s host through a CONNECT
 * tunnel of `proxy`, with TLS on top for `wss:`/`https:`. Asynchronous: it answers through the
 * callback, which `http.request` supports.
 */
export function tunnelConnection(proxy: ProxyTarget, url: string, timeoutMs: number) {
  const u = new URL(url);
  const secure = u.protocol === 'wss:' || u.protocol === 'https:';
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = Number(u.port || (secure ? 443 : 80));
  return (options: ConnectionOptions, callback: (err: Error | null, socket?: Socket) => void): undefined => {
    openTunnel(proxy, host, port, timeoutMs)
      .then(async (socket) => {
        if (!secure) return socket;
        const tls = await load<Tls>('tls');
        // As ws's own tlsConnect: no `path` (it would be taken for a pipe), SNI only for a name, not an IP.
        const { path: _path, ...tlsOptions } = options;
        return tls.connect({ ...tlsOptions, socket, host, servername: options.servername || (/^[\d.:]+$/.test(host) ? undefined : host) });
      })
      .then(
        (socket) => callback(null, socket),
        (err: unknown) => callback(err as Error),
      );
    return undefined;
  };
}
