import { toBase64 } from './base64.js';

/**
 * An event as JSON text, for forwarding (JSON Lines, WebSocket, SSE): raw bytes
 * (an unknown message's payload) as base64, an in-band error as its name, code
 * and message.
 */
export function eventToJson<E extends { readonly type: string }>(event: E): string {
  return JSON.stringify(event, (_key, value: unknown) => {
    if (value instanceof Uint8Array) return toBase64(value);
    if (value instanceof Error) return { name: value.name, code: (value as { code?: string }).code, message: value.message };
    return value;
  });
}
