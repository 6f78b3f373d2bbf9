/**
 * The recording format of `tiktok-live-rx record` (version 1), and the tools to
 * write one: JSON Lines, UTF-8.
 *
 * Line 1, the header:
 *   {"format":"tiktok-live-rx-recording","version":1,"uniqueId":"…","roomId":"…","startedAt":"<ISO time>"}
 * Every further line, one entry in arrival order:
 *   {"t":<ms since startedAt>,"kind":"fetch"|"frame","data":"<base64>"}
 * `fetch` is a `ProtoMessageFetchResult` as the sign server returned it (the
 * first messages, and the resume position of each connection); `frame` is one
 * binary WebSocket message exactly as it arrived (a `WebcastPushFrame`).
 */
import { InvalidArgumentError } from '../errors.js';

export const RECORDING_FORMAT = 'tiktok-live-rx-recording';
export const RECORDING_VERSION = 1;

export interface RecordingHeader {
  format: typeof RECORDING_FORMAT;
  version: number;
  uniqueId: string;
  roomId: string;
  startedAt: string;
}

export interface RecordingEntry {
  /** ms since the recording started. */
  t: number;
  kind: 'fetch' | 'frame';
  data: Uint8Array;
}

export interface Recording {
  header: RecordingHeader;
  entries: RecordingEntry[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Node's Buffer (recordings are read in browsers too). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  if (i < bytes.length) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + '=';
  }
  return out;
}

const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) LOOKUP[B64.charCodeAt(i)] = i;

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const v = c < 128 ? LOOKUP[c]! : -1;
    if (v < 0) throw new InvalidArgumentError(`Not base64: unexpected "${clean[i]}" at ${i}`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function headerLine(header: Omit<RecordingHeader, 'format' | 'version'>): string {
  return JSON.stringify({ format: RECORDING_FORMAT, version: RECORDING_VERSION, ...header });
}

export function entryLine(entry: RecordingEntry): string {
  return JSON.stringify({ t: Math.round(entry.t), kind: entry.kind, data: toBase64(entry.data) });
}

/** Parses a recording; every problem is an `InvalidArgumentError` naming the line. */
export function parseRecording(text: string): Recording {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new InvalidArgumentError('The recording is empty');
  let header: RecordingHeader;
  try {
    header = JSON.parse(lines[0]!) as RecordingHeader;
  } catch {
    throw new InvalidArgumentError('Line 1 of the recording is not JSON: this is not a tiktok-live-rx recording');
  }
  if (header.format !== RECORDING_FORMAT) throw new InvalidArgumentError(`Not a tiktok-live-rx recording (format is ${JSON.stringify(header.format)})`);
  if (header.version !== RECORDING_VERSION) throw new InvalidArgumentError(`Recording version ${header.version} is not supported (this version reads ${RECORDING_VERSION})`);
  const entries = lines.slice(1).map((line, i) => {
    let raw: { t?: unknown; kind?: unknown; data?: unknown };
    try {
      raw = JSON.parse(line) as typeof raw;
    } catch {
      throw new InvalidArgumentError(`Line ${i + 2} of the recording is not JSON`);
    }
    if (typeof raw.t !== 'number' || (raw.kind !== 'fetch' && raw.kind !== 'frame') || typeof raw.data !== 'string') {
      throw new InvalidArgumentError(`Line ${i + 2} of the recording is not an entry {t, kind: "fetch"|"frame", data}`);
    }
    return { t: raw.t, kind: raw.kind, data: fromBase64(raw.data) } as RecordingEntry;
  });
  return { header, entries };
}
