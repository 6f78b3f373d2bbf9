import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeEvent, encodeFetchResult, type LiveUser } from '../src/decoders/index.js';
import { entryLine } from '../src/sources/recording.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { killAll, runCli } from './support/cli.js';
import { closedPort } from './support/net.js';
import { until } from './support/rawClient.js';

const person = (name: string, id: string): LiveUser => ({ userId: id, uniqueId: name, nickname: name, profilePictureUrl: '', isModerator: false, isSubscriber: false, followRole: 0, badges: [] });
const alice = person('alice', '7000000000000000011');
const bob = person('bob', '7000000000000000012');
const carol = person('carol', '7000000000000000013');

let sim: Simulator | undefined;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tlrx-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  killAll();
  await sim?.close();
  sim = undefined;
});

async function streamer(name = 'streamer') {
  sim = await startSimulator({ apiKeys: ['secret-key-123'], rooms: [{ uniqueId: name, traffic: false }, { uniqueId: 'asleep', status: 'offline' }] });
  return sim.room(name);
}

/** The scripted show every CLI test watches. */
function show(room: ReturnType<Simulator['room']>) {
  room.push({ type: 'chat', user: alice, comment: 'hello', emotes: [], language: 'en' });
  room.push({ type: 'gift', user: bob, giftId: 5655, giftName: 'Rose', diamondCount: 1, giftType: 1, repeatCount: 2, repeatEnd: false, combo: true, groupId: '77', giftPictureUrl: '', toUser: undefined });
  room.push({ type: 'gift', user: bob, giftId: 5655, giftName: 'Rose', diamondCount: 1, giftType: 1, repeatCount: 5, repeatEnd: true, combo: false, groupId: '77', giftPictureUrl: '', toUser: undefined });
  room.push({ type: 'social', user: carol, action: 'follow', displayType: 'pm_main_follow_message_viewer_2', rawAction: 1, usersJoined: 0 });
  room.push({ type: 'roomUserSeq', viewerCount: 1234, totalViewers: 5000, topViewers: [] });
  room.end();
}

describe('tiktok-live-rx watch', () => {
  it('prints one readable line per event, status on stderr, and exits 0 when the LIVE ends', async () => {
    const room = await streamer();
    const p = runCli(['watch', '@streamer', '--server', sim!.url, '--api-key', 'secret-key-123']);
    await until(() => p.err().includes('Connected to room'), 15_000, `connection: ${p.err()}`);
    show(room);
    expect(await p.exit).toBe(0);
    expect(p.out().split('\n')).toEqual(['alice: hello', 'bob is sending Rose ×2…', 'bob sent Rose ×5 (5 💎)', 'carol followed', 'Viewers: 1,234', 'LIVE ended', '']);
    expect(p.err()).toMatch(/^Connecting to @streamer…\nRoom \d+: "streamer is LIVE", 0 watching\nConnected to room \d+\n[\s\S]*Stream ended\./);
  });

  it('--transport auto falls back to polling when WebSockets are refused, and says so', async () => {
    const room = await streamer();
    room.rejectHandshakes(1000);
    const p = runCli(['watch', '@streamer', '--server', sim!.url, '--api-key', 'secret-key-123', '--transport', 'auto']);
    await until(() => p.err().includes('onnected to room'), 20_000, 'the polling connection');
    show(room);
    expect(await p.exit).toBe(0);
    expect(p.out().split('\n')).toEqual(['alice: hello', 'bob is sending Rose ×2…', 'bob sent Rose ×5 (5 💎)', 'carol followed', 'Viewers: 1,234', 'LIVE ended', '']);
    // Two refused sockets, then the first poll: the third attempt.
    expect(p.err()).toMatch(/rejected the WebSocket handshake[\s\S]*rejected the WebSocket handshake[\s\S]*\nReconnected to room \d+ \(polling over HTTP\)\n/);
    expect(room.connections()).toEqual([]);
  });

  it('--combo shows gifts only when their streak ends; --events filters', async () => {
    const room = await streamer();
    const p = runCli(['watch', 'https://www.tiktok.com/@streamer/live', '--server', sim!.url, '--combo', '--events', 'gift,social'], { TIKTOK_LIVE_API_KEY: 'secret-key-123' });
    await until(() => p.err().includes('Connected to room'), 15_000, 'connection');
    show(room);
    expect(await p.exit).toBe(0);
    expect(p.out().split('\n')).toEqual(['bob sent Rose ×5 (5 💎)', 'carol followed', '']);
    expect(p.err()).toContain('Stream ended.');
  });

  it('--combo prints a streak still open when the LIVE ends before "LIVE ended"', async () => {
    const room = await streamer();
    const p = runCli(['watch', '@streamer', '--server', sim!.url, '--combo', '--events', 'gift,control', '--api-key', 'secret-key-123']);
    await until(() => p.err().includes('Connected to room'), 15_000, 'connection');
    room.push({ type: 'gift', user: bob, giftId: 5655, giftName: 'Rose', diamondCount: 1, giftType: 1, repeatCount: 3, repeatEnd: false, combo: true, groupId: '78', giftPictureUrl: '', toUser: undefined });
    room.end();
    expect(await p.exit).toBe(0);
    expect(p.out().split('\n')).toEqual(['bob sent Rose ×3 (3 💎)', 'LIVE ended', '']);
  });

  it('--json writes one event per line that parses back', async () => {
    const room = await streamer();
    const p = runCli(['watch', 'streamer', '--server', sim!.url, '--json', '--api-key', 'secret-key-123']);
    await until(() => p.err().includes('Connected to room'), 15_000, 'connection');
    show(room);
    expect(await p.exit).toBe(0);
    const events = p.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.type)).toEqual(['chat', 'gift', 'gift', 'social', 'roomUserSeq', 'control']);
    expect(events[0]).toMatchObject({ type: 'chat', comment: 'hello', user: { uniqueId: 'alice' }, msgId: room.sent()[0]!.msgId });
    expect(events.at(-1)).toMatchObject({ type: 'control', action: 3 });
  });

  it('--json --events chat writes only chat events, so jq .comment prints only comments; lifecycle lines go to stderr', async () => {
    const room = await streamer();
    const p = runCli(['watch', '@streamer', '--server', sim!.url, '--json', '--events', 'chat', '--api-key', 'secret-key-123']);
    await until(() => p.err().includes('Connected to room'), 15_000, `connection: ${p.err()}`);
    show(room);
    room.push({ type: 'chat', user: bob, comment: 'too late', emotes: [], language: 'en' });
    expect(await p.exit).toBe(0);
    const events = p.out().trim().split('\n').map((l) => JSON.parse(l) as { type: string; comment?: string });
    expect(events.map((e) => e.comment)).toEqual(['hello']);
    expect(events.every((e) => e.type === 'chat')).toBe(true);
    expect(p.err()).toMatch(new RegExp(`^Room ${room.roomId}: ".*", [\\d,]+ watching$`, 'm'));
  });

  it('--lifecycle puts the lifecycle events on stdout too (with --json only)', async () => {
    const room = await streamer();
    const p = runCli(['watch', '@streamer', '--server', sim!.url, '--json', '--events', 'chat', '--lifecycle', '--api-key', 'secret-key-123']);
    await until(() => p.err().includes('Connected to room'), 15_000, `connection: ${p.err()}`);
    show(room);
    expect(await p.exit).toBe(0);
    const events = p.out().trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(events.map((e) => e.type)).toEqual(['roomInfo', 'connected', 'chat']);
    const text = runCli(['watch', '@streamer', '--lifecycle']);
    expect(await text.exit).toBe(2);
    expect(text.err()).toBe('tiktok-live-rx: --lifecycle puts lifecycle events on stdout as JSON: use it with --json\nSee "tiktok-live-rx watch --help".\n');
  });

  it('exits 1 with a one-line reason for an offline user and for a bad key, and never prints the key', async () => {
    await streamer();
    const offline = runCli(['watch', '@asleep', '--server', sim!.url, '--api-key', 'secret-key-123', '--debug']);
    expect(await offline.exit).toBe(1);
    expect(offline.err().trim().split('\n').at(-1)).toBe('tiktok-live-rx: @asleep is not live right now');
    const badKey = runCli(['watch', '@streamer', '--server', sim!.url, '--api-key', 'wrong-key-456', '--debug', '--room-id', sim!.room('streamer').roomId]);
    expect(await badKey.exit).toBe(1);
    expect(badKey.err()).toMatch(/tiktok-live-rx: The sign server rejected the API key \(401: Invalid API key\): check apiKey\n$/);
    for (const p of [offline, badKey]) expect(p.out() + p.err()).not.toMatch(/secret-key-123|wrong-key-456/);
  });

  it('closes cleanly on Ctrl-C', async () => {
    await streamer();
    const p = runCli(['watch', '@streamer', '--server', sim!.url, '--api-key', 'secret-key-123']);
    await until(() => p.err().includes('Connected to room'), 15_000, 'connection');
    p.child.kill('SIGINT');
    expect(await p.exit).toBe(0);
    await until(() => sim!.openSockets() === 0, 5000, 'the socket closed');
  });

  it('says on stderr how many messages a reconnect could not get back', async () => {
    sim = await startSimulator({ historySize: 200, rooms: [{ uniqueId: 'forgetful', traffic: false }] });
    const room = sim.room('forgetful');
    const p = runCli(['watch', '@forgetful', '--server', sim.url, '--events', 'control']);
    await until(() => p.err().includes('Connected to room'), 15_000, 'connection');
    room.dropConnection({ clean: false });
    room.emit('chat', 1000); // while away: more than the 200 the server keeps
    await until(() => p.err().includes('Reconnected'), 15_000, `reconnect: ${p.err()}`);
    room.end();
    expect(await p.exit).toBe(0);
    const missed = Number(/Missed ([\d,]+) messages while reconnecting: TikTok no longer held them/.exec(p.err())?.[1]?.replace(/,/g, ''));
    expect(missed).toBeGreaterThanOrEqual(780);
    expect(missed).toBeLessThanOrEqual(800);
    expect(p.out()).toBe('LIVE ended\n');
  });

  it('ends quietly with exit 0 when its stdout reader goes away (… | head -2)', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'busy', traffic: { rate: 200 } }] });
    for (const format of [['--json'], []]) {
      const p = runCli(['watch', '@busy', '--server', sim.url, ...format]);
      await until(() => p.out().split('\n').length > 2, 15_000, `two lines: ${p.err()}`);
      // The reader leaves as head does after its lines: the pipe closes, writes get EPIPE.
      p.child.stdout.destroy();
      expect(await p.exit, format.join(' ')).toBe(0);
      expect(p.err(), format.join(' ')).not.toMatch(/EPIPE|Error|\n\s+at /);
    }
    await until(() => sim!.openSockets() === 0, 5000, 'the sockets closed');
  });

  it('explains wrong arguments and exits 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['watch'], /Say which LIVE: a @user, a live URL, or --room-id ID/],
      [['watch', 'not a user'], /is not a TikTok username/],
      [['watch', '@x', '--events', 'chat,gifts'], /Unknown event type in --events: gifts/],
      [['watch', '@x', '--sign-provider', 'other'], /--sign-provider must be euler or tiktool/],
      [['watch', '@x', '--transport', 'carrier-pigeon'], /--transport must be websocket, polling or auto, got "carrier-pigeon"/],
      [['watch', '@x', '--bogus'], /Unknown option '--bogus'\.$/],
      [['watch', '--room-id', 'abc'], /--room-id: A room id must be a string of digits, got "abc"/],
      [['record', '--room-id', '12x', '-o', join(dir, 'never-written.jsonl')], /--room-id: A room id must be a string of digits/],
      [['record', '@x'], /Say where to write the recording: -o <file>/],
      [['replay'], /Say which recording to play/],
      [['replay', 'x.jsonl', '--speed', 'fast'], /--speed must be a number from 0.001 up, or "max"/],
      [['demo', '--rate', '0'], /--rate must be a whole number from 1/],
      [['nope'], /Unknown command "nope"/],
    ];
    for (const [args, message] of cases) {
      const p = runCli(args);
      expect(await p.exit, args.join(' ')).toBe(2);
      const lines = p.err().split('\n');
      // The reason in one line, where to read more in another; no page of help.
      expect(lines, args.join(' ')).toHaveLength(3);
      expect(lines[0], args.join(' ')).toMatch(/^tiktok-live-rx: /);
      expect(lines[0], args.join(' ')).toMatch(message);
      expect(lines[1], args.join(' ')).toBe(args[0] === 'nope' ? 'See "tiktok-live-rx --help".' : `See "tiktok-live-rx ${args[0]} --help".`);
      expect(p.out(), args.join(' ')).toBe('');
    }
  });

  it('has --help on every command', async () => {
    for (const command of ['watch', 'demo', 'record', 'replay', 'relay', 'simulate']) {
      const p = runCli([command, '--help']);
      expect(await p.exit).toBe(0);
      expect(p.out()).toContain(`Usage: tiktok-live-rx ${command}`);
    }
    const top = runCli(['--help']);
    expect(await top.exit).toBe(0);
    expect(top.out()).toMatch(/watch[\s\S]*demo[\s\S]*record[\s\S]*replay[\s\S]*simulate/);
  });

  it('"help <command>" and "<command> --help" (even beside a wrong option) print that command\'s own help', async () => {
    for (const command of ['watch', 'demo', 'record', 'replay', 'relay', 'simulate']) {
      const viaHelp = runCli(['help', command]);
      const viaFlag = runCli([command, '--bogus', '--help']);
      expect(await viaHelp.exit, command).toBe(0);
      expect(await viaFlag.exit, command).toBe(0);
      expect(viaHelp.out(), command).toMatch(new RegExp(`^Usage: tiktok-live-rx ${command} `));
      expect(viaFlag.out(), command).toBe(viaHelp.out());
    }
    const unknown = runCli(['help', 'nope']);
    expect(await unknown.exit).toBe(2);
    expect(unknown.err()).toBe('tiktok-live-rx: Unknown command "nope".\nSee "tiktok-live-rx --help".\n');
  });

  it('--version prints the version of package.json, as --help names it', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const p = runCli(['--version']);
    expect(await p.exit).toBe(0);
    expect(p.out()).toBe(`${version}\n`);
    const top = runCli(['--help']);
    expect(await top.exit).toBe(0);
    expect(top.out()).toMatch(new RegExp(`^tiktok-live-rx ${version.replaceAll('.', '\\.')}: `));
  });
});

describe('tiktok-live-rx watch without a network', () => {
  it('says in one line that a host does not resolve, and gives up at once on a first attempt', async () => {
    const p = runCli(['watch', '@someone', '--server', 'http://nonexistent.invalid']);
    expect(await p.exit).toBe(1);
    expect(p.err()).toBe('Connecting to @someone…\ntiktok-live-rx: Cannot resolve nonexistent.invalid (DNS)\n');
    expect(p.out()).toBe('');
  });

  it('says in one line that a connection was refused', async () => {
    const port = await closedPort();
    const p = runCli(['record', '@someone', '-o', join(dir, 'refused.jsonl'), '--server', `http://127.0.0.1:${port}`]);
    expect(await p.exit).toBe(1);
    expect(p.err().split('\n')).toContain(`tiktok-live-rx: Connection refused by 127.0.0.1:${port}`);
    expect(p.err()).not.toMatch(/1006|reconnecting|retrying|Gave up/);
  });

  it('--debug shows the whole cause chain, with no secrets', async () => {
    const p = runCli(['watch', '@someone', '--server', 'http://nonexistent.invalid', '--debug', '--api-key', 'secret-key-123', '--session-id', 'session-secret-9']);
    expect(await p.exit).toBe(1);
    const lines = p.err().trim().split('\n');
    const at = lines.indexOf('tiktok-live-rx: Cannot resolve nonexistent.invalid (DNS)');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1)).toEqual(['  caused by TypeError: fetch failed', expect.stringMatching(/^  caused by Error: getaddrinfo (ENOTFOUND|EAI_AGAIN) nonexistent\.invalid$/)]);
    expect(p.err()).not.toMatch(/secret-key-123|session-secret-9/);
  });

  it('retries a lost connection, saying why each attempt failed without a made-up close code', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'streamer', traffic: false }] });
    const p = runCli(['watch', '@streamer', '--server', sim.url]);
    await until(() => p.err().includes('Connected to room'), 15_000, `connection: ${p.err()}`);
    const port = new URL(sim.url).port;
    await sim.close();
    sim = undefined;
    const refused = new RegExp(`^Connection failed: Connection refused by 127\\.0\\.0\\.1:${port}; retrying in \\d+ s \\(attempt 2/5\\)$`, 'm');
    await until(() => refused.test(p.err()), 15_000, `a refused reconnect: ${p.err()}`);
    p.child.kill('SIGINT');
    expect(await p.exit).toBe(0);
    expect(p.err()).not.toMatch(/\(1006 Request|Request to .* failed/);
  });

  it('says before connecting that no sign-server API key is set when the sign provider expects one', async () => {
    // No network at all for this process: every fetch fails as an unresolvable host does.
    const offline = join(dir, 'offline.mjs');
    writeFileSync(offline, "globalThis.fetch = async (url) => { throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${new URL(url).hostname}`), { code: 'ENOTFOUND' }) }); };\n");
    const env = { NODE_OPTIONS: `--import=${pathToFileURL(offline).href}`, TIKTOK_LIVE_API_KEY: '' };
    const noKey = runCli(['watch', '@someone'], env);
    expect(await noKey.exit).toBe(1);
    expect(noKey.err().split('\n')).toEqual([
      'No sign-server API key set (--api-key or TIKTOK_LIVE_API_KEY): api.eulerstream.com expects one and may refuse or rate-limit the connection',
      'Connecting to @someone…',
      'tiktok-live-rx: Cannot resolve www.tiktok.com (DNS)',
      '',
    ]);
    const tiktool = runCli(['watch', '@someone', '--sign-provider', 'tiktool'], env);
    expect(await tiktool.exit).toBe(1);
    expect(tiktool.err().split('\n')[0]).toMatch(/^No sign-server API key set .*: api\.tik\.tools expects one/);
    for (const args of [['--api-key', 'k-1'], ['--sign-server', 'http://127.0.0.1:9']]) {
      const withKey = runCli(['watch', '@someone', ...args], env);
      expect(await withKey.exit, args.join(' ')).toBe(1);
      expect(withKey.err(), args.join(' ')).toMatch(/^Connecting to @someone…\n/);
    }
  });
});

describe('tiktok-live-rx record and replay', () => {
  it('record writes a versioned recording; replay plays the same events back', async () => {
    const room = await streamer();
    const file = join(dir, 'show.jsonl');
    const rec = runCli(['record', '@streamer', '-o', file, '--server', sim!.url, '--api-key', 'secret-key-123']);
    await until(() => rec.err().includes('Connected to room'), 15_000, 'connection');
    show(room);
    expect(await rec.exit).toBe(0);
    expect(rec.err()).toMatch(/Wrote \d+ entries to /);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ format: 'tiktok-live-rx-recording', version: 1, uniqueId: 'streamer', roomId: room.roomId });
    expect(lines.slice(1).map((l) => l.kind)).toContain('frame');
    expect(lines[1].kind).toBe('fetch');

    const replay = runCli(['replay', file, '--speed', 'max', '--json']);
    expect(await replay.exit).toBe(0);
    const events = replay.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
    const text = runCli(['replay', file, '--speed', '1000']);
    expect(await text.exit).toBe(0);
    expect(text.out()).toContain('bob sent Rose ×5 (5 💎)');
  });

  it('record to a full disk (/dev/full) fails with one line and exit 1, not a count of entries', async () => {
    const room = await streamer();
    const rec = runCli(['record', '@streamer', '-o', '/dev/full', '--server', sim!.url, '--api-key', 'secret-key-123']);
    // Whether the write error stops it first or the end of the LIVE does, the recording failed.
    await until(() => rec.err().includes('Connected to room') || rec.child.exitCode !== null, 15_000, `connection or exit: ${rec.err()}`);
    room.end();
    expect(await rec.exit).toBe(1);
    expect(rec.err().trim().split('\n').at(-1)).toMatch(/^tiktok-live-rx: Cannot write \/dev\/full: ENOSPC: no space left on device/);
    expect(rec.err()).not.toMatch(/Wrote \d+ entries|\n\s+at /);
  });

  it('record flushes and closes a complete file on Ctrl-C, and exits 0', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'busy', traffic: { rate: 400 } }] });
    const file = join(dir, 'interrupted.jsonl');
    const rec = runCli(['record', '@busy', '-o', file, '--server', sim.url]);
    await until(() => rec.err().includes('Connected to room'), 15_000, `connection: ${rec.err()}`);
    await until(() => readFileSync(file, 'utf8').split('\n').length > 20, 15_000, 'frames recorded');
    rec.child.kill('SIGINT');
    expect(await rec.exit).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as { format?: string; kind?: string; t?: number });
    expect(lines[0]).toMatchObject({ format: 'tiktok-live-rx-recording', uniqueId: 'busy' });
    expect(lines.slice(1).every((l) => (l.kind === 'fetch' || l.kind === 'frame') && typeof l.t === 'number' && l.t >= 0)).toBe(true);
    expect(rec.err()).toContain(`Wrote ${lines.length - 1} entries to ${file}`);
    // And it plays back.
    const replay = runCli(['replay', file, '--speed', 'max', '--json']);
    expect(await replay.exit).toBe(0);
  });

  it('replay refuses what is not a recording', async () => {
    const file = join(dir, 'not-a-recording.txt');
    writeFileSync(file, 'hello\n');
    const p = runCli(['replay', file]);
    expect(await p.exit).toBe(1);
    expect(p.err()).toMatch(/tiktok-live-rx: Line 1 of the recording is not JSON/);
  });

  const recordingHeader = '{"format":"tiktok-live-rx-recording","version":1,"uniqueId":"u","roomId":"1","startedAt":"2026-01-01T00:00:00.000Z"}';

  it('replay names the line of a null header, a null entry or a bad time in one line, exit 1', async () => {
    const cases: Array<[string, RegExp]> = [
      ['null\n', /^tiktok-live-rx: Line 1 of the recording is not a recording header/m],
      [`${recordingHeader}\nnull\n`, /^tiktok-live-rx: Line 2 of the recording is not an entry/m],
      [`${recordingHeader}\n{"t":0,"kind":"fetch","data":""}\n7\n`, /^tiktok-live-rx: Line 3 of the recording is not an entry/m],
      [`${recordingHeader}\n{"t":0,"kind":"fetch","data":""}\n{"t":99999999999,"kind":"fetch","data":""}\n`, /^tiktok-live-rx: Line 3 of the recording has an invalid time t=99999999999/m],
    ];
    for (const [text, message] of cases) {
      const file = join(dir, 'bad-recording.jsonl');
      writeFileSync(file, text);
      const p = runCli(['replay', file]);
      expect(await p.exit, text).toBe(1);
      expect(p.err(), text).toMatch(message);
      expect(p.err().trim().split('\n').filter((l) => l.startsWith('tiktok-live-rx:')), text).toHaveLength(1);
      expect(p.err(), text).not.toMatch(/TypeError|TimeoutOverflowWarning|\n\s+at /);
    }
  });

  it('replay plays every whole line of a recording with a torn last line, then warns in one line', async () => {
    const entry = (id: string) => entryLine({ t: 0, kind: 'fetch', data: encodeFetchResult({ messages: [encodeEvent({ type: 'chat', method: 'WebcastChatMessage', msgId: id, roomId: '1', createTime: 0, user: alice, comment: `line ${id}`, emotes: [], language: 'en' })], cursor: id, internalExt: '' }) });
    const file = join(dir, 'torn.jsonl');
    // The recorder was killed in the middle of writing line 4.
    writeFileSync(file, `${recordingHeader}\n${entry('2')}\n${entry('3')}\n${entry('4').slice(0, 50)}`);
    const p = runCli(['replay', file, '--speed', 'max']);
    expect(await p.exit).toBe(0);
    expect(p.out()).toBe('alice: line 2\nalice: line 3\n');
    expect(p.err()).toBe(`Replaying ${file} (as fast as it decodes)…\nWarning: Line 4 of the recording is cut short (the recording stopped mid-write): the lines before it were played\nDone.\n`);
    // Torn in the middle, it is an error naming the line.
    writeFileSync(file, `${recordingHeader}\n${entry('2')}\n${entry('3').slice(0, 50)}\n${entry('4')}\n`);
    const middle = runCli(['replay', file, '--speed', 'max']);
    expect(await middle.exit).toBe(1);
    expect(middle.err()).toBe(`Replaying ${file} (as fast as it decodes)…\ntiktok-live-rx: Line 3 of the recording is not JSON\n`);
  });

  it('replay waits out a gap longer than a timer holds without an overflow warning', async () => {
    const fetch = (t: number, id: string) =>
      entryLine({ t, kind: 'fetch', data: encodeFetchResult({ messages: [encodeEvent({ type: 'chat', method: 'WebcastChatMessage', msgId: id, roomId: '1', createTime: 0, user: alice, comment: `at ${t}`, emotes: [], language: 'en' })], cursor: id, internalExt: '' }) });
    const file = join(dir, 'long-gap.jsonl');
    // The second entry comes 2.5e9 ms (29 days) later: more than 2^31 - 1 ms.
    writeFileSync(file, `${recordingHeader}\n${fetch(0, '1')}\n${fetch(2_500_000_000, '2')}\n`);
    const p = runCli(['replay', file]);
    await until(() => p.out().includes('alice: at 0'), 15_000, `the first entry: ${p.err()}`);
    p.child.kill('SIGINT');
    expect(await p.exit).toBe(0);
    expect(p.out()).not.toContain('at 2500000000');
    expect(p.err()).not.toMatch(/TimeoutOverflowWarning/);
  });
});

describe('tiktok-live-rx demo', () => {
  it('prints chat and gift lines within a few seconds, with no network', async () => {
    const p = runCli(['demo', '--rate', '40']);
    await until(() => /^\w+_\d+: .+$/m.test(p.out()) && / sen(t|ding) .+ ×\d+/.test(p.out()), 15_000, `chat and gift lines: ${p.out()}`);
    p.child.kill('SIGINT');
    expect(await p.exit).toBe(0);
    expect(p.err()).toContain('Simulated TikTok LIVE at http://127.0.0.1:');
  });

  it('ends on its own with --duration and exits 0', async () => {
    const p = runCli(['demo', '--duration', '1', '--rate', '20']);
    expect(await p.exit).toBe(0);
    expect(p.out().trim().split('\n').at(-1)).toBe('LIVE ended');
  });
});

describe('tiktok-live-rx relay', () => {
  it('serves a room to a WebSocket page behind a token minted with a key from --api-key-file', async () => {
    const room = await streamer();
    const keys = join(dir, 'keys.txt');
    writeFileSync(keys, '# relay keys\nrelay-key-1\n');
    const p = runCli(['relay', '--port', '0', '--api-key-file', keys, '--server', sim!.url, '--api-key', 'secret-key-123']);
    await until(() => /Relay listening on (http:\/\/127\.0\.0\.1:\d+)/.test(p.out()), 15_000, `relay start: ${p.err()}`);
    const url = /Relay listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(p.out())![1]!;
    const minted = await fetch(`${url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': 'relay-key-1' }, body: JSON.stringify({ rooms: ['streamer'] }) });
    const { token } = (await minted.json()) as { token: string };
    const { default: WebSocket } = await import('ws');
    const ws = new WebSocket(`${url.replace('http', 'ws')}/ws?uniqueId=streamer&jwtKey=${token}`);
    const types: string[] = [];
    ws.on('message', (d) => types.push((JSON.parse(d.toString()) as { type: string }).type));
    await until(() => types.includes('connected'), 15_000, 'the upstream connection');
    show(room);
    await new Promise((resolve) => ws.once('close', resolve));
    expect(types).toEqual(['roomInfo', 'connected', 'chat', 'gift', 'gift', 'social', 'roomUserSeq', 'control']);
    p.child.kill('SIGINT');
    expect(await p.exit).toBe(0);
    expect((p.out() + p.err()).match(/listening on/gi)).toHaveLength(1);
    expect(p.out() + p.err()).not.toMatch(/relay-key-1|secret-key-123/);
    expect(p.out() + p.err()).not.toContain(token);
  });
});
