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

  it('subscribes to a hot source once, on the first subscriber, and leaves it with the last', () => {
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-z-^-a--b--c--d--e--');
      const room$ = source.pipe(shareRoom());
      expectObservable(room$, '---^-----!').toBe('-----b--c');
      expectObservable(room$, '------^-------!').toBe('--------c--d---');
      expectSubscriptions(source.subscriptions).toBe('---^----------!');
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

  it('resubscribes a hot source after the grace period, and the new subscriber sees only what comes then', () => {
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-z-^-a--b--c--d--e--');
      const room$ = source.pipe(shareRoom({ graceMs: 2 }));
      expectObservable(room$, '^---!').toBe('--a-');
      expectObservable(room$, '---------^----!').toBe('-----------d---');
      expectSubscriptions(source.subscriptions).toBe(['^-----!', '---------^------!']);
    });
  });

  it('resets after an error, so the next subscriber connects afresh', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const failure = new Error('closed');
      const source = cold('a-#', undefined, failure);
      const room$ = source.pipe(shareRoom({ graceMs: 5 }));
      expectObservable(room$).toBe('a-#', undefined, failure);
      expectObservable(room$, '----^').toBe('----a-#', undefined, failure);
      expectSubscriptions(source.subscriptions).toBe(['^-!', '----^-!']);
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
