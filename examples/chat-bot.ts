/**
 * A chat bot: answers !hello and !top in the room's chat, and thanks followers.
 * It sends its answers with `sendChat` as a logged-in account (TIKTOK_SESSION_ID; the
 * simulator has one built in) and prints them when they come back as chat events.
 *   npx tsx examples/chat-bot.ts [--tiktok @user] [--seconds N]
 */
import { catchError, EMPTY, filter, from, map, merge, mergeMap } from 'rxjs';
import { chat$, follow$, gift$, comboEnd, liveRoom$, sendChat, shareRoom } from 'tiktok-live-rx';
import { exampleRooms, runFor } from './_room.js';

const BOT = 'friendly_bot';
// In the simulator, the session of the bot's account; on TikTok, yours (never printed).
const sessionId = process.env.TIKTOK_SESSION_ID ?? 'example-bot-session';
const room = await exampleRooms([{ uniqueId: 'bot_room', traffic: { rate: 20 } }], { sessions: { [sessionId]: { uniqueId: BOT, nickname: 'Friendly Bot' } } });
const roomName = room.uniqueIds[0]!;
const room$ = liveRoom$(roomName, room.options).pipe(shareRoom({ graceMs: 1000 }));

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
    filter((e) => e.user.uniqueId !== BOT),
    map((e) => reply(e.comment, e.user.uniqueId)),
    filter((r): r is string => r !== undefined),
  ),
  follow$(room$).pipe(map((e) => `Thanks for the follow, @${e.user.uniqueId}!`)),
);
const { endpoints, signServerUrl, apiKey } = room.options;
const sub = replies$
  .pipe(
    // One failed send (a rate limit, say) is reported and the bot goes on.
    mergeMap((text) =>
      from(sendChat(roomName, text, { sessionId, apiKey, endpoints, signServerUrl })).pipe(
        map(() => text),
        catchError((err: unknown) => (console.error(`🤖 could not send "${text}": ${(err as Error).message}`), EMPTY)),
      ),
    ),
  )
  .subscribe((text) => console.log(`🤖 sent: ${text}`));
// The bot's own comments, as the room shows them to everyone.
sub.add(chat$(room$).pipe(filter((e) => e.user.uniqueId === BOT)).subscribe((e) => console.log(`💬 ${e.user.uniqueId}: ${e.comment}`)));
sub.add(giftSub); // unsubscribing one closes them all, and with them the shared connection

// In the simulator, a few viewers talk to the bot.
room.sim?.room('bot_room').push({ type: 'chat', comment: '!hello' }, { type: 'chat', comment: '!top' });
setTimeout(() => room.sim?.room('bot_room').push({ type: 'chat', comment: '!top' }), 1500);

runFor(() => {
  sub.unsubscribe();
  void room.close();
});
