import type { Subscription } from 'rxjs';
import { liveRoom$, type LiveEvent, type LiveRoomOptions, type WireEvent } from '../../src/index.js';

/** A room's stream, subscribed and recorded, for tests that watch it run. */
export interface WatchedRoom {
  events: LiveEvent[];
  state: { error?: unknown; complete: boolean };
  /** The TikTok events, without the lifecycle ones. */
  wire(): WireEvent[];
  /** The events of one type. */
  of<T extends LiveEvent['type']>(type: T): Array<Extract<LiveEvent, { type: T }>>;
}

/** Subscribes to `liveRoom$(uniqueId, options)` and records everything; the subscription goes into `subs` for the test's cleanup. */
export function watchRoom(subs: Subscription[], uniqueId: string, options: LiveRoomOptions): WatchedRoom {
  const events: LiveEvent[] = [];
  const state: WatchedRoom['state'] = { complete: false };
  subs.push(
    liveRoom$(uniqueId, options).subscribe({
      next: (e) => events.push(e),
      error: (e) => (state.error = e),
      complete: () => (state.complete = true),
    }),
  );
  return {
    events,
    state,
    wire: () => events.filter((e): e is WireEvent => 'msgId' in e),
    of: <T extends LiveEvent['type']>(type: T) => events.filter((e): e is Extract<LiveEvent, { type: T }> => e.type === type),
  };
}
