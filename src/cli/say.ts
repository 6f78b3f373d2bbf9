/**
 * `tiktok-live-rx say`: send one comment to a LIVE's chat as a logged-in account; and `watch --say`,
 * the same once the watch is connected.
 */
import { tap, type MonoTypeOperatorFunction } from 'rxjs';
import { sendChat, type SendChatOptions } from '../api/chat.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import type { LiveRoomOptions } from '../sources/liveRoom.js';
import { connectionOptions, CONNECTION, parse, target, UsageError } from './args.js';
import { printHelp, SAY_HELP } from './help.js';

/** Where the session comes from when --session-id is not given (a flag shows in `ps`; the environment does not). */
export const SESSION_ENV = 'TIKTOK_SESSION_ID';

/** What `sendChat` needs from the command's options: the session (flag or environment), the sign server, the endpoints. */
function chatOptions(options: LiveRoomOptions, command: string, flag: string): SendChatOptions {
  const sessionId = options.sessionId ?? process.env[SESSION_ENV];
  if (!sessionId) throw new UsageError(`${flag} needs a logged-in session: --session-id or ${SESSION_ENV}`, command);
  return {
    sessionId,
    apiKey: options.apiKey,
    signProvider: options.signProvider === 'tiktool' ? 'tiktool' : 'euler',
    signServerUrl: options.signServerUrl,
    endpoints: options.endpoints,
    fetch: options.fetch,
  };
}

export async function say(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, CONNECTION, 'say', 2);
  if (values.help) return printHelp(SAY_HELP);
  const options = connectionOptions(values, 'say');
  const room = options.roomId ?? target(positionals.slice(0, 1), values, 'say');
  const text = options.roomId === undefined ? positionals[1] : positionals.length === 2 ? undefined : positionals[0];
  if (options.roomId !== undefined && positionals.length === 2) throw new UsageError('Give either a @user or --room-id, then the text', 'say');
  if (text === undefined || text.trim() === '') throw new UsageError('Say what to send: tiktok-live-rx say @user "text"', 'say');
  const { roomId } = await sendChat(room, text, chatOptions(options, 'say', 'Sending'));
  process.stderr.write(`Sent to room ${roomId}.\n`);
  return 0;
}

/**
 * `watch --say TEXT`: checked before connecting (a text, a session); then, once the first socket
 * is open, the comment goes to the room it opened on, and a status line on stderr says how it went.
 * A refusal is that line, not the end of the watch.
 */
export function sayOnceConnected(text: unknown, options: LiveRoomOptions): MonoTypeOperatorFunction<LiveEvent> {
  if (typeof text !== 'string' || text.trim() === '') throw new UsageError('--say needs the text to send: --say "text"', 'watch');
  const chat = chatOptions(options, 'watch', '--say');
  let said = false;
  return tap((event) => {
    if (event.type !== 'connected' || said) return;
    said = true;
    sendChat(event.roomId, text, chat).then(
      ({ roomId }) => process.stderr.write(`Said in room ${roomId}.\n`),
      (err: unknown) => process.stderr.write(`tiktok-live-rx: --say was not sent: ${err instanceof Error ? err.message : String(err)}\n`),
    );
  });
}
