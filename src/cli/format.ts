import type { LiveUser } from '../decoders/events.js';
import type { LiveEvent } from '../operators/pipeline/events.js';

/** ANSI colours, off when the stream is not a terminal, with NO_COLOR, or on request. */
export function palette(enabled: boolean) {
  const wrap = (code: number) => (s: string) => (enabled ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { dim: wrap(2), bold: wrap(1), red: wrap(31), green: wrap(32), yellow: wrap(33), blue: wrap(34), magenta: wrap(35), cyan: wrap(36) };
}

export type Palette = ReturnType<typeof palette>;

const num = (n: number) => n.toLocaleString('en-US');
const who = (u: LiveUser | undefined) => (u ? u.uniqueId || u.nickname || u.userId : 'someone');

/** One readable line for an event, or undefined for events a person does not need to see. */
export function formatEvent(event: LiveEvent, c: Palette): string | undefined {
  switch (event.type) {
    case 'chat':
      return `${c.bold(who(event.user))}: ${event.comment}`;
    case 'gift': {
      const total = event.diamondCount * Math.max(1, event.repeatCount);
      if (event.combo) return c.dim(`${who(event.user)} is sending ${event.giftName} ×${event.repeatCount}…`);
      return c.magenta(`${who(event.user)} sent ${event.giftName} ×${event.repeatCount} (${num(total)} 💎)`);
    }
    case 'like':
      return c.red(`${who(event.user)} liked ×${event.likeCount} (${num(event.totalLikes)} total)`);
    case 'member':
      return c.dim(`${who(event.user)} joined`);
    case 'social':
      if (event.action === 'follow') return c.green(`${who(event.user)} followed`);
      if (event.action === 'share') return c.green(`${who(event.user)} shared the LIVE`);
      return undefined;
    case 'roomUserSeq':
      return c.cyan(`Viewers: ${num(event.viewerCount)}`);
    case 'battle': {
      const names = event.teams.map((t) => t.host?.uniqueId || t.hostUserId).join(' vs ');
      if (event.status === 2) return c.yellow(`Battle over: ${event.teams.map((t) => `${t.host?.uniqueId || t.hostUserId} ${num(t.score)}`).join(' — ')}`);
      return c.yellow(`Battle ${event.status === 1 ? 'started' : 'update'}: ${names}`);
    }
    case 'battleArmies':
      return c.yellow(`Battle scores: ${event.teams.map((t) => num(t.score)).join(' — ')}`);
    case 'subscribe':
      return c.green(`${who(event.user)} subscribed (month ${event.subMonth})`);
    case 'emoteChat':
      return `${c.bold(who(event.user))} sent an emote`;
    case 'envelope':
      return c.magenta(`Treasure chest: ${num(event.diamondCount)} 💎 for ${event.peopleCount} viewers`);
    case 'question':
      return c.blue(`Question from ${who(event.user)}: ${event.questionText}`);
    case 'control':
      return c.yellow(({ 1: 'LIVE paused', 2: 'LIVE resumed', 3: 'LIVE ended', 4: 'LIVE suspended' } as Record<number, string>)[event.action] ?? `Control ${event.action}`);
    case 'room':
      return c.dim(event.content);
    case 'liveIntro':
      return c.dim(`Intro: ${event.title}`);
    case 'rankUpdate':
      return c.dim(`Rank: ${event.rankList.map((r) => r.text.replace('{0:string}', String(r.rank))).join(', ')}`);
    case 'linkMic':
      return c.dim(`Link-mic update (${event.users.length} guest${event.users.length === 1 ? '' : 's'})`);
    default:
      return undefined;
  }
}
