import { describe, expect, it } from 'vitest';
import { canonicalMethod, decodeMessage, encodeEvent, KNOWN_METHODS, type WireEvent } from '../src/decoders/index.js';
import type { WireEventOf } from '../src/decoders/registry.js';
import { loadRealPayloads } from './support/realframes.js';

// Every method of the real captures (shared/realframes/events) as a typed event of its own: each
// method's payloads, all of them, decoded with value-level checks, and each round-tripped through
// the encoders. Captured 2023-09-13 … 2023-12-13.
const payloads = loadRealPayloads();
const decoded = payloads.map((p) => ({ ...p, event: decodeMessage(p.method, p.payload) }));

/** The decoded events of one method (every payload of it), checked to be of `type`. */
function eventsOf<K extends WireEvent['type']>(method: string, type: K): Array<WireEventOf<K>> {
  const events = decoded.filter((d) => canonicalMethod(d.method) === method).map((d) => d.event);
  expect(events.length, method).toBeGreaterThan(0);
  for (const e of events) expect(e.type, method).toBe(type);
  return events as Array<WireEventOf<K>>;
}

const ID = /^[1-9]\d{18}$/;
/** A capture's time: epoch ms within the capture period. */
const captureMs = (t: number) => t > Date.UTC(2023, 8, 1) && t < Date.UTC(2024, 0, 1);


describe('every method of the real captures', () => {
  it('decodes to a typed event of its own', () => {
    const methods = new Set(payloads.map((p) => canonicalMethod(p.method)));
    expect(methods.size).toBe(75); // 77 spellings: RoomMessage and LinkMicMethod also come without the prefix
    for (const m of methods) expect(KNOWN_METHODS, m).toContain(m);
    for (const d of decoded) expect(d.event.type, d.method).not.toBe('unknown');
  });

  it('round-trips every payload through the encoders: encode(decode(x)) decodes equal', () => {
    for (const { method, event } of decoded) {
      const raw = encodeEvent(event);
      // A type of several methods is sent as its first (a LinkMessage's link-mic change as LinkMicMethod).
      expect(decodeMessage(raw.method, raw.payload), method).toEqual({ ...event, method: raw.method });
    }
  });

  it('gives every event a 19-digit msgId and roomId and, where the header has one, a capture-time createTime in ms', () => {
    for (const { method, event } of decoded) {
      expect(event.msgId, method).toMatch(ID);
      if (event.createTime !== 0) expect(captureMs(event.createTime), `${method} ${event.createTime}`).toBe(true);
    }
  });
});

describe('goals, pins, polls, deletions, captions, banners, barrages', () => {
  it('goalUpdate: the goal, its gift sub-goal with progress towards its target, and its contributors', () => {
    const goals = eventsOf('GoalUpdateMessage', 'goalUpdate');
    expect(goals).toHaveLength(54);
    for (const g of goals) {
      expect(g.goalId).toMatch(ID);
      // One goal was set up in 2022 and never expires (expireTime 0).
      expect(g.startTime).toBeGreaterThan(Date.UTC(2022, 0, 1));
      expect(g.startTime).toBeLessThanOrEqual(g.createTime);
      if (g.expireTime !== 0) expect(g.expireTime - g.startTime).toBe(4 * 3_600_000);
      expect(g.subGoals.length).toBeGreaterThan(0);
      for (const s of g.subGoals) {
        expect(s.target).toBeGreaterThan(0);
        expect(s.progress).toBeGreaterThanOrEqual(0);
        expect(s.subGoalId).toMatch(/^\d+$/);
      }
      for (const c of g.contributors) {
        expect(c.userId).toMatch(/^\d{15,19}$/);
        expect(c.score).toBeGreaterThan(0);
      }
    }
    const clappers = goals.find((g) => g.msgId === '7309146832708635398')!;
    expect(clappers).toMatchObject({ goalId: '7309145013957774086', goalType: 1, status: 2, startTime: 1701792959000, expireTime: 1701807359000 });
    expect(clappers.subGoals).toEqual([
      { subGoalId: '9333', type: 1, progress: 15, target: 50, giftName: 'LIVE Fest Clappers', giftDiamondCount: 100, giftPictureUrl: expect.stringMatching(/^https:\/\//) },
    ]);
    expect(clappers.contributors[0]).toMatchObject({ userId: '6808139248451224581', score: 500 });
    expect(clappers).toMatchObject({ contributorId: '6856737136356918277', contributeCount: 1, contributeScore: 100 });
    // The same goal's progress rises from message to message.
    const progress = goals.filter((g) => g.goalId === clappers.goalId).sort((a, b) => a.createTime - b.createTime).map((g) => g.subGoals[0]!.progress);
    expect(progress.length).toBeGreaterThan(2);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]!);
  });

  it('roomPin: the pinned comment or gift, its sender and who pinned it; an unpin names what it unpins', () => {
    const pins = eventsOf('RoomPinMessage', 'roomPin');
    expect(pins).toHaveLength(17);
    for (const p of pins) {
      expect(p.pinnedMsgId).toMatch(ID);
      expect(Math.abs(p.pinTime - p.createTime)).toBeLessThan(5);
      expect(p.operator?.userId).toMatch(/^\d+$/);
      if (p.action === 1) {
        expect(p.displayDuration).toBe(60);
        expect(p.pinnedText.length).toBeGreaterThan(0);
        expect(p.pinnedUser?.userId).toMatch(/^\d+$/);
      } else {
        expect(p).toMatchObject({ action: 2, displayDuration: 0, pinnedText: '' });
        expect(p.pinnedMsgId).not.toBe(p.msgId);
      }
    }
    expect(new Set(pins.map((p) => p.pinnedMethod))).toEqual(new Set(['WebcastGiftMessage', 'WebcastChatMessage']));
    const gift = pins.find((p) => p.msgId === '7309146462659496710')!;
    expect(gift).toMatchObject({ action: 1, pinnedMethod: 'WebcastGiftMessage', pinTime: 1701793289330, operator: { userId: '6838231546857686021' } });
    expect(gift.pinnedText).toMatch(/: gifted the host 1 LIVE Fest Clappers$/);
    expect(gift.pinnedUser?.userId).toBe('7308825205773091882');
    const chat = pins.find((p) => p.msgId === '7286184904911112993')!;
    expect(chat).toMatchObject({ pinnedMethod: 'WebcastChatMessage', pinnedText: '❤️ Je Zug 1 Los . viel Glück' });
  });

  it('poll: start (question, options, one-minute window), vote updates and the end, with counts', () => {
    const polls = eventsOf('PollMessage', 'poll');
    expect(polls).toHaveLength(10);
    for (const p of polls) {
      expect(p.pollId).toMatch(ID);
      expect(p.options.length).toBeGreaterThanOrEqual(2);
      expect(p.options.map((o) => o.optionIndex)).toEqual(p.options.map((_, i) => i));
      for (const o of p.options) expect(o.text.length).toBeGreaterThan(0);
    }
    expect(new Set(polls.map((p) => p.messageType))).toEqual(new Set([0, 1, 2]));
    const start = polls.find((p) => p.msgId === '7286185037553716001')!;
    expect(start).toMatchObject({ messageType: 0, pollId: '7286185037553699617', startTime: 1696447174329, endTime: 1696447234329 });
    expect(start.options).toEqual([{ optionIndex: 0, text: '😁', votes: 0 }, { optionIndex: 1, text: '😭', votes: 0 }]);
    const titled = polls.find((p) => p.msgId === '7286184975543683873')!;
    expect(titled.title).toBe('wunschliste = teilnahme PS5 VERLOSUNG');
    const updates = polls.filter((p) => p.pollId === start.pollId && p.messageType === 2).map((p) => p.options[0]!.votes).sort();
    expect(updates).toEqual([1, 2]);
    const ended = polls.find((p) => p.messageType === 1)!;
    expect(ended.options.map((o) => o.votes)).toEqual([36, 1]);
  });

  it('imDelete: the users whose messages a moderator deleted, as 64-bit id strings', () => {
    const deletes = eventsOf('ImDeleteMessage', 'imDelete');
    expect(deletes).toHaveLength(11);
    for (const d of deletes) {
      expect(d.deleteMsgIds).toEqual([]);
      expect(d.deleteUserIds).toHaveLength(1);
      expect(d.deleteUserIds[0]).toMatch(/^\d{18,19}$/);
    }
    expect(deletes.find((d) => d.msgId === '7309146982651316997')!.deleteUserIds).toEqual(['6856737136356918277']);
  });

  it('caption: what the host said, in ms, with its language', () => {
    const captions = eventsOf('CaptionMessage', 'caption');
    expect(captions).toHaveLength(10);
    for (const c of captions) {
      expect(captureMs(c.timestamp)).toBe(true);
      for (const t of c.captions) expect(t).toMatchObject({ language: 'en', text: expect.stringMatching(/\w/) });
    }
    expect(captions.filter((c) => c.captions.length === 1 && c.duration > 0)).toHaveLength(9);
    expect(captions.find((c) => c.msgId === '7280465655315712769')).toMatchObject({
      timestamp: 1695115499658,
      duration: 2580,
      captions: [{ language: 'en', text: 'Grab a toro. A slew of. What thing? I just spoon. Cover your phone.' }],
    });
  });

  it('inRoomBanner: the banner JSON, as TikTok sent it', () => {
    const banners = eventsOf('InRoomBannerMessage', 'inRoomBanner');
    expect(banners).toHaveLength(10);
    for (const b of banners) {
      const data = JSON.parse(b.data) as Record<string, unknown>;
      expect(data.debug).toBe(false);
      expect(Object.keys(data).some((k) => k.startsWith('op_component-'))).toBe(true);
    }
  });

  it('barrage: the highlighted line, rendered with its user, and the level it shows', () => {
    const barrages = eventsOf('BarrageMessage', 'barrage');
    expect(barrages).toHaveLength(21);
    for (const b of barrages) {
      expect(b.displayKey).toMatch(/^pm_mt_/);
      expect(b.text.length).toBeGreaterThan(0);
      expect(b.text).not.toMatch(/\{\d+:user\}/);
      expect(b.duration).toBeGreaterThan(0);
    }
    const join = barrages.find((b) => b.msgId === '7309147631111850784')!;
    expect(join).toMatchObject({ barrageType: 9, displayKey: 'pm_mt_alp_join_animation', text: 'joined', duration: 4000, level: 35, user: { userId: '6945802839138649093' } });
    const sub = barrages.find((b) => b.displayKey === 'pm_mt_subscribe_first_barrage')!;
    expect(sub.text).toMatch(/ subscribed for the first time$/);
  });
});

describe('link-mic, battles, ranks, broadcasts and guests', () => {
  it('linkLayer: the layer change, its channel and scene', () => {
    const layers = eventsOf('LinkLayerMessage', 'linkLayer');
    expect(layers).toHaveLength(54);
    for (const l of layers) {
      expect(l.channelId).toMatch(ID);
      expect(l.messageType).toBeGreaterThan(0);
    }
    expect(layers.find((l) => l.msgId === '7309147197943614214')).toMatchObject({ messageType: 11, channelId: '7309128584571737093', scene: 4 });
  });

  it('linkMicFanTicket: the fan tickets of each host, rising with gifts', () => {
    const tickets = eventsOf('LinkMicFanTicketMethod', 'linkMicFanTicket');
    expect(tickets).toHaveLength(94);
    for (const t of tickets) {
      expect(t.users.length).toBeGreaterThan(0);
      for (const u of t.users) expect(u.userId).toMatch(/^\d{18,19}$/);
      expect(t.totalFanTickets).toBeGreaterThanOrEqual(0);
    }
    const first = tickets.find((t) => t.msgId === '7309148517181098758')!;
    expect(first).toMatchObject({ totalFanTickets: 45124, users: [{ userId: '6838231546857686021', fanTickets: 45124 }] });
    expect(tickets.find((t) => t.msgId === '7309148528287206150')!.totalFanTickets).toBe(45125);
  });

  it('battleTask: the task message type and its prompt with values', () => {
    const tasks = eventsOf('LinkmicBattleTaskMessage', 'battleTask');
    expect(tasks).toHaveLength(10);
    const reward = tasks.find((t) => t.msgId === '7286183957761673989')!;
    expect(reward).toMatchObject({ taskMessageType: 3, promptKey: 'pm_mt_live_match_desc_2', promptValues: [{ field: 'sum', value: '1809' }] });
    for (const t of tasks.filter((x) => x.promptKey)) for (const v of t.promptValues) expect(v.field.length).toBeGreaterThan(0);
  });

  it('battlePunishFinish: the battle, its channel, who ended the punishment and the status after', () => {
    const finishes = eventsOf('LinkMicBattlePunishFinish', 'battlePunishFinish');
    expect(finishes).toHaveLength(10);
    for (const f of finishes) {
      expect(f.battleId).toMatch(ID);
      expect(f.channelId).toMatch(ID);
      expect(f.operatorUserId).toMatch(/^\d{15,19}$/);
      expect(f.status).toBe(4);
    }
    expect(finishes.find((f) => f.msgId === '7286184971227482912')).toMatchObject({
      battleId: '7286183425237322529',
      channelId: '7286180458596059936',
      operatorUserId: '6604742758795608069',
      reason: 1,
    });
  });

  it('battleItemCard: the card and the line the room shows for it', () => {
    const cards = eventsOf('LinkMicBattleItemCard', 'battleItemCard');
    expect(cards).toHaveLength(10);
    for (const c of cards) expect(c.battleId).toMatch(ID);
    const glove = cards.find((c) => c.msgId === '7286185030595365665')!;
    expect(glove).toMatchObject({ battleId: '7286183703490841377', cardType: 4, displayKey: 'pm_mt_mvp_getItem_crit' });
    expect(glove.text).toMatch(/^\S.* got a \{1:image\} boosting glove\.$/);
  });

  it('rankText: a viewer rising to a top place, from and to', () => {
    const ranks = eventsOf('RankTextMessage', 'rankText');
    expect(ranks).toHaveLength(21);
    for (const r of ranks) {
      expect(r.userId).toMatch(/^\d{15,19}$/);
      expect(r.rankAfter).toBeGreaterThan(0);
      expect(r.text).toMatch(/^\S.* just (became the No\. \d+ viewer|got the No\. \d+ gifter badge)/);
      expect(r.text).toContain(`No. ${r.rankAfter} `);
    }
    expect(ranks.find((r) => r.msgId === '7301052451217951520')).toMatchObject({ scene: 1, rankBefore: 2, rankAfter: 1, userId: '7185849164332483590' });
  });

  it('giftBroadcast: a big gift elsewhere, its sender and the gift it links to', () => {
    const broadcasts = eventsOf('GiftBroadcastMessage', 'giftBroadcast');
    expect(broadcasts).toHaveLength(12);
    for (const b of broadcasts) {
      expect(b.fromUserId).toMatch(/^\d{15,19}$/);
      expect(b.text).toMatch(/ sent .+ to /);
      expect(b.schema).toMatch(/^sslocal:\/\/webcast_gift_dialog\?gift_id=\d+/);
    }
    expect(broadcasts.find((b) => b.msgId === '7312004147690212127')).toMatchObject({ fromUserId: '7095015846348031018', displayKey: 'pm_mt_live_gift_platform_announcement' });
  });

  it('unauthorizedMember: a viewer who is not logged in, by the name the room shows', () => {
    const members = eventsOf('UnauthorizedMemberMessage', 'unauthorizedMember');
    expect(members).toHaveLength(11);
    for (const m of members) {
      expect(m.nickname).toMatch(/^Viewer\d+$/);
      expect(m.text).toBe(`${m.nickname} joined`);
    }
    expect(members.find((m) => m.msgId === '7286185104673164037')).toMatchObject({ action: 1, nickname: 'Viewer743858', displayKey: 'live_room_enter_toast' });
  });
});

describe('notices, moderation, shopping and probes', () => {
  it('accessRecall: the scene and the penalty it is about', () => {
    const recalls = eventsOf('AccessRecallMessage', 'accessRecall');
    expect(recalls).toHaveLength(11);
    const classified = recalls.filter((r) => r.scene === 'CONTENT_CLASSIFICATION');
    expect(classified).toHaveLength(10);
    for (const r of classified) {
      expect(r.status).toBe(1);
      expect(r.punish.punishId).toMatch(ID);
    }
    expect(recalls.find((r) => r.scene === 'GIFT')).toMatchObject({ status: 0, punish: { punishId: '', violationUserId: '0' } });
  });

  it('bottomMessage: a not-recommended notice (mostly ten minutes), with the penalty and who caused it', () => {
    const bottoms = eventsOf('BottomMessage', 'bottomMessage');
    expect(bottoms).toHaveLength(10);
    expect(bottoms.map((b) => b.duration).sort()).toEqual([599, 599, 599, 599, 599, 599, 599, 600, 600, 604800]);
    for (const b of bottoms) {
      expect(b.bizType).toBe(6);
      expect(['short_nr', 'other_live_nr', 'all_nr', 'risk_notice']).toContain(b.punish.punishType);
      expect(b.punish.punishId).toMatch(ID);
      expect(b.punish.violationUserId).toMatch(/^\d{18,19}$/);
    }
    expect(bottoms.find((b) => b.msgId === '7286183071883152161')!.punish).toEqual({
      punishType: 'other_live_nr',
      punishReason: 'Co-host_NR',
      punishId: '7286183061279083297',
      violationUserId: '6910177303377822725',
    });
  });

  it('capsule: the reminder, its button and where it leads', () => {
    const capsules = eventsOf('CapsuleMessage', 'capsule');
    expect(capsules).toHaveLength(10);
    for (const c of capsules) {
      expect(c).toMatchObject({ capsuleType: 10, displayKey: 'pm_mt_goal_reminder', text: 'The host set a subscription goal.', buttonText: 'Support' });
      expect(c.schema).toMatch(/^sslocal:\/\/webcast_lynxview_popup\?/);
    }
  });

  it('hourlyRankReward: the winner and the announcement, rendered', () => {
    const rewards = eventsOf('HourlyRankRewardMessage', 'hourlyRankReward');
    expect(rewards).toHaveLength(10);
    for (const r of rewards) {
      expect(r.winners).toHaveLength(1);
      expect(r.winners[0]).toMatchObject({ userId: '7122139854221116422', assetId: '206', displayKey: 'pm_mt_Live_HRannounce' });
      expect(r.winners[0]!.text).toMatch(/^Congratulations! \S+ just became the No\. 1 LIVE creator of the last hour\.$/);
    }
  });

  it('marqueeAnnouncement: the scene and each entry with its text and link', () => {
    const marquees = eventsOf('MarqueeAnnouncementMessage', 'marqueeAnnouncement');
    expect(marquees).toHaveLength(10);
    for (const m of marquees) {
      expect(m.messageScene).toBe('start_room_event');
      expect(m.entries.length).toBeGreaterThan(0);
      for (const e of m.entries) {
        expect(e.text).toMatch(/^Weekly No\. 1: \S+ is LIVE$/);
        expect(e.schema).toMatch(/^sslocal:\/\/webcast_room\?room_id=\d{19}&/);
      }
    }
  });

  it('msgDetect: the probe, its three timestamps in order, and its region', () => {
    const probes = eventsOf('MsgDetectMessage', 'msgDetect');
    expect(probes).toHaveLength(10);
    for (const p of probes) {
      expect(p.detectType).toBe(2);
      expect(captureMs(p.clientStartTime)).toBe(true);
      expect(p.apiReceiveTime).toBeGreaterThanOrEqual(p.clientStartTime);
      expect(p.apiSendTime).toBeGreaterThanOrEqual(p.apiReceiveTime);
      expect(p.apiSendTime).toBe(p.createTime);
      expect(p.fromRegion).toMatch(/^[A-Z]{2}$/);
    }
    expect(probes.find((p) => p.msgId === '7286185127055409159')).toMatchObject({ clientStartTime: 1696447172116, apiReceiveTime: 1696447172326, fromRegion: 'TR' });
  });

  it('oecLiveShopping: the product shown, with its id, title, price and picture', () => {
    const products = eventsOf('OecLiveShoppingMessage', 'oecLiveShopping');
    expect(products).toHaveLength(10);
    // Four show a product; six only say how many the shop has.
    const counts = products.filter((p) => p.actionType === 0);
    expect(counts).toHaveLength(6);
    for (const p of counts) expect(p).toMatchObject({ productId: '0', title: '' });
    // The shop emptied one product at a time: 5, 4, 3, 2, 1, 0 in time order.
    expect(counts.sort((a, b) => a.createTime - b.createTime).map((p) => p.productCount)).toEqual([5, 4, 3, 2, 1, 0]);
    for (const p of products.filter((x) => x.actionType === 1)) {
      expect(p.productId).toMatch(ID);
      expect(p.title.length).toBeGreaterThan(0);
      expect(p.price).toMatch(/\d+\.\d{2}/);
      expect(p.imageUrl).toMatch(/^https:\/\//);
      expect(p.source).toBe('TikTok Shop');
    }
    expect(products.find((p) => p.msgId === '7286172978978914309')).toMatchObject({ actionType: 1, productId: '1729681322177039043', price: '฿190.00' });
  });

  it('partnershipDropsUpdate: the drop, its change and its host', () => {
    const drops = eventsOf('PartnershipDropsUpdateMessage', 'partnershipDropsUpdate');
    expect(drops).toHaveLength(6);
    for (const d of drops) expect(d.dropsId).toMatch(ID);
    expect(drops.find((d) => d.msgId === '7282329981744368427')).toMatchObject({ changeMode: 0, dropsId: '7276363315025120001', anchorUserId: '6734110650816349189' });
  });

  it('perception: a mute lifted, with its penalty and the user', () => {
    const notices = eventsOf('PerceptionMessage', 'perception');
    expect(notices).toHaveLength(10);
    for (const n of notices) {
      expect(n).toMatchObject({ scene: 6, punish: { punishType: 'muting_cancel' } });
      expect(n.punish.punishId).toMatch(ID);
      expect(n.punish.violationUserId).toMatch(/^\d{18,19}$/);
    }
    expect(notices.filter((n) => n.punish.punishReason === 'CREDIT_MUTE')).toHaveLength(4);
  });

  it('roomNotify: the notice, rendered with the name it names', () => {
    const notices = eventsOf('RoomNotifyMessage', 'roomNotify');
    expect(notices).toHaveLength(10);
    for (const n of notices) {
      expect(n.notifyType).toBe(3);
      expect(n.displayKey).toMatch(/^pm_mt_boost_(crit|mist)_got_comment_others$/);
      expect(n.text).toMatch(/^The MVP \S.* got 1 \S+( \S+)?\.$/);
      expect(n.text).not.toContain('{');
    }
  });

  it('roomVerify: the check TikTok made', () => {
    const checks = eventsOf('RoomVerifyMessage', 'roomVerify');
    expect(checks).toHaveLength(10);
    expect(checks.map((c) => c.action).sort()).toEqual([3, 3, 3, 3, 3, 4, 4, 4, 4, 4]);
    for (const c of checks) expect(c.closeRoom).toBe(false);
  });

  it('subPin: the subscription goal pinned, with its target and progress', () => {
    const pins = eventsOf('SubPinEventMessage', 'subPin');
    expect(pins).toHaveLength(10);
    for (const p of pins) {
      expect(p.cardId).toMatch(ID);
      expect(p.goalId).toBe(p.cardId);
      expect(p.goalTarget).toBeGreaterThan(0);
      expect(p.goalProgress).toBeLessThanOrEqual(p.goalTarget);
      expect(p.operatorUserId).toMatch(/^[1-9]\d+$/);
      expect(p.goalText.length).toBeGreaterThan(0);
    }
    expect(pins.find((p) => p.msgId === '7283761392154397473')).toMatchObject({
      actionType: 1,
      cardType: 2,
      goalId: '7275062330730892064',
      goalText: 'Help me reach the goal!',
      goalTarget: 100,
      goalProgress: 87,
      operatorUserId: '7015305048847549445',
    });
  });
});

describe('the methods the v3 schema lacks (fields from the captures)', () => {
  it('anchorToolModification: the effect, when it started and ended, and where it was picked', () => {
    const tools = eventsOf('AnchorToolModificationMessage', 'anchorToolModification');
    expect(tools).toHaveLength(10);
    for (const t of tools) {
      expect(t.toolId).toMatch(/^\d+$/);
      expect(t.title.length).toBeGreaterThan(0);
      expect(captureMs(t.startTime)).toBe(true);
      if (t.endTime) expect(t.endTime).toBeGreaterThan(t.startTime);
      expect(t.scene).toMatch(/^video_anchor_(pk|connect)$/);
    }
    expect(tools.find((t) => t.msgId === '7286185053914254113')).toMatchObject({
      toolId: '28019345',
      title: 'Garbage Can and Me',
      startTime: 1696447114000,
      endTime: 1696447168000,
      source: 'shortCut',
    });
  });

  it('baLeadGen: the lead-generation card and its link', () => {
    const cards = eventsOf('BALeadGenMessage', 'baLeadGen');
    expect(cards).toHaveLength(10);
    for (const c of cards) {
      expect(c).toMatchObject({ action: 1, displayKey: 'cta_extension_learnmore' });
      expect(c.leadGenId).toMatch(ID);
      expect(c.schema).toContain(`pageId=${c.leadGenId}`);
      expect(Math.abs(c.eventTime - c.createTime)).toBeLessThan(1000);
    }
  });

  it('donationStickerModify: the charity a donation sticker collects for', () => {
    const stickers = eventsOf('DonationStickerModifyMethod', 'donationStickerModify');
    expect(stickers).toHaveLength(4);
    const named = stickers.filter((s) => s.organisationName);
    expect(named.length).toBeGreaterThan(0);
    for (const s of named) {
      expect(s.stickerId).toMatch(/^[1-9]\d+$/);
      expect(s.organisationId).toMatch(/^organisation_/);
    }
    expect(stickers.find((s) => s.msgId === '7282857247959993130')).toMatchObject({ stickerId: '82677', stickerType: 3, organisationName: 'Act to Change' });
  });

  it('ecShortItemRefresh and ecTaskRegister: the delay in ms and what to fetch', () => {
    for (const r of eventsOf('EcShortItemRefreshMessage', 'ecShortItemRefresh')) expect(r).toMatchObject({ delay: 3000, key: 'shortTouchEcommerceVoucher' });
    const tasks = eventsOf('EcTaskRegisterMessage', 'ecTaskRegister');
    expect(tasks).toHaveLength(10);
    for (const t of tasks) {
      expect(t.delay).toBe(5000);
      expect(t.taskId).toMatch(ID);
    }
  });

  it('envelopePortal: the chest and its sender', () => {
    const portals = eventsOf('EnvelopePortalMessage', 'envelopePortal');
    expect(portals).toHaveLength(10);
    for (const p of portals) {
      expect(p.envelopeId).toMatch(ID);
      expect(p.senderUserId).toMatch(/^[1-9]\d+$/);
    }
  });

  it('giftCollectionUpdate: the gift, its diamonds and its line', () => {
    const updates = eventsOf('GiftCollectionUpdateMessage', 'giftCollectionUpdate');
    expect(updates).toHaveLength(10);
    for (const u of updates) {
      expect(u.diamondCount).toBe(1000);
      expect(u.text).toBe(`Sent ${u.giftName}`);
      expect(u.updateType).toBeGreaterThan(0);
    }
    expect(updates.filter((u) => u.giftId === 6233 && u.giftName === 'Travel with You')).toHaveLength(9);
    expect(updates.find((u) => u.giftId === 8042)).toMatchObject({ giftName: 'Travel in the US', updateType: 3 });
  });

  it('goodyBag: the bag, its diamonds and people, and who got how much', () => {
    const bags = eventsOf('GoodyBagMessage', 'goodyBag');
    expect(bags).toHaveLength(10);
    for (const b of bags) {
      expect(b.goodyBagId).toMatch(ID);
      expect(b.diamondCount).toBeGreaterThan(0);
      expect(b.peopleCount).toBeGreaterThan(0);
      expect(captureMs(b.openTime)).toBe(true);
      for (const w of b.winners) {
        expect(w.userId).toMatch(/^\d{15,19}$/);
        expect(w.uniqueId.length).toBeGreaterThan(0);
        expect(w.amount).toBeGreaterThan(0);
      }
    }
    expect(bags.some((b) => b.winners.length > 0)).toBe(true);
    expect(bags.find((b) => b.msgId === '7286184547637332742')).toMatchObject({
      goodyBagId: '7286184599424535301',
      diamondCount: 5,
      peopleCount: 10,
      openTime: 1696447667000,
      winners: [],
    });
    expect(bags.map((b) => b.message)).toContain('go go wishlist');
  });

  it('hashtag: the topic id', () => {
    for (const h of eventsOf('HashtagMessage', 'hashtag')) expect(h.hashtagId).toBe('5');
  });

  it('inRoomBannerRefresh: the refresh interval', () => {
    expect(eventsOf('InRoomBannerRefreshMessage', 'inRoomBannerRefresh').map((e) => e.refreshInterval)).toEqual([20]);
  });

  it('linkMicAnchorGuide: the host to link up with', () => {
    const guides = eventsOf('LinkMicAnchorGuideMessage', 'linkMicAnchorGuide');
    expect(guides).toHaveLength(10);
    for (const g of guides) {
      expect(g.guideType).toBeGreaterThan(0);
      expect(g.anchorUserId).toMatch(/^[1-9]\d+$/);
    }
  });

  it('linkScreenChange: the layout and the linked ids it joins', () => {
    const screens = eventsOf('LinkScreenChangeMessage', 'linkScreenChange');
    expect(screens).toHaveLength(10);
    for (const s of screens) expect(s.layoutKey).toMatch(/^\d{19}_/);
    expect(screens.find((s) => s.msgId === '7286182020346301189')).toMatchObject({ messageType: 2, layoutType: 3, layoutKey: '7286162204725482501_7286177501715286789' });
  });

  it('battleNotice: the rule, rendered with the gift it names', () => {
    const notices = eventsOf('LinkmicBattleNoticeMessage', 'battleNotice');
    expect(notices).toHaveLength(10);
    for (const n of notices) {
      expect(n.noticeType).toBe(6);
      expect(n.text.length).toBeGreaterThan(20);
      expect(n.text).not.toMatch(/\{\d+:/);
    }
    expect(notices.find((n) => n.msgId === '7286171661922208544')!.text).toContain(', Rose, ');
  });

  it('paidContentLiveShopping: the content and when', () => {
    const items = eventsOf('PaidContentLiveShoppingMessage', 'paidContentLiveShopping');
    expect(items).toHaveLength(10);
    const offered = items.filter((i) => i.action === 1);
    expect(offered.length).toBeGreaterThan(0);
    for (const i of offered) {
      expect(i.contentId).toMatch(ID);
      expect(captureMs(i.eventTime)).toBe(true);
    }
  });

  it('partnershipCardChange and partnershipDownloadCount: the task and its downloads', () => {
    expect(eventsOf('PartnershipCardChangeMessage', 'partnershipCardChange')).toEqual([expect.objectContaining({ changeType: 1, taskId: '7259712642062273282' })]);
    const counts = eventsOf('PartnershipDownloadCountMessage', 'partnershipDownloadCount');
    expect(counts).toHaveLength(10);
    for (const c of counts) {
      expect(c.taskId).toMatch(ID);
      expect(c.downloadCount).toBeGreaterThan(0);
    }
  });

  it('pictionary: each round starts (two minutes), updates and ends with its word, in one game that then exits', () => {
    const starts = eventsOf('PictionaryStartMessage', 'pictionaryStart');
    const ends = eventsOf('PictionaryEndMessage', 'pictionaryEnd');
    const updates = eventsOf('PictionaryUpdateMessage', 'pictionaryUpdate');
    const exits = eventsOf('PictionaryExitMessage', 'pictionaryExit');
    for (const s of starts) {
      expect(s.pictionaryId).toMatch(ID);
      expect(s.endTime - s.startTime).toBe(120_000);
    }
    for (const e of ends) expect(e.answer.length).toBeGreaterThan(0);
    const round = starts.find((s) => s.pictionaryId === '7286178196004244230')!;
    expect(round).toMatchObject({ gameId: '7286156851301042950', startTime: 1696445577000 });
    expect(ends.find((e) => e.pictionaryId === round.pictionaryId)).toMatchObject({ answer: 'Chico', result: 3 });
    expect(updates.filter((u) => u.pictionaryId === '7286176456374487813').map((u) => u.updateType).sort()).toEqual([1, 2]);
    expect(exits.find((x) => x.gameId === round.gameId)).toMatchObject({ exitType: 1 });
  });

  it('questions: deleted, selected with its asker, put away, switched', () => {
    const deleted = eventsOf('QuestionDeleteMessage', 'questionDelete');
    expect(deleted).toHaveLength(10);
    for (const d of deleted) {
      expect(d.questionId).toMatch(ID);
      expect(d.userId).toMatch(/^\d{18,19}$/);
    }
    const selected = eventsOf('QuestionSelectedMessage', 'questionSelected');
    expect(selected).toHaveLength(10);
    for (const s of selected) {
      expect(s.questionId).toMatch(ID);
      expect(s.questionText.length).toBeGreaterThan(0);
      expect(s.user.userId).toMatch(/^\d+$/);
    }
    const put = eventsOf('QuestionSlideDownMessage', 'questionSlideDown');
    expect(put.map((p) => p.questionId)).toContain('7286182124117213216');
    expect(selected.map((s) => s.questionId)).toContain('7286182124117213216');
    expect(eventsOf('QuestionSwitchMessage', 'questionSwitch')).toHaveLength(1);
  });

  it('roomSticker: the sticker, its style and its text', () => {
    const stickers = eventsOf('RoomStickerMessage', 'roomSticker');
    expect(stickers).toHaveLength(10);
    const shown = stickers.filter((s) => s.stickerId !== '0');
    expect(shown.length).toBeGreaterThan(5);
    for (const s of shown) expect(s.title.length).toBeGreaterThan(0);
    expect(stickers.find((s) => s.msgId === '7286179789760531233')).toMatchObject({ stickerId: '2269957', stickerType: 4, title: 'Welcome' });
  });

  it('subTimerSticker: the timer, its total and what is left', () => {
    const timers = eventsOf('SubTimerStickerMessage', 'subTimerSticker');
    expect(timers).toHaveLength(10);
    for (const t of timers) {
      expect(t.timerId).toMatch(ID);
      expect(t.remainingSeconds).toBeLessThanOrEqual(t.totalSeconds);
      expect(captureMs(t.startTime)).toBe(true);
    }
    expect(timers.find((t) => t.msgId === '7286184091678034693')).toMatchObject({ status: 2, totalSeconds: 14400, remainingSeconds: 11646, startTime: 1696446934000 });
  });

  it('subWave: the wave, who started it and who joined', () => {
    const waves = eventsOf('SubWaveMessage', 'subWave');
    expect(waves).toHaveLength(10);
    for (const w of waves) {
      expect(w.waveId).toMatch(ID);
      expect(w.initiator.userId).toMatch(/^\d{18,19}$/);
      expect(w.participants.length).toBeGreaterThan(0);
      for (const p of w.participants) expect(p.userId).toMatch(/^[1-9]\d+$/);
      expect(captureMs(w.startTime)).toBe(true);
    }
    const wave = waves.find((w) => w.msgId === '7286181596390198048')!;
    expect(wave).toMatchObject({ waveId: '7286181596390148896', status: 2, progress: 17, startTime: 1696446364000, participantCount: 5 });
    expect(wave.participants.map((p) => p.userId)).toEqual(['7044569690270974978', '6811505602113569797']);
  });

  it('subscriptionGuide: the nudge and its button', () => {
    for (const g of eventsOf('SubscriptionGuideMessage', 'subscriptionGuide')) {
      expect(g).toMatchObject({ displayKey: 'pm_mt_goal_reminder', text: 'The host set a subscription goal.', buttonText: 'Support' });
    }
  });

  it('weeklyRankReward: the winner, the ranking and the announcement, read from a header at field 3', () => {
    const rewards = eventsOf('WeeklyRankRewardMessage', 'weeklyRankReward');
    expect(rewards).toHaveLength(10);
    for (const r of rewards) {
      expect(r.winnerUserId).toMatch(/^[1-9]\d+$/);
      expect(['weekly_rank', 'daily_rank']).toContain(r.rankSource);
      expect(r.text).toMatch(/No\. ?\d+/);
      expect(r.text).not.toMatch(/\{\d+:/);
    }
    expect(rewards.find((r) => r.msgId === '7285778118459296514')).toMatchObject({
      createTime: 1696352409254,
      winnerUserId: '7160960453275190277',
      rankSource: 'daily_rank',
      displayKey: 'pm_mt_daily_notice_hostlive',
    });
  });
});
