import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { until } from './support/rawClient.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs an example as a user would (`npx tsx examples/<name>.ts`), against the embedded simulator. */
function example(name: string, seconds: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', `examples/${name}.ts`, '--seconds', String(seconds)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { exit, out: () => out, err: () => err };
}

describe('examples (run for a few seconds against the simulator)', () => {
  it('chat-bot answers commands in the room (its answers come back as chat events) and thanks followers', async () => {
    const p = example('chat-bot', 4);
    expect(await p.exit).toBe(0);
    expect(p.err()).toContain('simulated TikTok at http://127.0.0.1:');
    expect(p.out()).toMatch(/^🤖 sent: @\w+ hello! 👋$/m);
    expect(p.out()).toMatch(/^🤖 sent: (No gifts yet!|Top gifter so far: @\w+ with \d+ 💎)$/m);
    // Sent through the simulator's chat endpoint, the answer comes back into the room as a chat event from the bot.
    expect(p.out()).toMatch(/^💬 friendly_bot: @\w+ hello! 👋$/m);
  });

  it('gift-leaderboard prints a ranked table that only goes down', async () => {
    const p = example('gift-leaderboard', 4);
    expect(await p.exit).toBe(0);
    const tables = p.out().split('── Top gifters ──\n').slice(1);
    expect(tables.length).toBeGreaterThan(1);
    const last = tables.at(-1)!.trim().split('\n');
    expect(last.length).toBeGreaterThan(1);
    const totals = last.map((line) => Number(/\s(\d+) 💎/.exec(line)![1]));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(last[0]).toMatch(/^1\. \w+/);
  });

  it('battle-monitor follows a battle to its end', async () => {
    const p = example('battle-monitor', 5);
    expect(await p.exit).toBe(0);
    expect(p.out()).toMatch(/⚔️ {2}Battle \d+ started: battle_room vs \w+/);
    expect(p.out()).toMatch(/score: battle_room \d+ — \w+ \d+/);
    expect(p.out()).toMatch(/🏁 Battle over: .+ — (\w+ wins|draw)/);
  });

  it('multi-room watches three rooms at once', async () => {
    const p = example('multi-room', 5);
    expect(await p.exit).toBe(0);
    const lines = p.out().trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    const counts = [...lines.at(-1)!.matchAll(/@(\w+): (\d+) events/g)].map((m) => [m[1], Number(m[2])]);
    expect(counts.map((c) => c[0])).toEqual(['room_one', 'room_two', 'room_three']);
    // Rates 10, 30, 60 per second: busier rooms show more events.
    expect((counts[2]![1] as number) > (counts[0]![1] as number)).toBe(true);
  });

  it('obs-overlay re-broadcasts events as JSON over a local WebSocket', async () => {
    const p = example('obs-overlay', 5);
    await until(() => /Overlay feed on ws:\/\/127\.0\.0\.1:\d+/.test(p.out()), 15_000, 'the overlay feed');
    const url = /(ws:\/\/127\.0\.0\.1:\d+)/.exec(p.out())![1]!;
    const page = new WebSocket(url);
    const received: Array<{ type: string }> = [];
    page.on('message', (data) => received.push(JSON.parse(data.toString())));
    await until(() => received.filter((e) => e.type === 'chat').length >= 2, 10_000, 'chat events on the overlay feed');
    page.close();
    expect(received[0]!.type).toMatch(/roomInfo|connected|chat|like|member|gift/);
    expect(await p.exit).toBe(0);
  });
});
