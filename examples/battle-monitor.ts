/**
 * A battle monitor: who is fighting, the running score, and who won.
 *   npx tsx examples/battle-monitor.ts [--tiktok @user] [--seconds N]
 */
import { merge } from 'rxjs';
import { battle$, battleArmies$, liveRoom$, shareRoom } from 'tiktok-live-rx';
import { exampleRooms, runFor } from './_room.js';

const room = await exampleRooms([{ uniqueId: 'battle_room', traffic: { rate: 80, mix: { battle: 30 } } }]);
const room$ = liveRoom$(room.uniqueIds[0]!, room.options).pipe(shareRoom());
const names = new Map<string, string>();

const sub = merge(battle$(room$), battleArmies$(room$)).subscribe((e) => {
  if (e.type === 'battle') {
    for (const t of e.teams) if (t.host) names.set(t.hostUserId, t.host.uniqueId);
    const teams = e.teams.map((t) => names.get(t.hostUserId) ?? t.hostUserId);
    if (e.status === 1) console.log(`⚔️  Battle ${e.battleId} started: ${teams.join(' vs ')}`);
    else if (e.status === 2) {
      const winner = e.teams.find((t) => t.result === 0);
      console.log(`🏁 Battle over: ${e.teams.map((t) => `${names.get(t.hostUserId)} ${t.score}`).join(' — ')}${winner ? ` — ${names.get(winner.hostUserId)} wins` : ' — draw'}`);
    }
  } else {
    console.log(`   score: ${e.teams.map((t) => `${names.get(t.hostUserId) ?? t.hostUserId} ${t.score}`).join(' — ')}`);
  }
});

runFor(() => {
  sub.unsubscribe();
  void room.close();
});
