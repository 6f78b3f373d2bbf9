import type { ErrorEvent, WireEvent } from '../../decoders/events.js';
import type { ConnectedEvent, DisconnectedEvent, GapEvent, RoomInfoEvent } from './events.js';
import type { SignedConnection } from '../../api/sign.js';

/**
 * A signed connection, emitted before its socket is opened: its fetch result
 * (the missed tail after a reconnect, maybe the end of the LIVE) counts even
 * when the socket then fails.
 */
export interface SocketSigned {
  type: 'signed';
  signed: SignedConnection;
}

/** The socket is open and `im_enter_room` was sent. */
export interface SocketOpen {
  type: 'open';
  signed: SignedConnection;
  /** Sends a binary frame on this socket. */
  send(bytes: Uint8Array): void;
  /** `'polling'` when no socket opened: the first poll of `poll()` succeeded (`send` does nothing). */
  transport?: 'polling';
}

/** One binary WebSocket message. */
export interface SocketFrame {
  type: 'frame';
  data: Uint8Array;
  send(bytes: Uint8Array): void;
}

/** What `connect()` emits. */
export type SocketEvent = SocketSigned | SocketOpen | SocketFrame;

/** The decoded messages of one fetch result (the sign server's or one `msg` frame's). */
export interface EventBatch {
  type: 'batch';
  events: Array<WireEvent | ErrorEvent>;
}

/** What `decode()` emits. */
export type DecodeOutput = ConnectedEvent | GapEvent | EventBatch;

/** What `demultiplex()` accepts besides batches: lifecycle events pass through. */
export type PipelineItem = DecodeOutput | RoomInfoEvent | DisconnectedEvent | ErrorEvent;

/**
 * Where a room's stream stands: survives reconnects, so the next sign/connect
 * resumes where the last one left off. Lives in `liveRoom$`'s `defer`.
 */
export interface ResumeState {
  cursor: string;
  internalExt: string;
  /** 1 for the first connection attempt, 2 for the first reconnect, … */
  attempt: number;
}

export function createResumeState(): ResumeState {
  return { cursor: '', internalExt: '', attempt: 0 };
}
