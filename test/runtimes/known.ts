/**
 * Checks that fail today on a runtime, and why. The runtime test lets these fail (they are ✗ in the
 * table, with the reason the run gave) and fails on any other failure; one of these that passes is
 * reported so that its line can go. Key: a runtime's name, then a check's name (`marble specs` for
 * the specs as a whole).
 */
const HANDSHAKE_MSG = "the runtime's WebSocket shows neither the status nor the headers of a refused upgrade: the rejection is typed (HANDSHAKE_REJECTED), TikTok's handshake-msg is lost";

export const KNOWN_FAILURES: Record<string, Record<string, string>> = {
  bun: { "fault: rejectHandshakes: TikTok's reason is kept": HANDSHAKE_MSG },
  deno: { "fault: rejectHandshakes: TikTok's reason is kept": HANDSHAKE_MSG },
};
