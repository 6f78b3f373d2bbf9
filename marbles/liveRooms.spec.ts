import { Subject, type Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UserOfflineError } from '../src/errors.js';
import type { LiveEvent } from '../src/operators/pipeline/events.js';
import { ofType } from '../src/operators/ofType.js';
import { chat$ } from '../src/operators/selectors.js';
import { liveRooms$, type LiveRoomsDeps, type RoomsEvent } from '../src/sources/liveRooms.js';
import { chat, control, newScheduler } from './support.js';

const joined = (room: string): RoomsEvent => ({ type: 'roomJoined', room });
const left = (room: string, reason: 'ended' | 'removed'): RoomsEvent => ({ type: 'roomLeft', room, reason });
const tagged = (room: string, event: LiveEvent) => ({ ...event, room }) as RoomsEvent;

/** Deps whose rooms are the given Observables, counting how often each is subscribed. */
function roomsOf(rooms: Record<string, Observable<LiveEvent>>): LiveRoomsDeps & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    liveRoom$: (uniqueId) => {
      asked.push(uniqueId);
      const room$ = rooms[uniqueId];
      if (!room$) throw new Error(`no room ${uniqueId}`);
      return room$;
    },
  };
}

describe('liveRooms$', () => {
  it('joins and leaves rooms as the lists change, one room failing alone (the TSDoc diagram)', () => {
    newScheduler().run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const lists = hot('x-----y-----z-----|', { x: ['a'], y: ['a', 'b'], z: ['b'] });
      const a = cold<LiveEvent>('--1--2------------', { 1: chat('1'), 2: chat('2') });
      const b = cold<LiveEvent>('--3----4--#', { 3: chat('3'), 4: chat('4') }, new UserOfflineError('b'));
      const result = liveRooms$(lists, {}, roomsOf({ a, b }));
      expectObservable(result).toBe('J-1--2K-3---L4--E-|', {
        J: joined('a'),
        1: tagged('a', chat('1')),
        2: tagged('a', chat('2')),
        K: joined('b'),
        3: tagged('b', chat('3')),
        L: left('a', 'removed'),
        4: tagged('b', chat('4')),
        E: { type: 'roomError', room: 'b', error: new UserOfflineError('b') },
      });
      expectSubscriptions(a.subscriptions).toBe('^-----------!');
      expectSubscriptions(b.subscriptions).toBe('------^---------!');
    });
  });

  it("keeps the other rooms going after one room's error and completes when the last one ends", () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const a = cold<LiveEvent>('----#', undefined, new UserOfflineError('a'));
      const b = cold<LiveEvent>('------1--(X|)', { 1: chat('1'), X: control('2', 3) });
      expectObservable(liveRooms$(['a', 'b'], {}, roomsOf({ a, b }))).toBe('(JK)E-1--(XL|)', {
        J: joined('a'),
        K: joined('b'),
        E: { type: 'roomError', room: 'a', error: new UserOfflineError('a') },
        1: tagged('b', chat('1')),
        X: tagged('b', control('2', 3)),
        L: left('b', 'ended'),
      });
    });
  });

  it('subscribes a room once however often the lists repeat it, and knows @A and a as one room', () => {
    newScheduler().run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const lists = hot('x-y-z-|', { x: ['a'], y: ['@A', 'a'], z: ['A'] });
      const a = cold<LiveEvent>('-------');
      const deps = roomsOf({ a });
      expectObservable(liveRooms$(lists, {}, deps)).toBe('J------', { J: joined('a') });
      expectSubscriptions(a.subscriptions).toBe('^------');
    });
  });

  it('leaves an ended room out until a list without it, then subscribes it again', () => {
    newScheduler().run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const lists = hot('x---x-y-x--', { x: ['a'], y: [] });
      const a = cold<LiveEvent>('-|');
      expectObservable(liveRooms$(lists, {}, roomsOf({ a }))).toBe('JL------JL-', { J: joined('a'), L: left('a', 'ended') });
      expectSubscriptions(a.subscriptions).toBe(['^!', '--------^!']);
    });
  });

  it('unsubscribes every room when unsubscribed', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const a = cold<LiveEvent>('----1---', { 1: chat('1') });
      const b = cold<LiveEvent>('-----2--', { 2: chat('2') });
      expectObservable(liveRooms$(['a', 'b'], {}, roomsOf({ a, b })), '^------!').toBe('(JK)12--', { J: joined('a'), K: joined('b'), 1: tagged('a', chat('1')), 2: tagged('b', chat('2')) });
      expectSubscriptions(a.subscriptions).toBe('^------!');
      expectSubscriptions(b.subscriptions).toBe('^------!');
    });
  });

  it('errors when the lists error, closing every room', () => {
    newScheduler().run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const failure = new Error('lists broke');
      const a = cold<LiveEvent>('------');
      expectObservable(liveRooms$(hot('x--#', { x: ['a'] }, failure), {}, roomsOf({ a }))).toBe('J--#', { J: joined('a') }, failure);
      expectSubscriptions(a.subscriptions).toBe('^--!');
    });
  });

  it('completes at once for an empty list', () => {
    newScheduler().run(({ expectObservable }) => {
      expectObservable(liveRooms$([], {}, roomsOf({}))).toBe('|');
    });
  });

  it('turns a room whose options are wrong into its roomError (a typed InvalidArgumentError)', () => {
    const events: RoomsEvent[] = [];
    liveRooms$(['a', 'b'], (room) => (room === 'a' ? { roomId: '123' } : { roomId: '456' })).subscribe((e) => events.push(e));
    expect(events.map((e) => e.type)).toEqual(['roomJoined', 'roomError', 'roomJoined', 'roomError']);
    const errors = events.filter((e) => e.type === 'roomError');
    for (const e of errors) expect(e.error).toBeInstanceOf(InvalidArgumentError);
  });

  it('gives each room its own options when options is a function', () => {
    const seen: Array<[string, unknown]> = [];
    const never$ = new Subject<LiveEvent>();
    const sub = liveRooms$(['a', 'b'], (room) => ({ userAgent: `ua-${room}` }), {
      liveRoom$: (room, options) => {
        seen.push([room, options.userAgent]);
        return never$;
      },
    }).subscribe();
    sub.unsubscribe();
    expect(seen).toEqual([
      ['a', 'ua-a'],
      ['b', 'ua-b'],
    ]);
  });

  it('works with ofType and the selectors, keeping the room', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const a = cold<LiveEvent>('-1|', { 1: chat('1') });
      const all$ = liveRooms$(['a'], {}, roomsOf({ a }));
      expectObservable(all$.pipe(ofType('chat'))).toBe('-1|', { 1: tagged('a', chat('1')) });
      expectObservable(chat$(all$)).toBe('-1|', { 1: tagged('a', chat('1')) });
      expectObservable(all$.pipe(ofType('roomLeft'))).toBe('--(L|)', { L: left('a', 'ended') });
    });
  });
});
