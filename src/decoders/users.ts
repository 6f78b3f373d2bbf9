import type * as pb from './generated/webcast.js';
import type { Badge, LiveUser } from './events.js';
import { BADGE_SCENE, badgeLevel } from './fields.js';
import { idString } from './int64.js';

type PbUser = pb.User.$Properties;
type PbIdentity = pb.UserIdentity.$Properties | null | undefined;
type PbImage = pb.ImageModel.$Properties | null | undefined;

/** First URL of an image, '' when none. */
export function firstUrl(image: PbImage): string {
  return image?.urlList?.[0] ?? '';
}

function mapBadge(b: pb.BadgeStruct.$Properties): Badge {
  return {
    sceneType: b.sceneType ?? 0,
    displayType: b.displayType ?? 0,
    level: badgeLevel(b.privilegeLogExtra?.level),
    text: b.text?.defaultPattern || b.text?.key || b.str?.str || b.combine?.str || '',
    url: firstUrl(b.image?.image) || firstUrl(b.combine?.icon),
  };
}

const NO_BADGES: Badge[] = [];

/**
 * A wire `User` as a `LiveUser`. Role flags combine the per-message identity
 * (when the message has one), the user's attributes and their badges, because
 * TikTok sets different ones in different messages.
 */
export function mapUser(user: PbUser | null | undefined, identity?: PbIdentity): LiveUser {
  const u = user ?? {};
  const badges = u.badgeList?.length ? u.badgeList.map(mapBadge) : NO_BADGES;
  let badgeModerator = false;
  let badgeSubscriber = false;
  for (const b of badges) {
    if (b.sceneType === BADGE_SCENE.ADMIN) badgeModerator = true;
    else if (b.sceneType === BADGE_SCENE.SUBSCRIBER || b.sceneType === BADGE_SCENE.NEW_SUBSCRIBER) badgeSubscriber = true;
  }
  const id = idString(u.id);
  return {
    userId: id === '0' && u.idStr ? u.idStr : id,
    uniqueId: u.displayId ?? '',
    nickname: u.nickname ?? '',
    profilePictureUrl: firstUrl(u.avatarThumb) || firstUrl(u.avatarMedium) || firstUrl(u.avatarLarge),
    isModerator: Boolean(identity?.isModeratorOfAnchor || u.userAttr?.isAdmin || badgeModerator),
    isSubscriber: Boolean(identity?.isSubscriberOfAnchor || u.subscribeInfo?.isSubscribedToAnchor || badgeSubscriber),
    followRole: Number(u.followInfo?.followStatus ?? 0),
    badges,
  };
}

/** A `LiveUser` back to its wire form (what the simulator sends). */
export function userToWire(user: LiveUser): PbUser {
  const out: PbUser = {
    id: user.userId,
    displayId: user.uniqueId,
    nickname: user.nickname,
  };
  if (user.profilePictureUrl) out.avatarThumb = { urlList: [user.profilePictureUrl] };
  if (user.isModerator) out.userAttr = { isAdmin: true };
  if (user.isSubscriber) out.subscribeInfo = { isSubscribedToAnchor: true };
  if (user.followRole) out.followInfo = { followStatus: user.followRole };
  if (user.badges.length) {
    out.badgeList = user.badges.map((b) => {
      const badge: pb.BadgeStruct.$Properties = { sceneType: b.sceneType, displayType: b.displayType };
      if (b.level) badge.privilegeLogExtra = { level: String(b.level) };
      if (b.text) badge.text = { defaultPattern: b.text };
      if (b.url) badge.image = { image: { urlList: [b.url] } };
      return badge;
    });
  }
  return out;
}
