import type { RoomInfo } from '../../api/roomInfo.js';
import type { ErrorEvent, WireEvent } from '../../decoders/events.js';
import type { LiveError } from '../../errors.js';

/*
 * What the pipeline says about itself, in-band, beside the TikTok events the
 * decoders make: the lifecycle of a room's stream, and `LiveEvent`, the union
 * `liveRoom$` emits. (`ErrorEvent`, one message that failed to decode, is the
 * decoders' own.)
 */

/** The socket is open and the room entered, or (with `transport: 'polling'`) the first poll answered. */
export interface ConnectedEvent {
  type: 'connected';
  roomId: string;
  /** 1 for the first connection, 2 for the first reconnect, … */
  attempt: number;
  /**
   * `'polling'` when the events come over HTTP polling of TikTok's `im/fetch` (`transport: 'polling'`,
   * or `'auto'` once WebSockets kept failing); absent on the WebSocket.
   */
  transport?: 'polling';
}

/**
 * The connection failed or went away; `willReconnect` says whether the stream goes on. `code`
 * is the WebSocket close code when a socket closed, and absent when none was open (room
 * resolution, room info or the sign server failed, or the network did); `reason` says what
 * happened in one line (the close reason, or the error's message), credentials redacted.
 */
export interface DisconnectedEvent {
  type: 'disconnected';
  /** The WebSocket close code; absent when the failure came before any socket (HTTP, sign server, network). */
  code?: number;
  reason: string;
  /**
   * The error behind it (a `ConnectionClosedError`, a `NetworkError`, a `SignServerError`, …), for
   * branching on `code`, `kind` or `instanceof`. Set by `retryWithBackoff`.
   */
  error?: LiveError;
  attempt: number;
  willReconnect: boolean;
  delayMs: number;
}

/** Room information fetched over HTTP when the stream starts. */
export interface RoomInfoEvent {
  type: 'roomInfo';
  roomId: string;
  info: RoomInfo;
}

/**
 * A reconnect resumed later than where the stream left off: the server no
 * longer held `missed` messages (its history is bounded), so they are lost.
 * Told in-band so that counts and leaderboards can say they are incomplete.
 * Detected from the resume position TikTok's `internal_ext` carries (`seq`);
 * through the relay (`relayRoom$`), also when the relay's replay window no
 * longer held what a page missed (`origin: 'relay'`).
 */
export interface GapEvent {
  type: 'gap';
  roomId: string;
  /**
   * How many messages were missed; `null` when that is not known (the relay's
   * upstream of the room closed and opened again while the page was away).
   */
  missed: number | null;
  /** `'relay'` when the relay's replay window, not TikTok's history, fell short. */
  origin?: 'relay';
}

export type LifecycleEvent = ConnectedEvent | DisconnectedEvent | ErrorEvent | RoomInfoEvent | GapEvent;

/** Everything `liveRoom$` emits. */
export type LiveEvent = WireEvent | LifecycleEvent;

/** Every `type` a `LiveEvent` can have. */
export type LiveEventType = LiveEvent['type'];

/** The event type for a given `type` string. */
export type EventOf<K extends LiveEventType> = Extract<LiveEvent, { type: K }>;
