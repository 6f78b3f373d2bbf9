import type { Fanout, FanoutSink } from './fanout.js';
import { HttpProblem } from './http.js';
import type { RelayMetrics } from './metrics.js';
import type { Tokens, TokenClaims } from './tokens.js';

export interface ClientsDeps {
  tokens: Tokens;
  fanout: Fanout;
  metrics: RelayMetrics;
  /** Clients at once on one public room through /api/live/connect tokens. */
  maxPublicRoomClients: number;
  /** What a client that last got event `since` missed (the room's replay window). */
  resume: (room: string, since: string) => string[];
  /** While true, no client is admitted (503). */
  stopping: () => boolean;
  stoppingReason: string;
}

/**
 * The relay's clients: who may join (a valid token for the room, under its
 * connection cap and the public room's), and the bookkeeping of who is in.
 */
export function createClients(deps: ClientsDeps) {
  const { tokens, fanout, metrics, maxPublicRoomClients } = deps;
  const perToken = new Map<string, number>();
  /** Clients on each public room through /api/live/connect tokens. */
  const publicClients = new Map<string, number>();
  /** Each client's detach, and how to end its connection. */
  const closers = new Map<() => void, (code: number, reason: string) => void>();
  let count = 0;

  const decrement = (map: Map<string, number>, key: string) => {
    const n = (map.get(key) ?? 1) - 1;
    if (n > 0) map.set(key, n);
    else map.delete(key);
  };

  /** HttpProblem 503 when a public room has reached its limit. */
  const publicRoomFull = (room: string): HttpProblem | undefined =>
    (publicClients.get(room) ?? 0) >= maxPublicRoomClients
      ? new HttpProblem(503, `@${room} has reached its limit of ${maxPublicRoomClients} public connections: try again later`, { 'retry-after': '30' })
      : undefined;

  /** Checks a token for a room; throws HttpProblem 401/403/503. */
  const authorize = async (token: string | null, room: string): Promise<TokenClaims> => {
    if (deps.stopping()) throw new HttpProblem(503, deps.stoppingReason);
    if (!token) throw new HttpProblem(401, 'Missing token: pass jwtKey (or token) in the URL, or an Authorization: Bearer header');
    const claims = await tokens.verify(token, room);
    if ((perToken.get(claims.jti) ?? 0) >= claims.max) throw new HttpProblem(403, `This token's connection limit (${claims.max}) is reached`);
    const full = claims.pub ? publicRoomFull(room) : undefined;
    if (full) throw full;
    return claims;
  };

  /**
   * Adds one client to its room's fan-out, first with what it missed since event `since` when it
   * resumes; returns its teardown (safe to call twice).
   */
  const attach = (room: string, claims: TokenClaims, sink: Omit<FanoutSink, 'end'>, end: (code: number, reason: string) => void, since?: string): (() => void) => {
    perToken.set(claims.jti, (perToken.get(claims.jti) ?? 0) + 1);
    if (claims.pub) publicClients.set(room, (publicClients.get(room) ?? 0) + 1);
    count += 1;
    metrics.clientJoined(sink.transport);
    let detached = false;
    const detach = () => {
      if (detached) return;
      detached = true;
      remove();
      count -= 1;
      metrics.clientLeft(sink.transport);
      decrement(perToken, claims.jti);
      if (claims.pub) decrement(publicClients, room);
      closers.delete(detach);
    };
    closers.set(detach, end);
    const remove = fanout.add(
      room,
      {
        ...sink,
        end(code, reason) {
          detach();
          end(code, reason);
        },
      },
      since === undefined ? [] : deps.resume(room, since),
    );
    return detach;
  };

  return {
    publicRoomFull,
    authorize,
    attach,
    /** Clients connected now. */
    count: () => count,
    /** Detaches every client; with a close, ends each connection with it too. */
    detachAll(close?: { code: number; reason: string }) {
      for (const [detach, end] of [...closers]) {
        detach();
        if (close) end(close.code, close.reason);
      }
    },
  };
}

export type Clients = ReturnType<typeof createClients>;
