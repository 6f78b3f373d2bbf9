/** Field rules shared by the schema decoders and the hand-written ones. */
import type { SocialAction } from './events.js';

/** Below this a timestamp is in seconds, not milliseconds (some real room messages use seconds). */
const SECONDS_THRESHOLD = 100_000_000_000;

/** A message's create time in epoch ms, whether TikTok sent seconds or milliseconds. */
export function toMillis(time: number): number {
  return time > 0 && time < SECONDS_THRESHOLD ? time * 1000 : time;
}

/** Follow vs share, from the display key as TikTok-Live-Connector and TikTokLive tell them apart. */
export function classifySocial(displayType: string): SocialAction {
  if (displayType.includes('follow')) return 'follow';
  if (displayType.includes('share')) return 'share';
  return 'other';
}

const SHARE_MILESTONE = /pm_mt_guidance_viewer_(\d+)_share/;

/** For share milestones (`pm_mt_guidance_viewer_N_share`): N viewers joined; else 0. */
export function usersJoined(displayType: string): number {
  const milestone = SHARE_MILESTONE.exec(displayType);
  return milestone ? Number(milestone[1]) : 0;
}

/** `BadgeStruct.sceneType` values that mark a role. */
export const BADGE_SCENE = { ADMIN: 1, SUBSCRIBER: 4, NEW_SUBSCRIBER: 7, USER_GRADE: 8, FANS: 10 } as const;

/** A badge level as TikTok sends it (a decimal string), 0 when none. */
export function badgeLevel(level: string | null | undefined): number {
  if (!level) return 0;
  // Plain digits (all real levels) without parseInt, which is a slow runtime call here.
  let value = 0;
  for (let i = 0; i < level.length && i < 9; i++) {
    const digit = level.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return parseLevel(level);
    value = value * 10 + digit;
  }
  return level.length < 9 ? value : parseLevel(level);
}

function parseLevel(level: string): number {
  const parsed = Number.parseInt(level, 10);
  return Number.isFinite(parsed) ? parsed : 0;
}
