import type { ArmyTeam, ArmyUser, Badge, BattleTeam, BattleUser, ChatEmote, LiveUser, RankEntry, TopViewer } from '../decoders/events.js';
import { fill, optional } from './fill.js';
import { fakeId } from './ids.js';
import type { DeepPartial } from './types.js';

/*
 * The objects events carry: users, badges, teams, ranks. Each takes a deep
 * partial and fills the rest; a user's `userId` comes from its `uniqueId`
 * (and the other way round), so `liveUser({ uniqueId: 'alice' })` is alice
 * every time and never bob.
 */

/** `uniqueId` and `userId` of a partial user: each derived from the other when only one is given; `viewer` when neither is. */
function identity(p: { userId?: string; uniqueId?: string }): { userId: string; uniqueId: string } {
  const uniqueId = p.uniqueId ?? (p.userId === undefined ? 'viewer' : `user${p.userId.slice(-6)}`);
  return { userId: p.userId ?? fakeId(uniqueId), uniqueId };
}

/**
 * A TikTok user: `liveUser({ uniqueId: 'alice' })` has alice's own 19-digit `userId`, `nickname: 'alice'`,
 * no badges and no roles. Badges given are filled one by one.
 */
export function liveUser(partial: DeepPartial<LiveUser> = {}): LiveUser {
  const { userId, uniqueId } = identity(partial);
  return {
    ...fill({ userId, uniqueId, nickname: uniqueId, profilePictureUrl: '', isModerator: false, isSubscriber: false, followRole: 0 }, partial),
    badges: (partial.badges ?? []).map(badge),
  };
}

/** A badge: a level-1 gifter badge (scene 8, image) unless told otherwise. */
export function badge(partial: DeepPartial<Badge> = {}): Badge {
  return fill({ sceneType: 8, displayType: 1, level: 1, text: '', url: '' }, partial);
}

/** An emote placed in a chat comment, at position 0 unless told otherwise. */
export function chatEmote(partial: DeepPartial<ChatEmote> = {}): ChatEmote {
  return fill({ emoteId: fakeId('emote'), emoteUrl: '', index: 0 }, partial);
}

/** An entry of `roomUserSeq`'s top viewers; its `rank` is its place in the list unless told otherwise. */
export function topViewer(partial: DeepPartial<TopViewer> = {}, index = 0): TopViewer {
  return { ...fill({ coinCount: 0, rank: index + 1 }, partial), user: liveUser(partial.user) };
}

/** A battle participant, named like `liveUser`. */
export function battleUser(partial: DeepPartial<BattleUser> = {}): BattleUser {
  const { userId, uniqueId } = identity(partial);
  return fill({ userId, uniqueId, nickname: uniqueId, profilePictureUrl: '' }, partial);
}

/** Who hosts the `index`-th team of a battle unless told: `host`, then `opponent`, `opponent2`, … */
const teamHost = (index: number) => (index === 0 ? 'host' : index === 1 ? 'opponent' : `opponent${index}`);

/**
 * The `index`-th team of a battle: its host (`host` for the first team, `opponent` for the second),
 * no result yet (the battle runs), score 0. `hostUserId` and `host` agree unless both are given.
 */
export function battleTeam(partial: DeepPartial<BattleTeam> = {}, index = 0): BattleTeam {
  const hostUserId = partial.hostUserId;
  const absent = () => battleUser(hostUserId === undefined ? { uniqueId: teamHost(index) } : { userId: hostUserId });
  const host = optional(partial, 'host', partial.host, battleUser, absent);
  return { ...fill({ hostUserId: host?.userId ?? fakeId(teamHost(index)), score: 0 }, partial), host, result: partial.result };
}

/** A supporter in a battle's armies; `userId` comes from `nickname` unless given. */
export function armyUser(partial: DeepPartial<ArmyUser> = {}): ArmyUser {
  const nickname = partial.nickname ?? 'viewer';
  return fill({ userId: fakeId(nickname), nickname, score: 0, profilePictureUrl: '' }, partial);
}

/** The `index`-th side's army in a battle (`host`'s, then `opponent`'s): its supporters, and a score that is their sum unless told otherwise. */
export function armyTeam(partial: DeepPartial<ArmyTeam> = {}, index = 0): ArmyTeam {
  const users = (partial.users ?? []).map(armyUser);
  return { ...fill({ hostUserId: fakeId(teamHost(index)), score: users.reduce((sum, u) => sum + u.score, 0) }, partial), users };
}

/** The host's place on a ranking: first on the weekly list unless told otherwise. */
export function rankEntry(partial: DeepPartial<RankEntry> = {}): RankEntry {
  return fill({ rankType: 1, rank: 1, text: 'Weekly Ranking' }, partial);
}
