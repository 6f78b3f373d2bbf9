// A relay in a process of its own, for bench/relay.ts. Driven over IPC:
//   { cmd: 'start', module, options } → { url }   (module: the relay to load, e.g. another checkout's)
//   { cmd: 'usage', gc } → this process's CPU time (ms), heap and RSS (after a full GC when asked), the longest
//                          event-loop delay since the last 'usage', relay stats
//   { cmd: 'close' } → closes the relay and exits
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

interface RelayModule {
  startRelay(options: unknown): Promise<{ url: string; stats(): unknown; close(): Promise<void> }>;
}

const gc = (globalThis as { gc?: () => void }).gc;
let relay: Awaited<ReturnType<RelayModule['startRelay']>> | undefined;
// The longest this process's event loop was held since the last 'usage' that reset it.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

process.on('message', async (msg: { cmd: string; module?: string; options?: unknown; gc?: boolean }) => {
  if (msg.cmd === 'start') {
    const mod = (await import(pathToFileURL(msg.module!).href)) as RelayModule;
    relay = await mod.startRelay(msg.options);
    process.send!({ url: relay.url });
  } else if (msg.cmd === 'usage') {
    const loopDelayMaxMs = loopDelay.max / 1e6;
    loopDelay.reset();
    if (msg.gc && gc) for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 30));
    }
    const cpu = process.cpuUsage();
    const mem = process.memoryUsage();
    process.send!({ cpuMs: (cpu.user + cpu.system) / 1000, heapUsed: mem.heapUsed, rss: mem.rss, loopDelayMaxMs, stats: relay?.stats() });
  } else if (msg.cmd === 'close') {
    await relay?.close();
    process.exit(0);
  }
});
process.send!({ ready: true });
