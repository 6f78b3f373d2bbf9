import { describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { HttpProblem } from '../src/relay/http.js';
import { ReplayWindow } from '../src/relay/replayWindow.js';
import { until } from './support/rawClient.js';
import { relayHarness, sseData } from './support/relay.js';

type Item = { relayId?: string; type: string; msgId?: string; missed?: number | null; origin?: string; comment?: string };

describe('ReplayWindow', () => {
  it('numbers events, keeps the last maxEvents and tells a resume what it missed', () => {
    const w = new ReplayWindow('ab12', { maxEvents: 3 });
    const lines = [1, 2, 3, 4, 5].map((n) => w.push(`{"type":"chat","n":${n}}`, '77'));
    expect(lines[0]).toBe('{"relayId":"ab12-1","type":"chat","n":1}');
    expect(w.push('{}')).toBe('{"relayId":"ab12-6"}');
    // Kept: 4, 5, 6.
    expect(w.after('ab12-4')).toEqual([lines[4], '{"relayId":"ab12-6"}']);
    expect(w.after('ab12-6')).toEqual([]);
    expect(w.after('ab12-99')).toEqual([]);
    expect(w.after('ab12-1').map((l) => JSON.parse(l) as Item)).toEqual([
      { type: 'gap', roomId: '77', missed: 2, origin: 'relay' },
      { relayId: 'ab12-4', type: 'chat', n: 4 },
      { relayId: 'ab12-5', type: 'chat', n: 5 },
      { relayId: 'ab12-6' },
    ]);
    // An id from another upstream: everything kept, after a gap of unknown size.
    expect(JSON.parse(w.after('ffff-3')[0]!)).toEqual({ type: 'gap', roomId: '77', missed: null, origin: 'relay' });
    expect(w.after('ffff-3')).toHaveLength(4);
    expect(() => w.after('nonsense')).toThrow(HttpProblem);
  });

  it('stays within maxBytes, and within maxEvents over a long run', () => {
    const w = new ReplayWindow('e', { maxEvents: 1000, maxBytes: 10_000 });
    for (let i = 0; i < 100_000; i++) w.push(`{"type":"like","pad":"${'x'.repeat(i % 200)}"}`);
    const kept = w.after('e-99999');
    expect(kept.length).toBe(1);
    const all = w.after('e-1').slice(1);
    expect(all.join('').length).toBeLessThanOrEqual(10_000);
    expect(all.length).toBeGreaterThan(30);
    expect(JSON.parse(all.at(-1)!)).toMatchObject({ relayId: 'e-100000' });
  });
});

describe('relay: resuming where a client left off', () => {
  const start = relayHarness();

  /** Collects a WebSocket client's items. */
  const collect = (ws: WebSocket) => {
    const items: Item[] = [];
    ws.on('message', (d: Buffer) => items.push(JSON.parse(d.toString()) as Item));
    return items;
  };
  const chats = (items: Item[]) => items.filter((i) => i.type === 'chat').map((i) => i.comment);

  it('WebSocket: since=<relayId> gets exactly what was missed while away, over real sockets', async () => {
    const h = await start({ rooms: [{ uniqueId: 'resumer', traffic: false }] });
    const room = h.sim.room('resumer');
    const jwt = await h.mint(['resumer'], 2);
    // A second client keeps the upstream open while the first is away.
    const keeper = collect(h.ws('resumer', jwt));
    const first = h.ws('resumer', jwt);
    const seen = collect(first);
    await until(() => h.relay.stats().clients === 2 && seen.some((i) => i.type === 'connected'), 10_000, 'both clients and the upstream');
    for (let i = 1; i <= 5; i++) room.push({ type: 'chat', comment: `before ${i}` });
    await until(() => chats(seen).length === 5, 5000, 'five chats');
    first.terminate();
    await until(() => h.relay.stats().clients === 1, 5000, 'the first client gone');
    for (let i = 1; i <= 7; i++) room.push({ type: 'chat', comment: `away ${i}` });
    await until(() => chats(keeper).length === 12, 5000, 'the keeper got them');
    const last = seen.at(-1)!.relayId!;
    expect(last).toMatch(/^[0-9a-f]+-\d+$/);
    const again = collect(h.ws('resumer', jwt, `&since=${last}`));
    await until(() => chats(again).length === 7, 5000, 'the missed chats');
    room.push({ type: 'chat', comment: 'after' });
    await until(() => chats(again).length === 8, 5000, 'a live chat');
    const together = [...chats(seen), ...chats(again)];
    expect(together).toEqual([...[1, 2, 3, 4, 5].map((i) => `before ${i}`), ...[1, 2, 3, 4, 5, 6, 7].map((i) => `away ${i}`), 'after']);
    expect(again.some((i) => i.type === 'gap')).toBe(false);
    // Ids grow by one per event, without holes, across the resume.
    const ids = [...seen, ...again].map((i) => Number(i.relayId!.split('-')[1]));
    expect(ids).toEqual(ids.map((_, k) => ids[0]! + k));
  });

  it('SSE: Last-Event-ID resumes, records carry id:, and a resume past the window starts with a counted gap', async () => {
    const h = await start({ rooms: [{ uniqueId: 'sse_resumer', traffic: false }] }, () => ({ replayWindow: { maxEvents: 4 } }));
    const room = h.sim.room('sse_resumer');
    const jwt = await h.mint(['sse_resumer'], 3);
    const keeper = collect(h.ws('sse_resumer', jwt));
    await until(() => keeper.some((i) => i.type === 'connected'), 10_000, 'the upstream');
    room.push({ type: 'chat', comment: 'one' });
    await until(() => chats(keeper).length === 1, 5000, 'one');
    const lastId = keeper.at(-1)!.relayId!;
    for (let i = 2; i <= 4; i++) room.push({ type: 'chat', comment: `n${i}` });
    await until(() => chats(keeper).length === 4, 5000, 'four');

    const controller = new AbortController();
    const res = await fetch(`${h.relay.url}/events?uniqueId=sse_resumer&jwtKey=${jwt}`, { headers: { 'last-event-id': lastId }, signal: controller.signal });
    const reader = res.body!.getReader();
    let text = '';
    const decoder = new TextDecoder();
    while (sseData(text).filter((d) => d.includes('"chat"')).length < 3) text += decoder.decode((await reader.read()).value, { stream: true });
    controller.abort();
    expect(sseData(text).map((d) => (JSON.parse(d) as Item).comment)).toEqual(['n2', 'n3', 'n4']);
    const id = /^id: (.+)$/m.exec(text)?.[1];
    expect(id).toMatch(/^[0-9a-f]+-\d+$/);

    // Away for more than the window holds: a gap that counts what is lost, then what is kept.
    for (let i = 5; i <= 10; i++) room.push({ type: 'chat', comment: `n${i}` });
    await until(() => chats(keeper).length === 10, 5000, 'ten');
    const late = collect(h.ws('sse_resumer', jwt, `&since=${lastId}`));
    await until(() => late.length >= 5, 5000, 'the gap and the window');
    expect(late[0]).toMatchObject({ type: 'gap', missed: keeper.findIndex((i) => i.relayId === late[1]!.relayId) - keeper.findIndex((i) => i.relayId === lastId) - 1, origin: 'relay' });
    expect(chats(late)).toEqual(['n7', 'n8', 'n9', 'n10']);
  });

  it('a resume after the room\'s upstream closed and opened again gets a gap of unknown size; a bad since is 400', async () => {
    const h = await start({ rooms: [{ uniqueId: 'reopened', traffic: false }] });
    const room = h.sim.room('reopened');
    const jwt = await h.mint(['reopened'], 2);
    const first = h.ws('reopened', jwt);
    const seen = collect(first);
    await until(() => seen.some((i) => i.type === 'connected'), 10_000, 'the upstream');
    room.push({ type: 'chat', comment: 'old' });
    await until(() => chats(seen).length === 1, 5000, 'old');
    first.terminate();
    await until(() => h.relay.stats().upstreams === 0, 5000, 'the upstream closed after its grace');
    const again = collect(h.ws('reopened', jwt, `&since=${seen.at(-1)!.relayId}`));
    await until(() => again.length >= 1, 5000, 'the gap');
    expect(again[0]).toEqual({ type: 'gap', roomId: '', missed: null, origin: 'relay' });
    const bad = await fetch(`${h.relay.url}/events?uniqueId=reopened&jwtKey=${jwt}&since=oops`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'since (or Last-Event-ID) must be the relayId of an event this relay sent' });
  });
});
