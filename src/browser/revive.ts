import { LiveError, type LiveErrorCode } from '../errors.js';
import type { LiveEvent } from '../operators/pipeline/events.js';

/** An event as the relay sends it: the JSON of a `LiveEvent`, numbered with its `relayId`. */
export interface RelayItem {
  type: string;
  relayId?: string;
  [field: string]: unknown;
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A relay item as the `LiveEvent` it was: without the relay's `relayId`, an
 * unknown message's payload as bytes again (JSON carries it as base64), an
 * in-band error as a `LiveError` again (with the code and the fixed summary
 * the relay sends instead of upstream text).
 */
export function reviveRelayItem(item: RelayItem): LiveEvent {
  const { relayId: _relayId, ...event } = item;
  if (event.type === 'unknown' && typeof event.payload === 'string') event.payload = fromBase64(event.payload);
  if (event.type === 'error' && event.error && typeof event.error === 'object' && !(event.error instanceof LiveError)) {
    const { code, message } = event.error as { code?: unknown; message?: unknown };
    event.error = new LiveError((typeof code === 'string' ? code : 'MESSAGE_DECODE') as LiveErrorCode, typeof message === 'string' ? message : 'A message could not be decoded');
  }
  return event as unknown as LiveEvent;
}
