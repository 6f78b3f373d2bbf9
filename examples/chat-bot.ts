/**
 * A chat bot: answers !hello and !top in the room's chat, and thanks followers.
 *   npx tsx examples/chat-bot.ts [--tiktok @user] [--seconds N]
 */
import { filter, map, merge } from 'rxjs';
import { chat$, follow$, gift$, comboEnd, liveRoom$, shareRoom } from 'tiktok-live-rx';
import { exampleRooms, runFor } from './_room.js';

const room = await exampleRooms([{ uniqueId: 'bot_room', traffic: { rate: 20 } }]);
const room$ = liveRoom$(room.uniqueIds[0]!, room.options).pipe(shareRoom({ graceMs: 1000 }));

// Who has given the most diamonds so far (finished streaks only).
const totals = new Map<string, number>();
const giftSub = gift$(room$).pipe(comboEnd()).subscribe((g) => totals.set(g.user.uniqueId, (totals.get(g.user.uniqueId) ?? 0) + g.diamondCount * g.repeatCount));

function reply(comment: string, from: string): string | undefined {
  const text = comment.trim().toLowerCase();
  if (text === '!hello') return `@${from} hello! 👋`;
  if (text === '!top') {
    const [best] = [...totals].sort((a, b) => b[1] - a[1]);
    return best ? `Top gifter so far: @${best[0]} with ${best[1]} 💎` : 'No gifts yet!';
  }
  return undefined;
}

const replies$ = merge(
  chat$(room$).pipe(
    map((e) => reply(e.comment, e.user.uniqueId)),
    filter((r): r is string => r !== undefined),
  ),
  follow$(room$).pipe(map((e) => `Thanks for the follow, @${e.user.uniqueId}!`)),
);
const sub = replies$.subscribe((r) => console.log(`🤖 ${r}`));
sub.add(giftSub); // unsubscribing one closes both, and with them the shared connection

// In the simulator, a few viewers talk to the bot.
room.sim?.room('bot_room').push({ type: 'chat', comment: '!hello' }, { type: 'chat', comment: '!top' });
setTimeout(() => room.sim?.room('bot_room').push({ type: 'chat', comment: '!top' }), 1500);

runFor(() => {
  sub.unsubscribe();
  void room.close();
});
