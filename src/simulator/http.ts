import type { IncomingMessage, ServerResponse } from 'node:http';

/** Parsed cookies of a request. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    try {
      out[decodeURIComponent(name)] = decodeURIComponent(value);
    } catch {
      out[name] = value;
    }
  }
  return out;
}

/**
 * `JSON.stringify`, with `bigint` values written as bare integers, exactly, as TikTok writes its 64-bit ids
 * (`"id": 7200129634582383123`; `JSON.stringify` alone refuses a bigint, and a `number` would round it).
 */
export function stringifyJson(body: unknown): string {
  return JSON.stringify(body, (_key, value: unknown) => (typeof value === 'bigint' ? `\u0000${value}\u0000` : value)).replace(/"\\u0000(-?\d+)\\u0000"/g, '$1');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const text = stringifyJson(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, body: string, contentType: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

export function sendBytes(res: ServerResponse, status: number, body: Uint8Array, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'content-type': 'application/protobuf', 'content-length': body.byteLength, ...headers });
  res.end(body);
}

/** Largest request body the simulator reads. */
const MAX_BODY = 8 * 1024 * 1024;

/** Reads a JSON body; resolves `undefined` for an empty body and rejects on malformed JSON. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return undefined;
  return JSON.parse(text);
}

/** A stable pseudo-random token of `length` url-safe characters derived from `seed`. */
export function token(seed: string, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let h = 2166136261;
  let out = '';
  for (let i = 0; out.length < length; i++) {
    h ^= seed.charCodeAt(i % Math.max(1, seed.length)) + i;
    h = Math.imul(h, 16777619) >>> 0;
    out += alphabet[h % alphabet.length];
  }
  return out;
}
