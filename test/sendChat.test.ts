import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Subscription } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  chat$,
  InvalidArgumentError,
  SessionRequiredError,
  liveRoom$,
  PremiumRequiredError,
  sendChat,
  SignAuthError,
  SignRateLimitError,
  type SendChatOptions,
} from '../src/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';

const SESSION = 'sess-7f3c9a1e5b2d4c6e8a0b';
const PREMIUM = 'premium-key-1';
const BASIC = 'basic-key-2';
let sim: Simulator;
const subs: Subscription[] = [];
let requests = 0;

beforeEach(async () => {
  sim = await startSimulator({
    apiKeys: { [PREMIUM]: { premium: true }, [BASIC]: { premium: false } },
    sessions: { [SESSION]: { uniqueId: 'chatty_viewer', nickname: 'Chatty' } },
    rooms: [{ uniqueId: 'talk_room', traffic: false }],
  });
  requests = 0;
});
afterEach(async () => {
  for (const s of subs.splice(0)) s.unsubscribe();
  await sim.close();
});

/** The simulator's options for sendChat, counting the requests made. */
const optionsFor = (style: 'euler' | 'tiktool', overrides: Partial<SendChatOptions> = {}): SendChatOptions => ({
  endpoints: sim.clientOptions.endpoints,
  signServerUrl: sim.url,
  signProvider: style,
  apiKey: PREMIUM,
  sessionId: SESSION,
  fetch: (input, init) => {
    requests += 1;
    return fetch(input, init);
  },
  ...overrides,
});

/** Everything an error says, causes included. */
const allText = (err: unknown): string => {
  const parts: string[] = [];
  for (let e = err as { message?: unknown; cause?: unknown; stack?: unknown } | undefined, i = 0; e && i < 8; e = e.cause as typeof e, i++) parts.push(String(e.message), String(e.stack));
  return parts.join('\n') + JSON.stringify(err);
};

describe('sendChat against the simulator', () => {
  for (const style of ['euler', 'tiktool'] as const) {
    it(`${style}: the comment comes back into the room as a chat event from the session's user`, async () => {
      const room = sim.room('talk_room');
      const events: Array<{ user: string; comment: string }> = [];
      subs.push(chat$(liveRoom$('talk_room', { ...sim.clientOptions, fetchRoomInfo: false })).subscribe((e) => events.push({ user: e.user.uniqueId, comment: e.comment })));
      await until(() => room.connections().some((c) => c.enteredRoom), 10_000, 'connected');
      await expect(sendChat('@talk_room', `hello via ${style}`, optionsFor(style))).resolves.toEqual({ roomId: room.roomId });
      await expect(sendChat(room.roomId, 'by room id', optionsFor(style))).resolves.toEqual({ roomId: room.roomId });
      await until(() => events.length === 2, 10_000, 'the echoes');
      expect(events).toEqual([
        { user: 'chatty_viewer', comment: `hello via ${style}` },
        { user: 'chatty_viewer', comment: 'by room id' },
      ]);
    });

    it(`${style}: a key without the premium plan is a PremiumRequiredError (402)`, async () => {
      await expect(sendChat('talk_room', 'hi', optionsFor(style, { apiKey: BASIC }))).rejects.toBeInstanceOf(PremiumRequiredError);
    });

    it(`${style}: a bad API key and a refused session are SignAuthErrors that never name the session`, async () => {
      const badKey = await sendChat('talk_room', 'hi', optionsFor(style, { apiKey: 'nope' })).catch((e: unknown) => e);
      expect(badKey).toBeInstanceOf(SignAuthError);
      const badSession = await sendChat('talk_room', 'hi', optionsFor(style, { sessionId: 'expired-session-123456' })).catch((e: unknown) => e);
      expect(badSession).toBeInstanceOf(SignAuthError);
      expect((badSession as Error).message).toMatch(/refused the session/);
      expect(allText(badSession)).not.toContain('expired-session-123456');
      expect(sim.room('talk_room').sent()).toHaveLength(0);
    });

    it(`${style}: a rate-limited send is a SignRateLimitError with retryAfterMs`, async () => {
      sim.room('talk_room').signRateLimit(1, 7);
      const err = await sendChat(sim.room('talk_room').roomId, 'hi', optionsFor(style)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SignRateLimitError);
      expect((err as SignRateLimitError).retryAfterMs).toBe(7000);
    });
  }

  it('checks its arguments before any request: no session, no text, too long a text', async () => {
    const cases: Array<[string, string, Partial<SendChatOptions>, RegExp]> = [
      ['talk_room', '  ', {}, /non-empty text/],
      ['talk_room', 'x'.repeat(151), {}, /at most 150 characters/],
      ['', 'hi', {}, /needs a room/],
      ['not a user!', 'hi', {}, /username/],
    ];
    for (const [room, text, overrides, message] of cases) {
      const err = await sendChat(room, text, optionsFor('euler', overrides)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InvalidArgumentError);
      expect((err as Error).message).toMatch(message);
    }
    for (const sessionId of [undefined as unknown as string, '   ']) {
      const err = await sendChat('talk_room', 'hi', optionsFor('euler', { sessionId })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SessionRequiredError);
      expect((err as Error).message).toMatch(/pass sessionId/);
    }
    expect(requests).toBe(0);
  });
});

describe('sendChat against a sign server that echoes what it is sent', () => {
  let server: Server;
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('keeps the session out of the error even when the server puts it in its answer', async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `cannot send as ${String((JSON.parse(body) as { sessionId?: unknown }).sessionId)} now` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const secret = 'zz9plural-session-zeta';
    const err = await sendChat('123456789', 'hi', { sessionId: secret, signServerUrl: url }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('SignServerError');
    expect((err as Error).message).toContain('cannot send');
    expect(allText(err)).not.toContain(secret);
  });
});
