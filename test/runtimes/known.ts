/**
 * Checks that fail today on a runtime, and why. The runtime test lets these fail (they are ✗ in the
 * table, with the reason the run gave) and fails on any other failure; one of these that passes is
 * reported so that its line can go. Key: a runtime's name, then a check's name (`marble specs` for
 * the specs as a whole).
 */
export const KNOWN_FAILURES: Record<string, Record<string, string>> = {
  workerd: {
    'typed errors keep their names': 'the Worker bundle is minified, as Workers deploy: LiveError takes its name from the class, which minification renames',
    'fault: rejectHandshakes': "workerd's WebSocket reports a refused upgrade as a failed connection: TikTok's handshake-msg header never reaches the library",
    'enforced signature: socket carries the cookies': "workerd's WebSocket constructor sends no Cookie header, so a room that enforces signatures refuses the socket",
    'marble specs': 'in a whole-program bundle protobufjs finds no Long, so the generated decoders lose 64-bit ids beyond 2^53',
  },
};
