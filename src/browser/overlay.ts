/**
 * The script of the relay's OBS overlay page (`/overlay`), built from the
 * library: `relayRoom$` (so the overlay resumes after a dropped connection),
 * `comboEnd` (gifts once per finished streak, idle streaks flushed) and
 * `leaderboard`. Bundled with rxjs into one file the relay serves as
 * `/overlay.js`. Query: `uniqueId`, `token` (or none for a public room),
 * `idleMs` (comboEnd's, default 10,000).
 */
import { filter } from 'rxjs';
import { isStreamEnd } from '../operators/index.js';
import { comboEnd, leaderboard, ofType, shareRoom } from '../operators/index.js';
import { relayRoom$ } from './relayRoom.js';

const params = new URLSearchParams(location.search);
const uniqueId = params.get('uniqueId') ?? '';
const token = params.get('token') ?? params.get('jwtKey') ?? undefined;
const idleMs = Number(params.get('idleMs') ?? 10_000);

const byId = (id: string) => document.getElementById(id)!;
const text = (tag: string, className: string, value: string) => {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = value;
  return el;
};
const prepend = (list: HTMLElement, node: HTMLElement, max: number) => {
  list.prepend(node);
  while (list.children.length > max) list.lastElementChild!.remove();
};
const status = (value: string) => {
  byId('status').textContent = value;
};

const room$ = relayRoom$({ url: location.origin, uniqueId, token: token || undefined }).pipe(shareRoom({ graceMs: 0 }));
const gifts$ = room$.pipe(ofType('gift'), comboEnd({ idleMs: Number.isFinite(idleMs) && idleMs > 0 ? idleMs : 10_000 }), shareRoom({ graceMs: 0 }));
const fail = (err: unknown) => status(`stopped: ${err instanceof Error ? err.message : String(err)}`);

room$.pipe(ofType('chat')).subscribe({
  next(chat) {
    const li = document.createElement('li');
    li.append(text('span', 'who', chat.user.uniqueId), document.createTextNode(chat.comment));
    prepend(byId('chat'), li, 8);
  },
  error: fail,
});
gifts$.subscribe({
  next: (g) => prepend(byId('gifts'), text('li', '', `${g.user.uniqueId} sent ${g.giftName} ×${g.repeatCount} (${g.diamondCount * Math.max(1, g.repeatCount)} 💎)`), 6),
  error: () => {},
});
gifts$.pipe(leaderboard({ top: 5 })).subscribe({
  next(rows) {
    byId('board').replaceChildren(
      ...rows.map((row) => {
        const li = document.createElement('li');
        li.append(text('span', 'rank', String(row.rank)), text('span', 'name', row.user.uniqueId), text('span', 'total', `${row.total} 💎`));
        return li;
      }),
    );
  },
  error: () => {},
});
room$.pipe(ofType('roomUserSeq')).subscribe({ next: (seq) => (byId('viewers').textContent = seq.viewerCount.toLocaleString('en-US')), error: () => {} });
room$.pipe(filter((e) => e.type === 'connected' || e.type === 'disconnected' || isStreamEnd(e))).subscribe({
  next(e) {
    if (isStreamEnd(e)) status('the LIVE has ended');
    else if (e.type === 'connected' && 'link' in e) status(`live: @${uniqueId}`);
    else if (e.type === 'disconnected' && 'link' in e) status('reconnecting…');
  },
  error: () => {},
});
