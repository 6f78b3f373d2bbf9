/**
 * A live gift leaderboard: the top 5 gifters by diamonds, redrawn when it changes.
 *   npx tsx examples/gift-leaderboard.ts [--tiktok @user] [--seconds N]
 */
import { comboEnd, gift$, leaderboard, liveRoom$ } from 'tiktok-live-rx';
import { exampleRooms, runFor } from './_room.js';

const room = await exampleRooms([{ uniqueId: 'gift_room', traffic: { rate: 60, mix: { gift: 60 } } }]);
const sub = gift$(liveRoom$(room.uniqueIds[0]!, room.options))
  .pipe(comboEnd({ idleMs: 3000 }), leaderboard({ top: 5 }))
  .subscribe((board) => {
    console.log('── Top gifters ──');
    for (const e of board) console.log(`${e.rank}. ${e.user.uniqueId.padEnd(16)} ${String(e.total).padStart(6)} 💎  (${e.gifts} gifts)`);
  });

runFor(() => {
  sub.unsubscribe();
  void room.close();
});
