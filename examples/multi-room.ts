/**
 * Several rooms at once: events per room per 2 seconds, and viewer counts.
 *   npx tsx examples/multi-room.ts [--tiktok @a @b @c] [--seconds N]
 */
import { bufferTime, map, merge } from 'rxjs';
import { liveRoom$ } from 'tiktok-live-rx';
import { exampleRooms, runFor } from './_room.js';

const room = await exampleRooms([
  { uniqueId: 'room_one', traffic: { rate: 10, seed: 1 } },
  { uniqueId: 'room_two', traffic: { rate: 30, seed: 2 } },
  { uniqueId: 'room_three', traffic: { rate: 60, seed: 3 } },
]);
const viewers = new Map<string, number>();
const all$ = merge(...room.uniqueIds.map((id) => liveRoom$(id, room.options).pipe(map((event) => ({ id, event })))));
const sub = all$.pipe(bufferTime(2000)).subscribe((batch) => {
  const counts = new Map<string, number>();
  for (const { id, event } of batch) {
    if ('msgId' in event) counts.set(id, (counts.get(id) ?? 0) + 1);
    if (event.type === 'roomUserSeq') viewers.set(id, event.viewerCount);
  }
  console.log(room.uniqueIds.map((id) => `@${id}: ${counts.get(id) ?? 0} events, ${viewers.get(id) ?? '?'} viewers`).join(' | '));
});

runFor(() => {
  sub.unsubscribe();
  void room.close();
});
