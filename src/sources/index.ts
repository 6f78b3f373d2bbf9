export { liveRoom$, type LiveRoomOptions } from './liveRoom.js';
export { defaultWebSocketFactory, fromWebSocketImpl, MAX_SOCKET_MESSAGE, type WebSocketLikeConstructor } from './webSocket.js';
