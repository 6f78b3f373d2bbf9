// Runs TikTok-Live-Connector (an independent, existing TikTok LIVE client) against a host
// and prints what it sees as JSON lines. Usage: node tlc-client.mjs <uniqueId> <host:port>
// Env: SIGN_API_URL (its Euler sign server), NODE_TLS_REJECT_UNAUTHORIZED=0 (test certificate).
import { ControlEvent, TikTokLiveConnection, WebcastEvent } from 'tiktok-live-connector';

const [uniqueId, host] = process.argv.slice(2);
const out = (o) => process.stdout.write(`${JSON.stringify(o, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}\n`);
const conn = new TikTokLiveConnection(uniqueId, { webConfigOverrides: { TIKTOK_HOST_WEB: host, TIKTOK_HOST_WEBCAST: host } });

conn.on(ControlEvent.DECODED_DATA, (method, decoded) => out({ kind: 'decoded', method, msgId: String(decoded?.data?.common?.msgId ?? '') }));
conn.on(WebcastEvent.CHAT, (d) => out({ kind: 'chat', uniqueId: d.user?.displayId, comment: d.content }));
conn.on(WebcastEvent.GIFT, (d) => out({ kind: 'gift', giftId: String(d.giftId), repeatCount: d.repeatCount, repeatEnd: d.repeatEnd }));
conn.on(WebcastEvent.STREAM_END, (d) => out({ kind: 'streamEnd', action: d.action }));
conn.on(ControlEvent.DISCONNECTED, (d) => {
  out({ kind: 'disconnected', code: d?.code });
  setTimeout(() => process.exit(0), 50);
});
conn.on(ControlEvent.ERROR, (e) => out({ kind: 'error', message: String(e?.info ?? e?.message ?? e) }));

try {
  const state = await conn.connect();
  out({ kind: 'connected', roomId: String(state.roomId) });
} catch (err) {
  out({ kind: 'connectError', message: String(err?.message ?? err) });
  process.exit(3);
}
