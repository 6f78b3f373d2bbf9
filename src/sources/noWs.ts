/**
 * What `#ws` (package.json `imports`) resolves to under the workerd, worker, deno and browser
 * conditions: no WebSocket, so bundlers for those runtimes never pull in `ws`. The default socket
 * does not ask for it there; were it asked, `loadWs` reports a `SocketUnavailableError`.
 */
export default undefined;
