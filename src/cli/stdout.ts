/**
 * The command's standard output going away. A reader that stops early (`… --json | head -2`)
 * closes the pipe and every later write fails with EPIPE; like other Unix tools the command then
 * ends quietly with exit 0 instead of dying of the unhandled error. Any other write error on
 * stdout ends it too, with its reason on stderr and exit 1.
 */

type Listener = (code: number) => void;

const listeners = new Set<Listener>();
let closedWith: number | undefined;

/** Listens for write errors on stdout (and ignores them on stderr, where they cannot be reported). */
export function watchStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (closedWith !== undefined) return;
    closedWith = err.code === 'EPIPE' ? 0 : 1;
    if (closedWith) process.stderr.write(`tiktok-live-rx: cannot write to stdout: ${err.message}\n`);
    for (const listener of listeners) listener(closedWith);
  });
  process.stderr.on('error', () => {});
}

/** True once stdout failed: nothing more should be written to it. */
export function stdoutClosed(): boolean {
  return closedWith !== undefined;
}

/** The exit code stdout's failure calls for (0 for EPIPE), or undefined while it works. */
export function stdoutClosedWith(): number | undefined {
  return closedWith;
}

/** Calls `listener` with the exit code when stdout fails from now on; returns the way to stop listening. */
export function onStdoutClosed(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
