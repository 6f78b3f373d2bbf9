import type { IncomingMessage } from 'node:http';
import { normalizeUniqueId } from '../api/uniqueId.js';
import type { FanoutFormat } from './fanout.js';
import { HttpProblem } from './http.js';

/** The `uniqueId` a request asks for, normalised; HttpProblem 400 for a bad one. */
export function roomParam(url: URL): string {
  try {
    return normalizeUniqueId(url.searchParams.get('uniqueId') ?? '').toLowerCase();
  } catch (err) {
    throw new HttpProblem(400, (err as Error).message);
  }
}

/** `format=array`: JSON arrays of events instead of one message per event. */
export function formatParam(url: URL): FanoutFormat {
  const format = url.searchParams.get('format') ?? 'event';
  if (format !== 'event' && format !== 'array') throw new HttpProblem(400, 'format must be "event" (the default) or "array"');
  return format;
}

/** The token from `jwtKey` / `token` in the URL, or an `Authorization: Bearer` header. */
export function tokenParam(url: URL, req: IncomingMessage): string | null {
  const auth = req.headers.authorization;
  return url.searchParams.get('jwtKey') ?? url.searchParams.get('token') ?? (auth?.startsWith('Bearer ') ? auth.slice(7) : null);
}

const RELAY_ID = /^[0-9a-z]{1,16}-\d{1,15}$/;

/**
 * Where a resuming client left off: `since` in the URL, or the `Last-Event-ID` header an
 * EventSource sends when it reconnects. HttpProblem 400 for what is not a `relayId`.
 */
export function sinceParam(url: URL, req: IncomingMessage): string | undefined {
  const header = req.headers['last-event-id'];
  const since = url.searchParams.get('since') ?? (typeof header === 'string' ? header : undefined);
  if (since === undefined || since === '') return undefined;
  if (!RELAY_ID.test(since)) throw new HttpProblem(400, 'since (or Last-Event-ID) must be the relayId of an event this relay sent');
  return since;
}

/** Which browser origins may call: the relay's own, and an allow-list for CORS. */
export interface OriginPolicy {
  /** CORS headers for an allowed cross-origin request; none otherwise. */
  corsHeaders(req: IncomingMessage): Record<string, string>;
  /** Browsers send Origin; other origins than ours and the allow-list are refused. */
  originAllowed(req: IncomingMessage): boolean;
}

export function originPolicy(corsOrigins: Iterable<string>, baseUrl: () => string): OriginPolicy {
  const allowed = new Set(corsOrigins);
  return {
    corsHeaders(req): Record<string, string> {
      const origin = req.headers.origin;
      if (!origin || !allowed.has(origin)) return {};
      return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-allow-headers': 'content-type, x-api-key, authorization', 'access-control-allow-methods': 'GET, POST, OPTIONS' };
    },
    originAllowed(req) {
      const origin = req.headers.origin;
      return !origin || origin === baseUrl() || allowed.has(origin);
    },
  };
}
