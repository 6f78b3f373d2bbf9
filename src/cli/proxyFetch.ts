/**
 * `--proxy URL`: a `fetch` whose every request goes through a CONNECT tunnel of the proxy (the one
 * the WebSocket uses too), so that the command needs no HTTP client beyond Node's. It does what the
 * HTTP steps ask of a fetch: a method, headers, a string body, an abort signal, redirects followed.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { parseProxyUrl, tunnelConnection } from '../sources/proxyTunnel.js';

const MAX_REDIRECTS = 5;

function headersOf(res: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
  return headers;
}

/** A fetch through `proxy` (`http://user:password@host:port`); its refusals reject with a `ProxyError`. */
export function proxiedFetch(proxy: string, timeoutMs = 10_000): typeof fetch {
  const target = parseProxyUrl(proxy);
  const once = (url: URL, init: RequestInit, redirects: number): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        url,
        {
          method: init.method ?? 'GET',
          headers: init.headers as Record<string, string> | undefined,
          signal: init.signal ?? undefined,
          createConnection: tunnelConnection(target, url.href, timeoutMs) as never,
        },
        (res) => {
          const status = res.statusCode ?? 0;
          const location = res.headers.location;
          if (status >= 300 && status < 400 && location && init.redirect !== 'manual') {
            res.resume();
            if (redirects >= MAX_REDIRECTS) {
              reject(new TypeError(`More than ${MAX_REDIRECTS} redirects`));
              return;
            }
            const next = status === 303 || ((status === 301 || status === 302) && init.method === 'POST') ? { ...init, method: 'GET', body: undefined } : init;
            resolve(once(new URL(location, url), next, redirects + 1));
            return;
          }
          const empty = status === 204 || status === 304 || init.method === 'HEAD';
          const body = empty ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
          if (empty) res.resume();
          resolve(new Response(body, { status, statusText: res.statusMessage ?? '', headers: headersOf(res) }));
        },
      );
      req.once('error', reject);
      req.end(typeof init.body === 'string' ? init.body : undefined);
    });
  return ((input: string | URL, init: RequestInit = {}) => once(new URL(String(input)), init, 0)) as typeof fetch;
}
