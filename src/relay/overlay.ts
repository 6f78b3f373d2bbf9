/** The OBS overlay page the relay serves at /overlay: chat, finished gifts, a leaderboard, the viewer count. */
export function overlayPage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TikTok LIVE overlay</title>
<style>
  :root { color-scheme: dark; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { margin: 0; padding: 16px; background: transparent; color: #fff; display: grid; grid-template-columns: 1fr 280px; gap: 16px; }
  .panel { background: rgba(16, 16, 24, 0.72); border-radius: 14px; padding: 12px 14px; box-shadow: 0 4px 18px rgba(0,0,0,.35); }
  h2 { margin: 0 0 8px; font-size: 13px; letter-spacing: .08em; text-transform: uppercase; color: #ff4f8b; }
  #viewers { font-size: 28px; font-weight: 700; }
  ul { list-style: none; margin: 0; padding: 0; }
  #chat li, #gifts li { padding: 4px 0; border-bottom: 1px solid rgba(255,255,255,.06); font-size: 16px; animation: in .25s ease-out; }
  #chat .who { font-weight: 700; color: #7cd4ff; margin-right: 6px; }
  #gifts li { color: #ffd56b; }
  #board li { display: flex; justify-content: space-between; padding: 3px 0; font-size: 15px; }
  #board .rank { color: #ff4f8b; width: 1.5em; }
  #board .name { flex: 1; margin-left: 6px; }
  #status { font-size: 12px; color: #aaa; margin-top: 8px; }
  @keyframes in { from { opacity: 0; transform: translateY(6px); } to { opacity: 1; transform: none; } }
</style>
</head>
<body>
  <div>
    <div class="panel"><h2>Chat</h2><ul id="chat"></ul></div>
    <div class="panel" style="margin-top:16px"><h2>Gifts</h2><ul id="gifts"></ul></div>
  </div>
  <div>
    <div class="panel"><h2>Viewers</h2><div id="viewers">–</div></div>
    <div class="panel" style="margin-top:16px"><h2>Top gifters</h2><ul id="board"></ul></div>
    <div id="status">connecting…</div>
  </div>
<script>
(() => {
  const params = new URLSearchParams(location.search);
  const uniqueId = params.get('uniqueId') || '';
  const token = params.get('token') || params.get('jwtKey') || '';
  const $ = (id) => document.getElementById(id);
  const add = (list, node, max) => { list.prepend(node); while (list.children.length > max) list.lastChild.remove(); };
  const text = (tag, cls, value) => { const el = document.createElement(tag); if (cls) el.className = cls; el.textContent = value; return el; };
  const totals = new Map();
  const renderBoard = () => {
    const board = $('board');
    board.replaceChildren(...[...totals.values()].sort((a, b) => b.total - a.total).slice(0, 5).map((e, i) => {
      const li = document.createElement('li');
      li.append(text('span', 'rank', String(i + 1)), text('span', 'name', e.name), text('span', 'total', e.total + ' 💎'));
      return li;
    }));
  };
  const handle = (e) => {
    if (e.type === 'chat') {
      const li = document.createElement('li');
      li.append(text('span', 'who', e.user.uniqueId), document.createTextNode(e.comment));
      add($('chat'), li, 8);
    } else if (e.type === 'gift' && !e.combo) {
      const diamonds = e.diamondCount * Math.max(1, e.repeatCount);
      add($('gifts'), text('li', '', e.user.uniqueId + ' sent ' + e.giftName + ' ×' + e.repeatCount + ' (' + diamonds + ' 💎)'), 6);
      const entry = totals.get(e.user.userId) || { name: e.user.uniqueId, total: 0 };
      entry.total += diamonds;
      totals.set(e.user.userId, entry);
      renderBoard();
    } else if (e.type === 'roomUserSeq') {
      $('viewers').textContent = e.viewerCount.toLocaleString('en-US');
    } else if (e.type === 'connected') {
      $('status').textContent = 'live: @' + uniqueId;
    } else if (e.type === 'disconnected') {
      $('status').textContent = 'reconnecting…';
    } else if (e.type === 'control' && (e.action === 3 || e.action === 4)) {
      $('status').textContent = 'the LIVE has ended';
    }
  };
  const url = new URL('/ws', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('uniqueId', uniqueId);
  url.searchParams.set('jwtKey', token);
  const socket = new WebSocket(url);
  socket.onmessage = (m) => handle(JSON.parse(m.data));
  socket.onclose = (c) => { if (c.code !== 1000) $('status').textContent = 'disconnected: ' + (c.reason || c.code); };
})();
</script>
</body>
</html>`;
}
