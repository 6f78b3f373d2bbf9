/**
 * `tiktok-live-rx say`: send one comment to a LIVE's chat as a logged-in account.
 */
import { sendChat } from '../api/chat.js';
import { connectionOptions, CONNECTION, parse, target, UsageError } from './args.js';
import { printHelp, SAY_HELP } from './help.js';

/** Where the session comes from when --session-id is not given (a flag shows in `ps`; the environment does not). */
export const SESSION_ENV = 'TIKTOK_SESSION_ID';

export async function say(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, CONNECTION, 'say', 2);
  if (values.help) return printHelp(SAY_HELP);
  const options = connectionOptions(values, 'say');
  const room = options.roomId ?? target(positionals.slice(0, 1), values, 'say');
  const text = options.roomId === undefined ? positionals[1] : positionals.length === 2 ? undefined : positionals[0];
  if (options.roomId !== undefined && positionals.length === 2) throw new UsageError('Give either a @user or --room-id, then the text', 'say');
  if (text === undefined || text.trim() === '') throw new UsageError('Say what to send: tiktok-live-rx say @user "text"', 'say');
  const sessionId = options.sessionId ?? process.env[SESSION_ENV];
  if (!sessionId) throw new UsageError(`Sending needs a logged-in session: --session-id or ${SESSION_ENV}`, 'say');
  const provider = options.signProvider === 'tiktool' ? 'tiktool' : 'euler';
  const { roomId } = await sendChat(room, text, {
    sessionId,
    apiKey: options.apiKey,
    signProvider: provider,
    signServerUrl: options.signServerUrl,
    endpoints: options.endpoints,
  });
  process.stderr.write(`Sent to room ${roomId}.\n`);
  return 0;
}
