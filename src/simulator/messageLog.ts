import { gzipSync } from 'node:zlib';
import { encodeFetchResult, encodeMessageFrame, type RawMessageInit, type WireEvent } from '../decoders/index.js';

/** A message the room published. */
export interface SentMessage {
  /** Position in the room's stream, from 1. */
  seq: number;
  /** The msgId a client sees on the event. */
  msgId: string;
  method: string;
  /** Event type as our decoder names it. */
  type: WireEvent['type'];
}

export interface LoggedMessage extends RawMessageInit {
  /** msgId as 32-bit halves, so re-encoding it in every frame needs no decimal parsing. */
  wireId: { low: number; high: number };
  seq: number;
  createTime: number;
  type: WireEvent['type'];
  eventMsgId: string;
}

export const DEFAULT_HISTORY = 200_000;
/** The wait between polls an `im/fetch` answer asks for, ms (TikTok's web client is told 1 s). */
export const DEFAULT_FETCH_INTERVAL = 1000;
const MAX_MESSAGES_PER_FRAME = 64;
/** Node's zlib at its fastest level: the simulator must outrun the clients it tests. */
const nodeGzip = (body: Uint8Array): Uint8Array => gzipSync(body, { level: 1 });

/**
 * Drops the oldest entries of `list` once it is `slack` over `size`, leaving `size`; returns what it dropped.
 * Trimming in chunks spares a memmove of the whole array on every append.
 */
export function trimHistory<T>(list: T[], size: number, slack: number): T[] {
  return list.length > size + slack ? list.splice(0, list.length - size) : [];
}

/** How much over its size a history may grow before it is trimmed. */
export const historySlack = (size: number): number => Math.max(16, Math.floor(size / 10));

/**
 * A room's message stream as clients read it: the bounded history with its
 * positions (`seq`, from 1) and msgIds, the cursor and internal_ext that name a
 * position, and the `im/fetch` bodies and `msg` frames cut from it.
 */
export class MessageLog {
  private readonly log: LoggedMessage[] = [];
  private logStart = 1;
  private readonly bySeqMsgId = new Map<string, number>();
  private readonly sentLog: SentMessage[] = [];
  private nextLogId: bigint;
  private framesSent = 0;

  constructor(
    private readonly startTime: number,
    logIdSeed: number,
    private readonly historySize = DEFAULT_HISTORY,
    private readonly slack = historySlack(historySize),
  ) {
    this.nextLogId = 7_309_000_000_000_000_000n + BigInt(logIdSeed % 1_000_000) * 1_000_000_000n;
  }

  /** First position still in history. */
  get firstSeq(): number {
    return this.logStart;
  }

  /** Position after the last message. */
  get endSeq(): number {
    return this.logStart + this.log.length;
  }

  /** Every message appended, in order (at least the last `historySize`). */
  sent(): readonly SentMessage[] {
    return this.sentLog;
  }

  append(raw: RawMessageInit, createTime: number, type: WireEvent['type'], eventMsgId: string): SentMessage {
    const seq = this.endSeq;
    const id = BigInt(raw.msgId);
    const wireId = { low: Number(id & 0xffffffffn) | 0, high: Number((id >> 32n) & 0xffffffffn) | 0 };
    this.log.push({ method: raw.method, payload: raw.payload, msgId: raw.msgId, isHistory: raw.isHistory, wireId, seq, createTime, type, eventMsgId });
    this.bySeqMsgId.set(raw.msgId, seq);
    const sent = { seq, msgId: eventMsgId, method: raw.method, type };
    this.sentLog.push(sent);
    const dropped = trimHistory(this.log, this.historySize, this.slack);
    for (const m of dropped) this.bySeqMsgId.delete(m.msgId);
    this.logStart += dropped.length;
    trimHistory(this.sentLog, this.historySize, this.slack);
    return sent;
  }

  /** Messages from `seq`, at most `max`. */
  slice(seq: number, max: number): LoggedMessage[] {
    const from = Math.max(seq, this.logStart) - this.logStart;
    return this.log.slice(from, from + max);
  }

  /** The position a client resumes from: after the message its cursor names, else from internal_ext's seq. */
  positionFor(cursor: string | null | undefined, internalExt: string | null | undefined): number | undefined {
    if (cursor) {
      const msgId = cursor.split('_')[1];
      if (msgId === '0') return Math.max(this.firstSeq, Number(cursor.split('_')[2] ?? 1));
      const seq = msgId ? this.bySeqMsgId.get(msgId) : undefined;
      if (seq !== undefined) return seq + 1;
    }
    const m = internalExt ? /(?:^|\|)seq:(\d+)/.exec(internalExt) : null;
    if (m) return Math.max(this.firstSeq, Number(m[1]) + 1);
    // A cursor older than the history we keep resumes from the oldest message we still have.
    return cursor ? this.firstSeq : undefined;
  }

  /** The cursor that points just after `seq - 1`, i.e. a client holding everything before `seq`. */
  cursorBefore(seq: number): string {
    const last = this.log[seq - 1 - this.logStart];
    return last ? `${last.createTime}_${last.msgId}_1_1` : `${Date.now()}_0_${seq}_1`;
  }

  internalExtBefore(seq: number): string {
    const now = Date.now();
    return `fetch_time:${now}|start_time:${this.startTime}|flag:0|seq:${seq - 1}|next_cursor:${this.cursorBefore(seq)}|wss_info:0-${now}-0-0`;
  }

  /**
   * The `im/fetch` body: recent history (flagged isHistory) and the cursor to
   * continue from; `resumeFrom` replays instead what a resuming client missed.
   * `fetchInterval` is how long a polling client is asked to wait before the next.
   */
  fetchResult(pushServer: string, routeParams: Record<string, string>, resumeFrom?: number, fetchInterval = DEFAULT_FETCH_INTERVAL): { bytes: Uint8Array; position: number } {
    let messages: RawMessageInit[];
    let position: number;
    if (resumeFrom !== undefined) {
      const batch = this.slice(resumeFrom, MAX_MESSAGES_PER_FRAME);
      messages = batch;
      position = resumeFrom + batch.length;
    } else {
      const history = this.log.slice(-200).filter((m) => m.type === 'chat').slice(-6);
      messages = history.map((m) => ({ ...m, isHistory: true }));
      position = this.endSeq;
    }
    const bytes = encodeFetchResult({
      messages,
      cursor: this.cursorBefore(position),
      internalExt: this.internalExtBefore(position),
      now: Date.now(),
      fetchInterval,
      routeParams,
      heartbeatDuration: 10_000,
      needAck: true,
      pushServer,
      isFirst: true,
    });
    return { bytes, position };
  }

  /** A `msg` frame carrying messages from `seq`; undefined when there are none. */
  frameFrom(seq: number, compress: boolean): { bytes: Uint8Array; next: number } | undefined {
    const batch = this.slice(seq, MAX_MESSAGES_PER_FRAME);
    if (batch.length === 0) return undefined;
    const next = batch[batch.length - 1]!.seq + 1;
    const logId = this.newLogId();
    const bytes = encodeMessageFrame(
      {
        // protobufjs writes an int64 from {low, high} directly (a decimal string it would parse each time).
        messages: batch.map((m) => ({ method: m.method, payload: m.payload, msgId: m.wireId as unknown as string })),
        cursor: this.cursorBefore(next),
        internalExt: this.internalExtBefore(next),
        now: Date.now(),
        needAck: this.framesSent++ % 2 === 0,
        fetchInterval: 1000,
      },
      { seqId: next, logId, gzip: compress ? nodeGzip : false },
    );
    return { bytes, next };
  }

  /** A fresh `logId` for a push frame. */
  newLogId(): string {
    this.nextLogId += 1n;
    return this.nextLogId.toString();
  }
}
