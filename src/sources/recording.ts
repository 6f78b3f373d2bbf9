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
import { fromBase64, toBase64 } from '../decoders/base64.js';
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
