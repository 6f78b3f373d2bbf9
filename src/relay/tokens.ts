import { randomUUID } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { HttpProblem } from './http.js';

/** What a relay token carries. */
export interface TokenClaims {
  rooms: string[];
  max: number;
  /** Minted by /api/live/connect: counts against `maxPublicRoomClients`. */
  pub?: boolean;
  jti: string;
  exp: number;
}

const ISSUER = 'tiktok-live-rx-relay';

/**
 * The relay's tokens: short-lived HS256 JWTs (with `jose`) scoped to rooms and
 * capped in connections. `verify` throws `HttpProblem` 401 for a missing,
 * expired, tampered or foreign token and 403 for another room's.
 */
export function createTokens(secret: Uint8Array) {
  return {
    /** A token for `rooms`, valid `ttlSeconds`, for at most `max` connections at once. */
    async mint(rooms: string[], ttlSeconds: number, max: number, claims: { pub?: boolean } = {}) {
      const now = Math.floor(Date.now() / 1000);
      const exp = now + ttlSeconds;
      const token = await new SignJWT({ rooms, max, ...claims })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuedAt(now)
        .setExpirationTime(exp)
        .setJti(randomUUID())
        .setIssuer(ISSUER)
        .sign(secret);
      return { token, expiresAt: exp * 1000 };
    },

    /** The claims of `token` when it is valid for `room`. */
    async verify(token: string, room: string): Promise<TokenClaims> {
      let claims: TokenClaims;
      try {
        const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], issuer: ISSUER });
        claims = payload as unknown as TokenClaims;
      } catch (err) {
        if (err instanceof joseErrors.JWTExpired) throw new HttpProblem(401, 'Token expired: ask for a new one');
        throw new HttpProblem(401, 'Invalid token');
      }
      if (!Array.isArray(claims.rooms) || !claims.rooms.includes(room)) throw new HttpProblem(403, `This token is not valid for @${room}`);
      return claims;
    },
  };
}

export type Tokens = ReturnType<typeof createTokens>;
