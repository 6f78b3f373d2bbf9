import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { lastValueFrom, tap, toArray } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { eventToJson, HttpError, liveRoom$, RequestTimeoutError, SignServerError, type LiveEvent, type LiveRoomOptions } from '../src/index.js';
import { REDACTED, redactSecrets, safeUrl } from '../src/redact.js';
import { startRelay, type Relay } from '../src/relay/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { killAll, runCli } from './support/cli.js';

const API_KEY = 'K3y-0f-the-sign-server-9f8e7d';
const SESSION = 'S3ss10n-0f-a-real-account-1a2b3c';
const secrets = [API_KEY, SESSION];

/** Fails the test with the channel's name when any secret occurs in `text`. */
function expectClean(channel: string, text: string): void {
  for (const secret of secrets) expect(text.includes(secret), `${channel} leaks a secret:\n${text}`).toBe(false);
}

describe('redactSecrets and safeUrl', () => {
  it('redacts credential-carrying query parameters, JSON fields, cookies and headers', () => {
    const cases: Array<[string, string]> = [
      [`GET https://sign.example/webcast/sign_url?apiKey=${API_KEY}&room=1`, `GET https://sign.example/webcast/sign_url?apiKey=${REDACTED}&room=1`],
      [`?client=ttlive-node&session_id=${SESSION}&tt_target_idc=useast1a`, `?client=ttlive-node&session_id=${REDACTED}&tt_target_idc=useast1a`],
      [`{"apiKey":"${API_KEY}","url":"x"}`, `{"apiKey":"${REDACTED}","url":"x"}`],
      [`sessionid=${SESSION}; sid_tt=${SESSION}; ttwid=public`, `sessionid=${REDACTED}; sid_tt=${REDACTED}; ttwid=public`],
      [`x-api-key: ${API_KEY}`, `x-api-key: ${REDACTED}`],
      [`Authorization: Bearer ${API_KEY}`, `Authorization: ${REDACTED}`],
      [`token ${API_KEY} was Bearer ${API_KEY}`, `token ${API_KEY} was Bearer ${REDACTED}`],
      [`/ws?uniqueId=a&jwtKey=${API_KEY}`, `/ws?uniqueId=a&jwtKey=${REDACTED}`],
    ];
    for (const [input, output] of cases) expect(redactSecrets(input), input).toBe(output);
    // Ordinary text is left alone.
    for (const text of ['The sign server rejected the API key (401): check apiKey', 'Missing token: pass jwtKey', 'room_id=7291268239881964294', '']) {
      expect(redactSecrets(text)).toBe(text);
    }
  });

  it('keeps scheme, host and path of a URL and drops its query and user info', () => {
    expect(safeUrl(`https://user:pw@sign.example:8443/webcast/sign_url?apiKey=${API_KEY}`)).toBe('https://sign.example:8443/webcast/sign_url?…');
    expect(safeUrl('https://www.tiktok.com/@someone/live')).toBe('https://www.tiktok.com/@someone/live');
    expect(safeUrl(`not a url apiKey=${API_KEY}`)).toBe(`not a url apiKey=${REDACTED}`);
  });

  it('every LiveError message and the URL a timeout keeps are redacted', () => {
    const url = `http://127.0.0.1:9/webcast/sign_url?apiKey=${API_KEY}`;
    const timeout = new RequestTimeoutError(url, 5);
    expect(timeout.url).toBe('http://127.0.0.1:9/webcast/sign_url?…');
    expectClean('RequestTimeoutError', inspect(timeout));
    expectClean('HttpError', inspect(new HttpError(`Request to ${url} failed`, undefined)));
    expectClean('SignServerError', new SignServerError(`answered: {"x-api-key":"${API_KEY}"}`).message);
  });
});

let server: Server | undefined;
let relay: Relay | undefined;
let sim: Simulator | undefined;
afterEach(async () => {
  killAll();
  await sim?.close();
  sim = undefined;
  await relay?.close();
  relay = undefined;
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/**
 * A sign server that answers with `status` and a body echoing the request's
 * URL and headers; the first `resets` requests it cuts off instead (a network
 * failure, which is retried).
 */
async function echoingSignServer(status: number, resets = 0): Promise<string> {
  server = createServer((req, res) => {
    if (resets-- > 0) return req.socket.destroy();
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'nope', url: req.url, headers: req.headers }));
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A loopback address where nothing listens: every request is refused. */
async function refusingUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** Runs a room until it fails, gathering every channel a secret could leave by. */
async function channelsOf(options: LiveRoomOptions): Promise<Record<string, string>> {
  const debug: string[] = [];
  const events: LiveEvent[] = [];
  const error = await lastValueFrom(
    liveRoom$('someone', { roomId: '7291268239881964294', fetchRoomInfo: false, maxReconnectAttempts: 1, reconnectDelayMs: 5, debug: (m) => debug.push(m), ...options }).pipe(
      tap((e) => events.push(e)),
      toArray(),
    ),
  ).then(
    () => new Error('the room did not fail'),
    (e: unknown) => e,
  );
  expect(events.some((e) => e.type === 'disconnected')).toBe(true);
  return {
    debug: debug.join('\n'),
    events: events.map(eventToJson).join('\n'),
    'error message': String(error),
    'error inspected': inspect(error, { depth: 10 }),
  };
}

describe('secrets never leave the process', () => {
  for (const signProvider of ['euler', 'tiktool'] as const) {
    it(`${signProvider}: not in events, errors or debug lines when the sign server is unreachable`, async () => {
      const channels = await channelsOf({ signProvider, signServerUrl: await refusingUrl(), apiKey: API_KEY, sessionId: SESSION, ttTargetIdc: 'useast1a' });
      for (const [name, text] of Object.entries(channels)) expectClean(name, text);
      // The reason still says what went wrong.
      expect(channels.events).toMatch(/"reason":"Connection refused by 127\.0\.0\.1:\d+"/);
    });

    it(`${signProvider}: not even when a sign server echoes the request back in its error`, async () => {
      const channels = await channelsOf({ signProvider, signServerUrl: await echoingSignServer(503), apiKey: API_KEY, sessionId: SESSION, ttTargetIdc: 'useast1a' });
      for (const [name, text] of Object.entries(channels)) expectClean(name, text);
    });
  }

  it('not on the relay: its clients and its log see a failing upstream without the key', async () => {
    const log: string[] = [];
    const signServerUrl = await refusingUrl();
    relay = await startRelay({
      apiKeys: ['admin'],
      log: (line) => log.push(line),
      liveRoomOptions: { signProvider: 'tiktool', signServerUrl, apiKey: API_KEY, sessionId: SESSION, roomId: '7291268239881964294', fetchRoomInfo: false, maxReconnectAttempts: 1, reconnectDelayMs: 5 },
    });
    const minted = await fetch(`${relay.url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': 'admin' }, body: JSON.stringify({ rooms: ['someone'] }) });
    const { token } = (await minted.json()) as { token: string };
    const ws = new WebSocket(`${relay.url.replace('http', 'ws')}/ws?uniqueId=someone&jwtKey=${token}`);
    const received: string[] = [];
    ws.on('message', (data) => received.push(String(data)));
    const closed = await new Promise<{ code: number; reason: string }>((resolve, reject) => {
      ws.on('error', reject);
      ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
    });
    expect(received.length).toBeGreaterThan(0);
    expectClean('relay messages', received.join('\n'));
    expectClean('relay close reason', closed.reason);
    expectClean('relay log', log.join('\n'));
  });

  it('not on the CLI: stdout, stderr and --debug, with the key from the environment or a flag', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'someone', traffic: false }] });
    for (const [args, env] of [
      [[], { TIKTOK_LIVE_API_KEY: API_KEY }],
      [['--api-key', API_KEY, '--json'], {}],
    ] as const) {
      // Two attempts: the first fails on the network (a retry whose reason used to carry the URL), the second is refused.
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
      const signServer = await echoingSignServer(401, 1);
      const run = runCli(['watch', '@someone', '--server', sim.url, '--sign-provider', 'tiktool', '--sign-server', signServer, '--session-id', SESSION, '--debug', ...args], env);
      expect(await run.exit).toBe(1);
      expectClean('CLI stdout', run.out());
      expectClean('CLI stderr', run.err());
      expect(run.err()).toMatch(/Connection failed: The connection to 127\.0\.0\.1:\d+ was reset[^]*rejected the API key/);
    }
  }, 30_000);
});

describe('error messages name the root cause of a network failure', () => {
  it('says "connection refused" and where, without the query', async () => {
    const url = await refusingUrl();
    const error = await lastValueFrom(liveRoom$('someone', { endpoints: { web: url, webcast: url }, autoReconnect: false })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ kind: 'refused', host: new URL(url).host, message: `Connection refused by ${new URL(url).host}` });
  });
});
