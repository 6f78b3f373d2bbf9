/**
 * Several rooms at once: events per room per 2 seconds, and viewer counts.
 *   npx tsx examples/multi-room.ts [--tiktok @a @b @c] [--seconds N]
 */
import { bufferTime } from 'rxjs';
import { liveRooms$ } from 'tiktok-live-rx';
import { exampleRooms, runFor } from './_room.js';

const room = await exampleRooms([
  { uniqueId: 'room_one', traffic: { rate: 10, seed: 1 } },
  { uniqueId: 'room_two', traffic: { rate: 30, seed: 2 } },
  { uniqueId: 'room_three', traffic: { rate: 60, seed: 3 } },
]);
const viewers = new Map<string, number>();
// One stream; each event carries its room's handle in `room`, and a room that fails is a `roomError`.
const sub = liveRooms$(room.uniqueIds, room.options)
  .pipe(bufferTime(2000))
  .subscribe((batch) => {
    const counts = new Map<string, number>();
    for (const event of batch) {
      if ('msgId' in event) counts.set(event.room, (counts.get(event.room) ?? 0) + 1);
      if (event.type === 'roomUserSeq') viewers.set(event.room, event.viewerCount);
      if (event.type === 'roomError') console.error(`@${event.room}: ${event.error.message}`);
    }
    console.log(room.uniqueIds.map((id) => `@${id}: ${counts.get(id) ?? 0} events, ${viewers.get(id) ?? '?'} viewers`).join(' | '));
  });

runFor(() => {
  sub.unsubscribe();
  void room.close();
});
