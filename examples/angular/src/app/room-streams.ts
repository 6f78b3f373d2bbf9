/**
 * What the page shows, as plain RxJS on a room's event stream: no Angular
 * here, so each piece is marble-tested on its own (room-streams.spec.ts).
 */
import { catchError, distinctUntilChanged, filter, map, merge, of, scan, startWith, type Observable } from 'rxjs';
import {
  battle$,
  battleArmies$,
  chat$,
  comboEnd,
  gift$,
  isStreamEnd,
  leaderboard,
  roomUserSeq$,
  type ChatEvent,
  type GiftEvent,
  type LeaderboardEntry,
  type LiveEvent,
} from 'tiktok-live-rx/browser';

/** The last `max` items of a stream, oldest first, from an empty list on. */
const lastOf =
  <T>(max: number) =>
  (source: Observable<T>): Observable<T[]> =>
    source.pipe(
      scan((list, item) => [...list, item].slice(-max), [] as T[]),
      startWith([] as T[]),
    );

/** The latest chat lines, oldest first. */
export const chatLines = (room$: Observable<LiveEvent>, max = 100): Observable<ChatEvent[]> => chat$(room$).pipe(lastOf(max));

/** The latest finished gifts (a streak once, at its final count), oldest first. */
export const finishedGifts = (room$: Observable<LiveEvent>, max = 10): Observable<GiftEvent[]> => gift$(room$).pipe(comboEnd(), lastOf(max));

/** The top gifters by diamonds, finished gifts only. */
export const topGifters = (room$: Observable<LiveEvent>, top = 5): Observable<LeaderboardEntry[]> =>
  gift$(room$).pipe(comboEnd(), leaderboard({ top }), startWith([] as LeaderboardEntry[]));

/** Viewers now, as TikTok reports them. */
export const viewerCount = (room$: Observable<LiveEvent>): Observable<number> =>
  roomUserSeq$(room$).pipe(
    map((e) => e.viewerCount),
    distinctUntilChanged(),
  );

export interface BattleSide {
  hostUserId: string;
  /** The host's @handle when a battle event named them, else their user id. */
  name: string;
  score: number;
  /** Of the whole battle's score, 0-100 (each side half while nobody scored). */
  percent: number;
}

export interface BattleScore {
  battleId: string;
  finished: boolean;
  sides: BattleSide[];
  /** The winner's name once the battle is over and somebody won. */
  winner: string | undefined;
}

type BattleUpdate = Extract<LiveEvent, { type: 'battle' | 'battleArmies' }>;

/**
 * The running battle, from `battle` events (who fights, the status, the result)
 * and `battleArmies` events (the score as it changes), from the first of them on.
 * A new `battleId` starts afresh.
 */
export const battleScore = (room$: Observable<LiveEvent>): Observable<BattleScore> =>
  merge(battle$(room$), battleArmies$(room$)).pipe(
    scan<BattleUpdate, BattleScore, null>((current, e) => {
      const previous = current?.battleId === e.battleId ? current : undefined;
      const names = new Map(previous?.sides.map((s) => [s.hostUserId, s.name]));
      if (e.type === 'battle') for (const t of e.teams) if (t.host) names.set(t.hostUserId, t.host.uniqueId);
      const scores = e.teams.map((t) => ({ hostUserId: t.hostUserId, score: t.score }));
      const sides = withPercents(scores.map((s) => ({ ...s, name: names.get(s.hostUserId) ?? s.hostUserId })));
      const finished = e.type === 'battle' ? e.status === 2 : e.triggerReason === 2 || (previous?.finished ?? false);
      const winnerTeam = e.type === 'battle' && finished ? e.teams.find((t) => t.result === 0) : undefined;
      const winner = winnerTeam ? names.get(winnerTeam.hostUserId) ?? winnerTeam.hostUserId : previous?.winner;
      return { battleId: e.battleId, finished, sides, winner };
    }, null),
  );

function withPercents(sides: Omit<BattleSide, 'percent'>[]): BattleSide[] {
  const total = sides.reduce((sum, s) => sum + Math.max(0, s.score), 0);
  return sides.map((s) => ({ ...s, percent: total > 0 ? (100 * Math.max(0, s.score)) / total : 100 / sides.length }));
}

export type RoomStatus =
  | { state: 'connecting' }
  | { state: 'live'; roomId: string }
  | { state: 'reconnecting'; reason: string }
  | { state: 'ended' }
  | { state: 'failed'; message: string };

/** The page's link to the room: connecting, live, reconnecting (the relay link dropped), ended or failed. */
export const roomStatus = (room$: Observable<LiveEvent>): Observable<RoomStatus> =>
  room$.pipe(
    map((e): RoomStatus | undefined => {
      if (e.type === 'connected') return { state: 'live', roomId: e.roomId };
      if (e.type === 'disconnected') return { state: 'reconnecting', reason: e.reason };
      if (isStreamEnd(e)) return { state: 'ended' };
      return undefined;
    }),
    filter((s): s is RoomStatus => s !== undefined),
    startWith<RoomStatus>({ state: 'connecting' }),
    catchError((err: unknown) => of<RoomStatus>({ state: 'failed', message: err instanceof Error ? err.message : String(err) })),
  );
