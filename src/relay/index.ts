/**
 * `tiktok-live-rx/relay` (Node only): rooms' events served to web pages and
 * OBS browser sources over WebSocket and Server-Sent Events, behind scoped JWTs.
 */
export { startRelay, type Relay, type RelayOptions, type RelayStats } from './relay.js';
export { overlayPage } from './overlay.js';
export type { RateLimitOptions } from './rateLimit.js';
