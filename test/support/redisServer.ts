import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedPort } from './net.js';

/** Where the tests find Debian's redis-server (scripts/pretest.mjs installs it). */
export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? 'redis-server';

export function hasRedisServer(): boolean {
  return spawnSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' }).status === 0;
}

export interface RedisServerOptions {
  /** Append-only file on (`appendfsync everysec`), so a restart keeps what was written. Default off. */
  appendOnly?: boolean;
  /** `requirepass`. */
  password?: string;
}

/** A redis-server of a test's own: 127.0.0.1, a free port, a temporary directory, no RDB snapshots. */
export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` (with the password when one is set). */
  readonly url: string;
  /** The server's process (SIGSTOP/SIGKILL it to test what clients do). */
  readonly process: ChildProcess;
  /** Stops the server (SIGKILL when `hard`, which loses what AOF's everysec had not flushed). */
  stop(hard?: boolean): Promise<void>;
  /** Starts it again on the same port and directory. */
  restart(): Promise<void>;
  /** Stops it and removes its directory. */
  close(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Resolves once the port answers PING with PONG (the server may still be loading its AOF before). */
async function ready(port: number, password: string | undefined, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}: ${log()}`);
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let data = '';
      socket.on('error', () => resolve(''));
      socket.on('data', (chunk) => {
        data += chunk.toString();
        if (data.includes('PONG') || data.includes('-')) {
          socket.destroy();
          resolve(data);
        }
      });
      socket.on('connect', () => socket.write(`${password ? `AUTH ${password}\r\n` : ''}PING\r\n`));
      socket.setTimeout(1_000, () => {
        socket.destroy();
        resolve(data);
      });
    });
    if (answer.includes('PONG')) return;
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING: ${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts a redis-server for one test file. The port is one that was free a moment ago; when another
 * process takes it first, another port is tried.
 */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tlrx-redis-'));
  let port = 0;
  let child!: ChildProcess;

  const launch = async (): Promise<void> => {
    const args = ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', '', '--protected-mode', 'no'];
    args.push('--appendonly', options.appendOnly ? 'yes' : 'no');
    if (options.appendOnly) args.push('--appendfsync', 'everysec');
    if (options.password) args.push('--requirepass', options.password);
    child = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
    child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
    child.on('error', () => {});
    await ready(port, options.password, child, () => output);
  };

  for (let attempt = 1; ; attempt++) {
    port = await closedPort();
    try {
      await launch();
      break;
    } catch (error) {
      child.kill('SIGKILL');
      if (attempt >= 5) throw error;
    }
  }

  const auth = options.password ? `:${encodeURIComponent(options.password)}@` : '';
  const stop = async (hard = false): Promise<void> => {
    if (child.signalCode === 'SIGSTOP') child.kill('SIGCONT');
    child.kill(hard ? 'SIGKILL' : 'SIGTERM');
    await exited(child);
  };
  return {
    port,
    url: `redis://${auth}127.0.0.1:${port}`,
    get process() {
      return child;
    },
    stop,
    restart: launch,
    async close() {
      await stop(true);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
