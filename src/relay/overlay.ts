import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let script: string | undefined;

/**
 * The overlay page's script (`/overlay.js`): `src/browser/overlay.ts` built with rxjs into one file
 * (`dist/overlay.global.js`) by the package build. Undefined when it has not been built.
 */
export function overlayScript(): string | undefined {
  if (script !== undefined) return script;
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  // Beside the built relay in dist/, or dist/ seen from src/relay when running from source.
  const file = [join(here, 'overlay.global.js'), join(here, '../../dist/overlay.global.js')].find((f) => existsSync(f));
  script = file === undefined ? undefined : readFileSync(file, 'utf8');
  return script;
}

/**
 * The OBS overlay page the relay serves at /overlay: chat, finished gifts, a leaderboard, the viewer
 * count. Its script is the library's own (`relayRoom$`, `comboEnd`, `leaderboard`), served as /overlay.js.
 */
export function overlayPage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TikTok LIVE overlay</title>
<link rel="icon" href="data:,">
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
<script src="/overlay.js"></script>
</body>
</html>`;
}
