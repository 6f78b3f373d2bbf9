import { describe, it } from 'vitest';
import { shareRoom } from '../src/operators/shareRoom.js';
import { newScheduler } from './support.js';

describe('shareRoom', () => {
  it('shares one subscription; late subscribers see only what comes next (the TSDoc diagram)', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('--a--b--c--d-----');
      const room$ = source.pipe(shareRoom());
      expectObservable(room$, '^-------!').toBe('--a--b--');
      expectObservable(room$, '-----^-------!').toBe('-----b--c--d-');
      expectSubscriptions(source.subscriptions).toBe('^------------!');
    });
  });

  it('keeps the connection for graceMs after the last subscriber leaves', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('a-b-c-d-e-f-g-h');
      const room$ = source.pipe(shareRoom({ graceMs: 3 }));
      expectObservable(room$, '^---!').toBe('a-b-');
      expectObservable(room$, '------^---!').toBe('------d-e-');
      expectSubscriptions(source.subscriptions).toBe('^------------!');
    });
  });

  it('reconnects for a subscriber that comes after the grace period', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('a-b-c-d');
      const room$ = source.pipe(shareRoom({ graceMs: 2 }));
      expectObservable(room$, '^--!').toBe('a-b');
      expectObservable(room$, '--------^--!').toBe('--------a-b');
      expectSubscriptions(source.subscriptions).toBe(['^----!', '--------^----!']);
    });
  });

  it('resets after the stream ends, so the next subscriber connects afresh', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('a-|');
      const room$ = source.pipe(shareRoom({ graceMs: 5 }));
      expectObservable(room$).toBe('a-|');
      expectObservable(room$, '----^').toBe('----a-|');
      expectSubscriptions(source.subscriptions).toBe(['^-!', '----^-!']);
    });
  });
});
