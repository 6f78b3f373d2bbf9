import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';

const SCRIPT = fileURLToPath(new URL('./support/tlc-client.mjs', import.meta.url));
const TLS = {
  key: readFileSync(new URL('./fixtures/tls/key.pem', import.meta.url)),
  cert: readFileSync(new URL('./fixtures/tls/cert.pem', import.meta.url)),
};

interface Line {
  kind: string;
  [k: string]: unknown;
}

/** Methods we decode that TLC's schema (tiktok-live-proto v3) has no message for: it skips them. */
const NO_V3_SCHEMA = new Set(
  [
    'AnchorToolModificationMessage', 'BALeadGenMessage', 'DonationStickerModifyMethod', 'EcShortItemRefreshMessage', 'EcTaskRegisterMessage',
    'EnvelopePortalMessage', 'GiftCollectionUpdateMessage', 'GoodyBagMessage', 'HashtagMessage', 'HourlyRankMessage', 'InRoomBannerRefreshMessage',
    'LinkMicAnchorGuideMessage', 'LinkScreenChangeMessage', 'LinkmicBattleNoticeMessage', 'PaidContentLiveShoppingMessage', 'PartnershipCardChangeMessage',
    'PartnershipDownloadCountMessage', 'PictionaryEndMessage', 'PictionaryExitMessage', 'PictionaryStartMessage', 'PictionaryUpdateMessage',
    'QuestionDeleteMessage', 'QuestionSelectedMessage', 'QuestionSlideDownMessage', 'QuestionSwitchMessage', 'RoomStickerMessage',
    'SubTimerStickerMessage', 'SubWaveMessage', 'SubscriptionGuideMessage', 'WeeklyRankRewardMessage',
  ].map((m) => `Webcast${m}`),
);

let sim: Simulator | undefined;
afterEach(() => sim?.close());

describe('an independent client (TikTok-Live-Connector 2.5) against the simulator', () => {
  it('resolves the room, signs through the Euler-style server, connects, receives every event and sees the end', { timeout: 60_000 }, async () => {
    // TikTok-Live-Connector insists on TLS for loopback hosts, so this simulator serves HTTPS/WSS.
    sim = await startSimulator({ tls: TLS, seed: 9, rooms: [{ uniqueId: 'interop', traffic: { rate: 200 } }] });
    const room = sim.room('interop');
    const host = sim.url.replace('https://', '');
    const child = spawn(process.execPath, [SCRIPT, 'interop', host], {
      env: { ...process.env, SIGN_API_URL: sim.url, NODE_TLS_REJECT_UNAUTHORIZED: '0', NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Line[] = [];
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const p of parts) if (p.trim()) lines.push(JSON.parse(p) as Line);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

    await until(() => lines.some((l) => l.kind === 'connected' || l.kind === 'connectError'), 15_000, `TLC to connect (${stderr})`);
    expect(lines.find((l) => l.kind === 'connectError')).toBeUndefined();
    expect(lines.find((l) => l.kind === 'connected')!.roomId).toBe(room.roomId);
    await until(() => lines.filter((l) => l.kind === 'decoded').length >= 150, 15_000, '150 messages through TLC');
    // TLC sends its first heartbeat after 10 s.
    await until(() => room.received().some((r) => r.payloadType === 'hb'), 15_000, 'a heartbeat from TLC');
    room.end();
    expect(await exited).toBe(0);

    // TLC decodes every message it has a schema for, each exactly once. It has none for our deliberately
    // unknown methods, nor for the un-prefixed `RoomMessage` that real TikTok traffic carries (we accept both).
    // It gunzips each WebSocket message on the thread pool (an awaited zlib.unzip), so two frames that
    // arrive back to back can come out of it swapped: the comparison is of the messages, not their order.
    const decoded = lines.filter((l) => l.kind === 'decoded').map((l) => l.msgId as string);
    const sentAt = new Map(room.sent().map((s, i) => [s.msgId, i]));
    const firstSeen = Math.min(...decoded.map((id) => sentAt.get(id) ?? Number.POSITIVE_INFINITY));
    const tlcKnows = (s: { type: string; method: string }) => s.method !== 'RoomMessage' && s.type !== 'unknown' && !NO_V3_SCHEMA.has(s.method);
    const expected = room.sent().slice(firstSeen).filter(tlcKnows);
    expect(new Set(decoded).size).toBe(decoded.length);
    expect([...decoded].sort()).toEqual(expected.map((s) => s.msgId).sort());
    expect(decoded.length).toBeGreaterThanOrEqual(150);
    expect(lines.find((l) => l.kind === 'streamEnd')).toEqual({ kind: 'streamEnd', action: 3 });
    for (const chat of lines.filter((l) => l.kind === 'chat')) {
      expect(chat.uniqueId).toMatch(/^\w+_\d+$/);
      expect(String(chat.comment).length).toBeGreaterThan(0);
    }
    // It entered the room, sent heartbeats, and acked what asked for acks.
    const received = room.received().map((r) => r.payloadType);
    expect(received[0]).toBe('im_enter_room');
    expect(received).toContain('hb');
    expect(received).toContain('ack');
    expect(lines.filter((l) => l.kind === 'error')).toEqual([]);
  });
});
