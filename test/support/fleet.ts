import { decodeEntry, fleetKeys, withRedis, type FleetEntry } from '../../src/fleet/index.js';

/** Every entry of the fleet's log for `room`, in stream order, read straight from its partition stream. */
export async function logOf(url: string, room: string, prefix?: string): Promise<FleetEntry[]> {
  const keys = fleetKeys(prefix);
  return withRedis(url, async (conn) => {
    const out: FleetEntry[] = [];
    let from = '-';
    for (;;) {
      const reply = (await conn.send(['XRANGE', keys.logOf(room), from, '+', 'COUNT', '10000'])) as Array<[string, string[]]>;
      for (const [id, fields] of reply) {
        const entry = decodeEntry(id, fields);
        if (entry.room === room) out.push(entry);
      }
      if (reply.length < 10_000) return out;
      from = `(${reply.at(-1)![0]}`;
    }
  });
}

/** The msgIds of the TikTok events in a room's log (lifecycle events and in-band errors left out), in order. */
export function wireMsgIds(entries: FleetEntry[]): string[] {
  return entries.filter((e) => e.msgId !== '' && e.type !== 'error').map((e) => e.msgId);
}

/** What a log holds against what the simulator sent: lost, duplicated and out-of-order counts. */
export function compareLog(sent: string[], logged: string[]): { lost: number; duplicated: number; outOfOrder: number } {
  const seen = new Set<string>();
  let duplicated = 0;
  for (const id of logged) {
    if (seen.has(id)) duplicated += 1;
    seen.add(id);
  }
  const position = new Map(sent.map((id, i) => [id, i]));
  let outOfOrder = 0;
  let last = -1;
  for (const id of logged) {
    const at = position.get(id) ?? -1;
    if (at < last) outOfOrder += 1;
    last = Math.max(last, at);
  }
  const lost = sent.filter((id) => !seen.has(id)).length;
  return { lost, duplicated, outOfOrder };
}
