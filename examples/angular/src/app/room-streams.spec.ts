import { TestScheduler } from 'rxjs/testing';
import { battleArmiesEvent, battleEvent, chatEvent, fakeRoom, giftEvent, resetFactories } from 'tiktok-live-rx/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { battleScore, chatLines, finishedGifts, roomStatus, topGifters, viewerCount, type BattleScore } from './room-streams';

const scheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
beforeEach(() => resetFactories());

describe('battleScore: the battle bar', () => {
  it('names the sides from the battle event, follows the armies score, and says who won', () => {
    const start = battleEvent({ teams: [{ host: { uniqueId: 'ann' } }, { host: { uniqueId: 'bob' } }] });
    const [annId, bobId] = start.teams.map((t) => t.hostUserId) as [string, string];
    const score = battleArmiesEvent({ battleId: start.battleId, teams: [{ hostUserId: annId, score: 30 }, { hostUserId: bobId, score: 10 }] });
    const over = battleEvent({ battleId: start.battleId, status: 2, teams: [{ host: { uniqueId: 'ann' }, score: 30, result: 0 }, { host: { uniqueId: 'bob' }, score: 10, result: 1 }] });
    const side = (hostUserId: string, name: string, s: number, percent: number) => ({ hostUserId, name, score: s, percent });
    const base = { battleId: start.battleId, winner: undefined };
    const values: Record<string, BattleScore> = {
      s: { ...base, finished: false, sides: [side(annId, 'ann', 0, 50), side(bobId, 'bob', 0, 50)] },
      a: { ...base, finished: false, sides: [side(annId, 'ann', 30, 75), side(bobId, 'bob', 10, 25)] },
      o: { ...base, finished: true, winner: 'ann', sides: [side(annId, 'ann', 30, 75), side(bobId, 'bob', 10, 25)] },
    };
    scheduler().run(({ expectObservable }) => {
      const room$ = fakeRoom('-c-s-a-o-|', { c: { type: 'chat' }, s: start, a: score, o: over });
      expectObservable(battleScore(room$)).toBe('---s-a-o-|', values);
    });
  });

  it('starts afresh on a new battle, and names a side by its user id until a battle event names it', () => {
    const armies = battleArmiesEvent({ battleId: 'b1', teams: [{ hostUserId: '1', score: 0 }, { hostUserId: '2', score: 0 }] });
    const next = battleEvent({ battleId: 'b2', teams: [{ host: { userId: '3', uniqueId: 'cat' }, score: 5 }, { host: { userId: '4', uniqueId: 'dan' }, score: 15 }] });
    scheduler().run(({ expectObservable }) => {
      const room$ = fakeRoom('-a-b-|', { a: armies, b: next });
      expectObservable(battleScore(room$)).toBe('-a-b-|', {
        a: { battleId: 'b1', finished: false, winner: undefined, sides: [{ hostUserId: '1', name: '1', score: 0, percent: 50 }, { hostUserId: '2', name: '2', score: 0, percent: 50 }] },
        b: { battleId: 'b2', finished: false, winner: undefined, sides: [{ hostUserId: '3', name: 'cat', score: 5, percent: 25 }, { hostUserId: '4', name: 'dan', score: 15, percent: 75 }] },
      });
    });
  });
});

describe('the other panels', () => {
  it('chatLines keeps the latest lines, oldest first', () => {
    const [a, b, c] = ['one', 'two', 'three'].map((comment) => chatEvent({ comment })) as [ReturnType<typeof chatEvent>, ReturnType<typeof chatEvent>, ReturnType<typeof chatEvent>];
    scheduler().run(({ expectObservable }) => {
      expectObservable(chatLines(fakeRoom('-a-b-c-|', { a, b, c }), 2)).toBe('xa-b-c-|', { x: [], a: [a], b: [a, b], c: [b, c] });
    });
  });

  it('finishedGifts and topGifters count a streak once, when it ends', () => {
    const ann = { userId: '101', uniqueId: 'ann' };
    const streak = { user: ann, groupId: 's1', diamondCount: 1 };
    const g1 = giftEvent({ ...streak, repeatCount: 3 });
    const g2 = giftEvent({ ...streak, repeatCount: 7, repeatEnd: true });
    scheduler().run(({ expectObservable }) => {
      const room$ = fakeRoom('-a-b-|', { a: g1, b: g2 });
      expectObservable(finishedGifts(room$)).toBe('x--g-|', { x: [], g: [g2] });
      expectObservable(topGifters(room$)).toBe('x--t-|', { x: [], t: [{ rank: 1, user: g2.user, total: 7, gifts: 1 }] });
    });
  });

  it('viewerCount emits each new count, and roomStatus says live, reconnecting, failed', () => {
    scheduler().run(({ expectObservable }) => {
      const seq = (n: number) => ({ type: 'roomUserSeq' as const, viewerCount: n });
      expectObservable(viewerCount(fakeRoom('-a-b-c-|', { a: seq(5), b: seq(5), c: seq(9) }))).toBe('-a---c-|', { a: 5, c: 9 });
      const room$ = fakeRoom('-c-d-#', { c: { type: 'connected', roomId: '77' }, d: { type: 'disconnected', reason: 'gone' } }, { error: new Error('The room ended') });
      expectObservable(roomStatus(room$)).toBe('xc-d-(f|)', {
        x: { state: 'connecting' },
        c: { state: 'live', roomId: '77' },
        d: { state: 'reconnecting', reason: 'gone' },
        f: { state: 'failed', message: 'The room ended' },
      });
    });
  });
});
