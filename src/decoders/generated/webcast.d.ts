import * as $protobuf from "protobufjs";
import Long = require("long");

export interface IPushHeader extends PushHeader.$Properties {
}

export class PushHeader {
    constructor(properties?: PushHeader.$Properties);
    $unknowns?: Uint8Array[];
    key: string;
    value: string;
    static encode(message: PushHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PushHeader & PushHeader.$Shape;
}

export namespace PushHeader {
    interface $Properties {
        key?: (string|null);
        value?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PushHeader.$Properties;
}

export interface IWebcastPushFrame extends WebcastPushFrame.$Properties {
}

export class WebcastPushFrame {
    constructor(properties?: WebcastPushFrame.$Properties);
    $unknowns?: Uint8Array[];
    seqId: (number|Long);
    logId: (number|Long);
    service: (number|Long);
    method: (number|Long);
    headers: PushHeader.$Properties[];
    payloadEncoding: string;
    payloadType: string;
    payload: Uint8Array;
    static encode(message: WebcastPushFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastPushFrame & WebcastPushFrame.$Shape;
}

export namespace WebcastPushFrame {
    interface $Properties {
        seqId?: (number|string|Long|null);
        logId?: (number|string|Long|null);
        service?: (number|string|Long|null);
        method?: (number|string|Long|null);
        headers?: (PushHeader.$Properties[]|null);
        payloadEncoding?: (string|null);
        payloadType?: (string|null);
        payload?: (Uint8Array|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastPushFrame.$Properties;
}

export interface IBaseProtoMessage extends BaseProtoMessage.$Properties {
}

export class BaseProtoMessage {
    constructor(properties?: BaseProtoMessage.$Properties);
    $unknowns?: Uint8Array[];
    method: string;
    payload: Uint8Array;
    msgId: (number|Long);
    msgType: number;
    offset: (number|Long);
    isHistory: boolean;
    sampleFlag: number;
    static encode(message: BaseProtoMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BaseProtoMessage & BaseProtoMessage.$Shape;
}

export namespace BaseProtoMessage {
    interface $Properties {
        method?: (string|null);
        payload?: (Uint8Array|null);
        msgId?: (number|string|Long|null);
        msgType?: (number|null);
        offset?: (number|string|Long|null);
        isHistory?: (boolean|null);
        sampleFlag?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BaseProtoMessage.$Properties;
}

export interface IProtoMessageFetchResult extends ProtoMessageFetchResult.$Properties {
}

export class ProtoMessageFetchResult {
    constructor(properties?: ProtoMessageFetchResult.$Properties);
    $unknowns?: Uint8Array[];
    messages: BaseProtoMessage.$Properties[];
    cursor: string;
    fetchInterval: (number|Long);
    now: (number|Long);
    internalExt: string;
    fetchType: number;
    routeParams: { [k: string]: string };
    heartbeatDuration: (number|Long);
    needAck: boolean;
    pushServer: string;
    isFirst: boolean;
    historyCommentCursor: string;
    historyNoMore: boolean;
    static encode(message: ProtoMessageFetchResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ProtoMessageFetchResult & ProtoMessageFetchResult.$Shape;
}

export namespace ProtoMessageFetchResult {
    interface $Properties {
        messages?: (BaseProtoMessage.$Properties[]|null);
        cursor?: (string|null);
        fetchInterval?: (number|string|Long|null);
        now?: (number|string|Long|null);
        internalExt?: (string|null);
        fetchType?: (number|null);
        routeParams?: ({ [k: string]: string }|null);
        heartbeatDuration?: (number|string|Long|null);
        needAck?: (boolean|null);
        pushServer?: (string|null);
        isFirst?: (boolean|null);
        historyCommentCursor?: (string|null);
        historyNoMore?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = ProtoMessageFetchResult.$Properties;
}

export interface IHeartBeatMessage extends HeartBeatMessage.$Properties {
}

export class HeartBeatMessage {
    constructor(properties?: HeartBeatMessage.$Properties);
    $unknowns?: Uint8Array[];
    roomId: (number|Long);
    sendPacketSeqId: (number|Long);
    static encode(message: HeartBeatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): HeartBeatMessage & HeartBeatMessage.$Shape;
}

export namespace HeartBeatMessage {
    interface $Properties {
        roomId?: (number|string|Long|null);
        sendPacketSeqId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = HeartBeatMessage.$Properties;
}

export interface IWebcastImEnterRoomMessage extends WebcastImEnterRoomMessage.$Properties {
}

export class WebcastImEnterRoomMessage {
    constructor(properties?: WebcastImEnterRoomMessage.$Properties);
    $unknowns?: Uint8Array[];
    roomId: (number|Long);
    roomTag: string;
    liveRegion: string;
    liveId: (number|Long);
    identity: string;
    cursor: string;
    accountType: (number|Long);
    enterUniqueId: (number|Long);
    filterWelcomeMsg: string;
    isAnchorContinueKeepMsg: boolean;
    static encode(message: WebcastImEnterRoomMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastImEnterRoomMessage & WebcastImEnterRoomMessage.$Shape;
}

export namespace WebcastImEnterRoomMessage {
    interface $Properties {
        roomId?: (number|string|Long|null);
        roomTag?: (string|null);
        liveRegion?: (string|null);
        liveId?: (number|string|Long|null);
        identity?: (string|null);
        cursor?: (string|null);
        accountType?: (number|string|Long|null);
        enterUniqueId?: (number|string|Long|null);
        filterWelcomeMsg?: (string|null);
        isAnchorContinueKeepMsg?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastImEnterRoomMessage.$Properties;
}

export interface IMessageCommonText extends MessageCommonText.$Properties {
}

export class MessageCommonText {
    constructor(properties?: MessageCommonText.$Properties);
    $unknowns?: Uint8Array[];
    key: string;
    defaultPattern: string;
    static encode(message: MessageCommonText.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): MessageCommonText & MessageCommonText.$Shape;
}

export namespace MessageCommonText {
    interface $Properties {
        key?: (string|null);
        defaultPattern?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = MessageCommonText.$Properties;
}

export interface ICommonMessageData extends CommonMessageData.$Properties {
}

export class CommonMessageData {
    constructor(properties?: CommonMessageData.$Properties);
    $unknowns?: Uint8Array[];
    method: string;
    msgId: (number|Long);
    roomId: (number|Long);
    createTime: (number|Long);
    displayText?: (MessageCommonText.$Properties|null);
    static encode(message: CommonMessageData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CommonMessageData & CommonMessageData.$Shape;
}

export namespace CommonMessageData {
    interface $Properties {
        method?: (string|null);
        msgId?: (number|string|Long|null);
        roomId?: (number|string|Long|null);
        createTime?: (number|string|Long|null);
        displayText?: (MessageCommonText.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = CommonMessageData.$Properties;
}

export interface IImageModel extends ImageModel.$Properties {
}

export class ImageModel {
    constructor(properties?: ImageModel.$Properties);
    $unknowns?: Uint8Array[];
    urlList: string[];
    static encode(message: ImageModel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ImageModel & ImageModel.$Shape;
}

export namespace ImageModel {
    interface $Properties {
        urlList?: (string[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = ImageModel.$Properties;
}

export interface IFollowInfo extends FollowInfo.$Properties {
}

export class FollowInfo {
    constructor(properties?: FollowInfo.$Properties);
    $unknowns?: Uint8Array[];
    followingCount: (number|Long);
    followerCount: (number|Long);
    followStatus: (number|Long);
    pushStatus: (number|Long);
    static encode(message: FollowInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): FollowInfo & FollowInfo.$Shape;
}

export namespace FollowInfo {
    interface $Properties {
        followingCount?: (number|string|Long|null);
        followerCount?: (number|string|Long|null);
        followStatus?: (number|string|Long|null);
        pushStatus?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = FollowInfo.$Properties;
}

export interface IUserAttr extends UserAttr.$Properties {
}

export class UserAttr {
    constructor(properties?: UserAttr.$Properties);
    $unknowns?: Uint8Array[];
    isMuted: boolean;
    isAdmin: boolean;
    isSuperAdmin: boolean;
    muteDuration: (number|Long);
    static encode(message: UserAttr.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): UserAttr & UserAttr.$Shape;
}

export namespace UserAttr {
    interface $Properties {
        isMuted?: (boolean|null);
        isAdmin?: (boolean|null);
        isSuperAdmin?: (boolean|null);
        muteDuration?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = UserAttr.$Properties;
}

export interface ISubscribeInfo extends SubscribeInfo.$Properties {
}

export class SubscribeInfo {
    constructor(properties?: SubscribeInfo.$Properties);
    $unknowns?: Uint8Array[];
    qualification: boolean;
    isSubscribe: boolean;
    enableSubscription: boolean;
    subscriberCount: number;
    isInGracePeriod: boolean;
    isSubscribedToAnchor: boolean;
    static encode(message: SubscribeInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SubscribeInfo & SubscribeInfo.$Shape;
}

export namespace SubscribeInfo {
    interface $Properties {
        qualification?: (boolean|null);
        isSubscribe?: (boolean|null);
        enableSubscription?: (boolean|null);
        subscriberCount?: (number|null);
        isInGracePeriod?: (boolean|null);
        isSubscribedToAnchor?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = SubscribeInfo.$Properties;
}

export interface IPrivilegeLogExtra extends PrivilegeLogExtra.$Properties {
}

export class PrivilegeLogExtra {
    constructor(properties?: PrivilegeLogExtra.$Properties);
    $unknowns?: Uint8Array[];
    dataVersion: string;
    privilegeId: string;
    privilegeVersion: string;
    privilegeOrderId: string;
    level: string;
    startTime: (number|Long);
    endTime: (number|Long);
    static encode(message: PrivilegeLogExtra.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PrivilegeLogExtra & PrivilegeLogExtra.$Shape;
}

export namespace PrivilegeLogExtra {
    interface $Properties {
        dataVersion?: (string|null);
        privilegeId?: (string|null);
        privilegeVersion?: (string|null);
        privilegeOrderId?: (string|null);
        level?: (string|null);
        startTime?: (number|string|Long|null);
        endTime?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PrivilegeLogExtra.$Properties;
}

export interface IImageBadge extends ImageBadge.$Properties {
}

export class ImageBadge {
    constructor(properties?: ImageBadge.$Properties);
    $unknowns?: Uint8Array[];
    displayType: number;
    image?: (ImageModel.$Properties|null);
    static encode(message: ImageBadge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ImageBadge & ImageBadge.$Shape;
}

export namespace ImageBadge {
    interface $Properties {
        displayType?: (number|null);
        image?: (ImageModel.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = ImageBadge.$Properties;
}

export interface ITextBadge extends TextBadge.$Properties {
}

export class TextBadge {
    constructor(properties?: TextBadge.$Properties);
    $unknowns?: Uint8Array[];
    displayType: number;
    key: string;
    defaultPattern: string;
    pieces: string[];
    static encode(message: TextBadge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TextBadge & TextBadge.$Shape;
}

export namespace TextBadge {
    interface $Properties {
        displayType?: (number|null);
        key?: (string|null);
        defaultPattern?: (string|null);
        pieces?: (string[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = TextBadge.$Properties;
}

export interface IStringBadge extends StringBadge.$Properties {
}

export class StringBadge {
    constructor(properties?: StringBadge.$Properties);
    $unknowns?: Uint8Array[];
    displayType: number;
    str: string;
    static encode(message: StringBadge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): StringBadge & StringBadge.$Shape;
}

export namespace StringBadge {
    interface $Properties {
        displayType?: (number|null);
        str?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = StringBadge.$Properties;
}

export interface ICombineBadgeStruct extends CombineBadgeStruct.$Properties {
}

export class CombineBadgeStruct {
    constructor(properties?: CombineBadgeStruct.$Properties);
    $unknowns?: Uint8Array[];
    displayType: number;
    icon?: (ImageModel.$Properties|null);
    str: string;
    static encode(message: CombineBadgeStruct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CombineBadgeStruct & CombineBadgeStruct.$Shape;
}

export namespace CombineBadgeStruct {
    interface $Properties {
        displayType?: (number|null);
        icon?: (ImageModel.$Properties|null);
        str?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = CombineBadgeStruct.$Properties;
}

export interface IBadgeStruct extends BadgeStruct.$Properties {
}

export class BadgeStruct {
    constructor(properties?: BadgeStruct.$Properties);
    $unknowns?: Uint8Array[];
    displayType: number;
    priorityType: number;
    sceneType: number;
    position: number;
    displayStatus: number;
    greyedByClient: (number|Long);
    exhibitionType: number;
    openweburl: string;
    display: boolean;
    privilegeLogExtra?: (PrivilegeLogExtra.$Properties|null);
    image?: (ImageBadge.$Properties|null);
    text?: (TextBadge.$Properties|null);
    str?: (StringBadge.$Properties|null);
    combine?: (CombineBadgeStruct.$Properties|null);
    isCustomized: boolean;
    static encode(message: BadgeStruct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BadgeStruct & BadgeStruct.$Shape;
}

export namespace BadgeStruct {
    interface $Properties {
        displayType?: (number|null);
        priorityType?: (number|null);
        sceneType?: (number|null);
        position?: (number|null);
        displayStatus?: (number|null);
        greyedByClient?: (number|string|Long|null);
        exhibitionType?: (number|null);
        openweburl?: (string|null);
        display?: (boolean|null);
        privilegeLogExtra?: (PrivilegeLogExtra.$Properties|null);
        image?: (ImageBadge.$Properties|null);
        text?: (TextBadge.$Properties|null);
        str?: (StringBadge.$Properties|null);
        combine?: (CombineBadgeStruct.$Properties|null);
        isCustomized?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BadgeStruct.$Properties;
}

export interface IUser extends User.$Properties {
}

export class User {
    constructor(properties?: User.$Properties);
    $unknowns?: Uint8Array[];
    id: (number|Long);
    nickname: string;
    avatarThumb?: (ImageModel.$Properties|null);
    avatarMedium?: (ImageModel.$Properties|null);
    avatarLarge?: (ImageModel.$Properties|null);
    followInfo?: (FollowInfo.$Properties|null);
    userAttr?: (UserAttr.$Properties|null);
    displayId: string;
    subscribeInfo?: (SubscribeInfo.$Properties|null);
    badgeList: BadgeStruct.$Properties[];
    idStr: string;
    static encode(message: User.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): User & User.$Shape;
}

export namespace User {
    interface $Properties {
        id?: (number|string|Long|null);
        nickname?: (string|null);
        avatarThumb?: (ImageModel.$Properties|null);
        avatarMedium?: (ImageModel.$Properties|null);
        avatarLarge?: (ImageModel.$Properties|null);
        followInfo?: (FollowInfo.$Properties|null);
        userAttr?: (UserAttr.$Properties|null);
        displayId?: (string|null);
        subscribeInfo?: (SubscribeInfo.$Properties|null);
        badgeList?: (BadgeStruct.$Properties[]|null);
        idStr?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = User.$Properties;
}

export interface IUserIdentity extends UserIdentity.$Properties {
}

export class UserIdentity {
    constructor(properties?: UserIdentity.$Properties);
    $unknowns?: Uint8Array[];
    isGiftGiverOfAnchor: boolean;
    isSubscriberOfAnchor: boolean;
    isMutualFollowingWithAnchor: boolean;
    isFollowerOfAnchor: boolean;
    isModeratorOfAnchor: boolean;
    isAnchor: boolean;
    static encode(message: UserIdentity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): UserIdentity & UserIdentity.$Shape;
}

export namespace UserIdentity {
    interface $Properties {
        isGiftGiverOfAnchor?: (boolean|null);
        isSubscriberOfAnchor?: (boolean|null);
        isMutualFollowingWithAnchor?: (boolean|null);
        isFollowerOfAnchor?: (boolean|null);
        isModeratorOfAnchor?: (boolean|null);
        isAnchor?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = UserIdentity.$Properties;
}

export interface IEmoteModel extends EmoteModel.$Properties {
}

export class EmoteModel {
    constructor(properties?: EmoteModel.$Properties);
    $unknowns?: Uint8Array[];
    emoteId: string;
    image?: (ImageModel.$Properties|null);
    auditStatus: number;
    uuid: string;
    emoteType: number;
    contentSource: number;
    emotePrivateType: number;
    packageId: string;
    createTime: (number|Long);
    emoteScene: number;
    static encode(message: EmoteModel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): EmoteModel & EmoteModel.$Shape;
}

export namespace EmoteModel {
    interface $Properties {
        emoteId?: (string|null);
        image?: (ImageModel.$Properties|null);
        auditStatus?: (number|null);
        uuid?: (string|null);
        emoteType?: (number|null);
        contentSource?: (number|null);
        emotePrivateType?: (number|null);
        packageId?: (string|null);
        createTime?: (number|string|Long|null);
        emoteScene?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = EmoteModel.$Properties;
}

export interface IEmojiEmoteWithIndex extends EmojiEmoteWithIndex.$Properties {
}

export class EmojiEmoteWithIndex {
    constructor(properties?: EmojiEmoteWithIndex.$Properties);
    $unknowns?: Uint8Array[];
    index: number;
    emote?: (EmoteModel.$Properties|null);
    static encode(message: EmojiEmoteWithIndex.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): EmojiEmoteWithIndex & EmojiEmoteWithIndex.$Shape;
}

export namespace EmojiEmoteWithIndex {
    interface $Properties {
        index?: (number|null);
        emote?: (EmoteModel.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = EmojiEmoteWithIndex.$Properties;
}

export interface IGift extends Gift.$Properties {
}

export class Gift {
    constructor(properties?: Gift.$Properties);
    $unknowns?: Uint8Array[];
    image?: (ImageModel.$Properties|null);
    describe: string;
    duration: number;
    id: (number|Long);
    forLinkmic: boolean;
    combo: boolean;
    type: number;
    diamondCount: number;
    isDisplayedOnPanel: boolean;
    primaryEffectId: (number|Long);
    giftLabelIcon?: (ImageModel.$Properties|null);
    name: string;
    icon?: (ImageModel.$Properties|null);
    goldEffect: string;
    previewImage?: (ImageModel.$Properties|null);
    isBroadcastGift: boolean;
    isEffectBefview: boolean;
    isRandomGift: boolean;
    isBoxGift: boolean;
    canPutInGiftBox: boolean;
    static encode(message: Gift.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Gift & Gift.$Shape;
}

export namespace Gift {
    interface $Properties {
        image?: (ImageModel.$Properties|null);
        describe?: (string|null);
        duration?: (number|null);
        id?: (number|string|Long|null);
        forLinkmic?: (boolean|null);
        combo?: (boolean|null);
        type?: (number|null);
        diamondCount?: (number|null);
        isDisplayedOnPanel?: (boolean|null);
        primaryEffectId?: (number|string|Long|null);
        giftLabelIcon?: (ImageModel.$Properties|null);
        name?: (string|null);
        icon?: (ImageModel.$Properties|null);
        goldEffect?: (string|null);
        previewImage?: (ImageModel.$Properties|null);
        isBroadcastGift?: (boolean|null);
        isEffectBefview?: (boolean|null);
        isRandomGift?: (boolean|null);
        isBoxGift?: (boolean|null);
        canPutInGiftBox?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = Gift.$Properties;
}

export interface IGiftMonitorInfo extends GiftMonitorInfo.$Properties {
}

export class GiftMonitorInfo {
    constructor(properties?: GiftMonitorInfo.$Properties);
    $unknowns?: Uint8Array[];
    anchorId: (number|Long);
    profitapiMessageDur: (number|Long);
    sendGiftProfitApiStartMs: (number|Long);
    sendGiftProfitCoreStartMs: (number|Long);
    sendGiftReqStartMs: (number|Long);
    sendGiftSendMessageSuccessMs: (number|Long);
    sendProfitapiDur: (number|Long);
    toUserId: (number|Long);
    sendGiftStartClientLocalMs: (number|Long);
    fromPlatform: string;
    fromVersion: string;
    static encode(message: GiftMonitorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): GiftMonitorInfo & GiftMonitorInfo.$Shape;
}

export namespace GiftMonitorInfo {
    interface $Properties {
        anchorId?: (number|string|Long|null);
        profitapiMessageDur?: (number|string|Long|null);
        sendGiftProfitApiStartMs?: (number|string|Long|null);
        sendGiftProfitCoreStartMs?: (number|string|Long|null);
        sendGiftReqStartMs?: (number|string|Long|null);
        sendGiftSendMessageSuccessMs?: (number|string|Long|null);
        sendProfitapiDur?: (number|string|Long|null);
        toUserId?: (number|string|Long|null);
        sendGiftStartClientLocalMs?: (number|string|Long|null);
        fromPlatform?: (string|null);
        fromVersion?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = GiftMonitorInfo.$Properties;
}

export interface IWebcastChatMessage extends WebcastChatMessage.$Properties {
}

export class WebcastChatMessage {
    constructor(properties?: WebcastChatMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    user?: (User.$Properties|null);
    content: string;
    visibleToSender: boolean;
    backgroundImage?: (ImageModel.$Properties|null);
    fullScreenTextColor: string;
    inputType: number;
    atUser?: (User.$Properties|null);
    emotes: EmojiEmoteWithIndex.$Properties[];
    contentLanguage: string;
    quickChatScene: number;
    communityFlaggedStatus: number;
    userIdentity?: (UserIdentity.$Properties|null);
    screenTime: (number|Long);
    signature: string;
    signatureVersion: string;
    ecStreamerKey: string;
    static encode(message: WebcastChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastChatMessage & WebcastChatMessage.$Shape;
}

export namespace WebcastChatMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        user?: (User.$Properties|null);
        content?: (string|null);
        visibleToSender?: (boolean|null);
        backgroundImage?: (ImageModel.$Properties|null);
        fullScreenTextColor?: (string|null);
        inputType?: (number|null);
        atUser?: (User.$Properties|null);
        emotes?: (EmojiEmoteWithIndex.$Properties[]|null);
        contentLanguage?: (string|null);
        quickChatScene?: (number|null);
        communityFlaggedStatus?: (number|null);
        userIdentity?: (UserIdentity.$Properties|null);
        screenTime?: (number|string|Long|null);
        signature?: (string|null);
        signatureVersion?: (string|null);
        ecStreamerKey?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastChatMessage.$Properties;
}

export interface IWebcastEmoteChatMessage extends WebcastEmoteChatMessage.$Properties {
}

export class WebcastEmoteChatMessage {
    constructor(properties?: WebcastEmoteChatMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    user?: (User.$Properties|null);
    emoteList: EmoteModel.$Properties[];
    userIdentity?: (UserIdentity.$Properties|null);
    static encode(message: WebcastEmoteChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastEmoteChatMessage & WebcastEmoteChatMessage.$Shape;
}

export namespace WebcastEmoteChatMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        user?: (User.$Properties|null);
        emoteList?: (EmoteModel.$Properties[]|null);
        userIdentity?: (UserIdentity.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastEmoteChatMessage.$Properties;
}

export interface IWebcastGiftMessage extends WebcastGiftMessage.$Properties {
}

export class WebcastGiftMessage {
    constructor(properties?: WebcastGiftMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    giftId: (number|Long);
    fanTicketCount: number;
    groupCount: number;
    repeatCount: number;
    comboCount: number;
    user?: (User.$Properties|null);
    toUser?: (User.$Properties|null);
    repeatEnd: number;
    groupId: (number|Long);
    incomeTaskgifts: (number|Long);
    roomFanTicketCount: (number|Long);
    gift?: (Gift.$Properties|null);
    logId: string;
    sendType: (number|Long);
    monitorExtra: string;
    monitorInfo?: (GiftMonitorInfo.$Properties|null);
    colorId: (number|Long);
    isFirstSent: boolean;
    orderId: string;
    userIdentity?: (UserIdentity.$Properties|null);
    toMemberId: string;
    toMemberIdInt: (number|Long);
    toMemberNickname: string;
    static encode(message: WebcastGiftMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastGiftMessage & WebcastGiftMessage.$Shape;
}

export namespace WebcastGiftMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        giftId?: (number|string|Long|null);
        fanTicketCount?: (number|null);
        groupCount?: (number|null);
        repeatCount?: (number|null);
        comboCount?: (number|null);
        user?: (User.$Properties|null);
        toUser?: (User.$Properties|null);
        repeatEnd?: (number|null);
        groupId?: (number|string|Long|null);
        incomeTaskgifts?: (number|string|Long|null);
        roomFanTicketCount?: (number|string|Long|null);
        gift?: (Gift.$Properties|null);
        logId?: (string|null);
        sendType?: (number|string|Long|null);
        monitorExtra?: (string|null);
        monitorInfo?: (GiftMonitorInfo.$Properties|null);
        colorId?: (number|string|Long|null);
        isFirstSent?: (boolean|null);
        orderId?: (string|null);
        userIdentity?: (UserIdentity.$Properties|null);
        toMemberId?: (string|null);
        toMemberIdInt?: (number|string|Long|null);
        toMemberNickname?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastGiftMessage.$Properties;
}

export interface IWebcastLikeMessage extends WebcastLikeMessage.$Properties {
}

export class WebcastLikeMessage {
    constructor(properties?: WebcastLikeMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    count: number;
    total: (number|Long);
    color: number;
    user?: (User.$Properties|null);
    icon: string;
    effectCnt: (number|Long);
    roomMessageHeatLevel: (number|Long);
    static encode(message: WebcastLikeMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLikeMessage & WebcastLikeMessage.$Shape;
}

export namespace WebcastLikeMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        count?: (number|null);
        total?: (number|string|Long|null);
        color?: (number|null);
        user?: (User.$Properties|null);
        icon?: (string|null);
        effectCnt?: (number|string|Long|null);
        roomMessageHeatLevel?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLikeMessage.$Properties;
}

export interface IWebcastMemberMessage extends WebcastMemberMessage.$Properties {
}

export class WebcastMemberMessage {
    constructor(properties?: WebcastMemberMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    user?: (User.$Properties|null);
    memberCount: number;
    operator?: (User.$Properties|null);
    isSetToAdmin: boolean;
    isTopUser: boolean;
    rankScore: number;
    topUserNo: number;
    enterType: number;
    action: number;
    actionDescription: string;
    userId: (number|Long);
    popStr: string;
    clientEnterSource: string;
    clientEnterType: string;
    clientLiveReason: string;
    actionDuration: (number|Long);
    userShareType: string;
    displayStyle: number;
    static encode(message: WebcastMemberMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastMemberMessage & WebcastMemberMessage.$Shape;
}

export namespace WebcastMemberMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        user?: (User.$Properties|null);
        memberCount?: (number|null);
        operator?: (User.$Properties|null);
        isSetToAdmin?: (boolean|null);
        isTopUser?: (boolean|null);
        rankScore?: (number|null);
        topUserNo?: (number|null);
        enterType?: (number|null);
        action?: (number|null);
        actionDescription?: (string|null);
        userId?: (number|string|Long|null);
        popStr?: (string|null);
        clientEnterSource?: (string|null);
        clientEnterType?: (string|null);
        clientLiveReason?: (string|null);
        actionDuration?: (number|string|Long|null);
        userShareType?: (string|null);
        displayStyle?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastMemberMessage.$Properties;
}

export interface IWebcastSocialMessage extends WebcastSocialMessage.$Properties {
}

export class WebcastSocialMessage {
    constructor(properties?: WebcastSocialMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    user?: (User.$Properties|null);
    shareType: (number|Long);
    action: (number|Long);
    shareTarget: string;
    followCount: (number|Long);
    shareDisplayStyle: (number|Long);
    shareCount: number;
    signature: string;
    signatureVersion: string;
    showDurationMs: (number|Long);
    followType: number;
    targetUserId: (number|Long);
    scene: string;
    static encode(message: WebcastSocialMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastSocialMessage & WebcastSocialMessage.$Shape;
}

export namespace WebcastSocialMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        user?: (User.$Properties|null);
        shareType?: (number|string|Long|null);
        action?: (number|string|Long|null);
        shareTarget?: (string|null);
        followCount?: (number|string|Long|null);
        shareDisplayStyle?: (number|string|Long|null);
        shareCount?: (number|null);
        signature?: (string|null);
        signatureVersion?: (string|null);
        showDurationMs?: (number|string|Long|null);
        followType?: (number|null);
        targetUserId?: (number|string|Long|null);
        scene?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastSocialMessage.$Properties;
}

export interface IContributor extends Contributor.$Properties {
}

export class Contributor {
    constructor(properties?: Contributor.$Properties);
    $unknowns?: Uint8Array[];
    score: (number|Long);
    user?: (User.$Properties|null);
    rank: (number|Long);
    delta: (number|Long);
    static encode(message: Contributor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Contributor & Contributor.$Shape;
}

export namespace Contributor {
    interface $Properties {
        score?: (number|string|Long|null);
        user?: (User.$Properties|null);
        rank?: (number|string|Long|null);
        delta?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = Contributor.$Properties;
}

export interface IWebcastRoomUserSeqMessage extends WebcastRoomUserSeqMessage.$Properties {
}

export class WebcastRoomUserSeqMessage {
    constructor(properties?: WebcastRoomUserSeqMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    ranks: Contributor.$Properties[];
    total: (number|Long);
    popStr: string;
    seats: Contributor.$Properties[];
    popularity: (number|Long);
    totalUser: (number|Long);
    anonymous: (number|Long);
    static encode(message: WebcastRoomUserSeqMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastRoomUserSeqMessage & WebcastRoomUserSeqMessage.$Shape;
}

export namespace WebcastRoomUserSeqMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        ranks?: (Contributor.$Properties[]|null);
        total?: (number|string|Long|null);
        popStr?: (string|null);
        seats?: (Contributor.$Properties[]|null);
        popularity?: (number|string|Long|null);
        totalUser?: (number|string|Long|null);
        anonymous?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastRoomUserSeqMessage.$Properties;
}

export interface IWebcastControlMessage extends WebcastControlMessage.$Properties {
}

export class WebcastControlMessage {
    constructor(properties?: WebcastControlMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    action: number;
    tips: string;
    perceptionAudienceText?: (MessageCommonText.$Properties|null);
    floatText?: (MessageCommonText.$Properties|null);
    floatStyle: number;
    static encode(message: WebcastControlMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastControlMessage & WebcastControlMessage.$Shape;
}

export namespace WebcastControlMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        action?: (number|null);
        tips?: (string|null);
        perceptionAudienceText?: (MessageCommonText.$Properties|null);
        floatText?: (MessageCommonText.$Properties|null);
        floatStyle?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastControlMessage.$Properties;
}

export interface IWebcastRoomMessage extends WebcastRoomMessage.$Properties {
}

export class WebcastRoomMessage {
    constructor(properties?: WebcastRoomMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    content: string;
    supprotLandscape: boolean;
    source: number;
    icon?: (ImageModel.$Properties|null);
    scene: string;
    isWelcome: boolean;
    showDurationMs: (number|Long);
    subScene: string;
    static encode(message: WebcastRoomMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastRoomMessage & WebcastRoomMessage.$Shape;
}

export namespace WebcastRoomMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        content?: (string|null);
        supprotLandscape?: (boolean|null);
        source?: (number|null);
        icon?: (ImageModel.$Properties|null);
        scene?: (string|null);
        isWelcome?: (boolean|null);
        showDurationMs?: (number|string|Long|null);
        subScene?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastRoomMessage.$Properties;
}

export interface IWebcastLiveIntroMessage extends WebcastLiveIntroMessage.$Properties {
}

export class WebcastLiveIntroMessage {
    constructor(properties?: WebcastLiveIntroMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    id: (number|Long);
    auditStatus: number;
    content: string;
    user?: (User.$Properties|null);
    introMode: number;
    badges: BadgeStruct.$Properties[];
    contentLanguage: string;
    static encode(message: WebcastLiveIntroMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLiveIntroMessage & WebcastLiveIntroMessage.$Shape;
}

export namespace WebcastLiveIntroMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        id?: (number|string|Long|null);
        auditStatus?: (number|null);
        content?: (string|null);
        user?: (User.$Properties|null);
        introMode?: (number|null);
        badges?: (BadgeStruct.$Properties[]|null);
        contentLanguage?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLiveIntroMessage.$Properties;
}

export interface IWebcastSubNotifyMessage extends WebcastSubNotifyMessage.$Properties {
}

export class WebcastSubNotifyMessage {
    constructor(properties?: WebcastSubNotifyMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    user?: (User.$Properties|null);
    exhibitionType: number;
    subMonth: (number|Long);
    subscribeType: number;
    oldSubscribeStatus: number;
    messageType: number;
    subscribingStatus: number;
    isSend: boolean;
    isCustom: boolean;
    giftSource: number;
    messageDisplayStyle: number;
    packageId: string;
    static encode(message: WebcastSubNotifyMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastSubNotifyMessage & WebcastSubNotifyMessage.$Shape;
}

export namespace WebcastSubNotifyMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        user?: (User.$Properties|null);
        exhibitionType?: (number|null);
        subMonth?: (number|string|Long|null);
        subscribeType?: (number|null);
        oldSubscribeStatus?: (number|null);
        messageType?: (number|null);
        subscribingStatus?: (number|null);
        isSend?: (boolean|null);
        isCustom?: (boolean|null);
        giftSource?: (number|null);
        messageDisplayStyle?: (number|null);
        packageId?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastSubNotifyMessage.$Properties;
}

export interface IMessageRedEnvelopInfo extends MessageRedEnvelopInfo.$Properties {
}

export class MessageRedEnvelopInfo {
    constructor(properties?: MessageRedEnvelopInfo.$Properties);
    $unknowns?: Uint8Array[];
    envelopeId: string;
    businessType: number;
    envelopeIdc: string;
    sendUserName: string;
    diamondCount: number;
    peopleCount: number;
    unpackAt: number;
    sendUserId: string;
    sendUserAvatar?: (ImageModel.$Properties|null);
    createAt: string;
    roomId: string;
    followShowStatus: number;
    skinId: number;
    voteCount: number;
    superFanCount: number;
    static encode(message: MessageRedEnvelopInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): MessageRedEnvelopInfo & MessageRedEnvelopInfo.$Shape;
}

export namespace MessageRedEnvelopInfo {
    interface $Properties {
        envelopeId?: (string|null);
        businessType?: (number|null);
        envelopeIdc?: (string|null);
        sendUserName?: (string|null);
        diamondCount?: (number|null);
        peopleCount?: (number|null);
        unpackAt?: (number|null);
        sendUserId?: (string|null);
        sendUserAvatar?: (ImageModel.$Properties|null);
        createAt?: (string|null);
        roomId?: (string|null);
        followShowStatus?: (number|null);
        skinId?: (number|null);
        voteCount?: (number|null);
        superFanCount?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = MessageRedEnvelopInfo.$Properties;
}

export interface IWebcastEnvelopeMessage extends WebcastEnvelopeMessage.$Properties {
}

export class WebcastEnvelopeMessage {
    constructor(properties?: WebcastEnvelopeMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    envelopeInfo?: (MessageRedEnvelopInfo.$Properties|null);
    display: number;
    static encode(message: WebcastEnvelopeMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastEnvelopeMessage & WebcastEnvelopeMessage.$Shape;
}

export namespace WebcastEnvelopeMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        envelopeInfo?: (MessageRedEnvelopInfo.$Properties|null);
        display?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastEnvelopeMessage.$Properties;
}

export interface IQuestion extends Question.$Properties {
}

export class Question {
    constructor(properties?: Question.$Properties);
    $unknowns?: Uint8Array[];
    questionId: (number|Long);
    content: string;
    answerStatus: number;
    createTime: (number|Long);
    user?: (User.$Properties|null);
    createFrom: number;
    answerFrom: number;
    static encode(message: Question.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Question & Question.$Shape;
}

export namespace Question {
    interface $Properties {
        questionId?: (number|string|Long|null);
        content?: (string|null);
        answerStatus?: (number|null);
        createTime?: (number|string|Long|null);
        user?: (User.$Properties|null);
        createFrom?: (number|null);
        answerFrom?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = Question.$Properties;
}

export interface IWebcastQuestionNewMessage extends WebcastQuestionNewMessage.$Properties {
}

export class WebcastQuestionNewMessage {
    constructor(properties?: WebcastQuestionNewMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    data?: (Question.$Properties|null);
    static encode(message: WebcastQuestionNewMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastQuestionNewMessage & WebcastQuestionNewMessage.$Shape;
}

export namespace WebcastQuestionNewMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        data?: (Question.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastQuestionNewMessage.$Properties;
}

export interface IBattleSetting extends BattleSetting.$Properties {
}

export class BattleSetting {
    constructor(properties?: BattleSetting.$Properties);
    $unknowns?: Uint8Array[];
    battleId: (number|Long);
    startTimeMs: (number|Long);
    duration: number;
    channelId: (number|Long);
    status: number;
    inviteType: number;
    battleType: number;
    extraDurationSecond: (number|Long);
    endTimeMs: (number|Long);
    static encode(message: BattleSetting.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleSetting & BattleSetting.$Shape;
}

export namespace BattleSetting {
    interface $Properties {
        battleId?: (number|string|Long|null);
        startTimeMs?: (number|string|Long|null);
        duration?: (number|null);
        channelId?: (number|string|Long|null);
        status?: (number|null);
        inviteType?: (number|null);
        battleType?: (number|null);
        extraDurationSecond?: (number|string|Long|null);
        endTimeMs?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleSetting.$Properties;
}

export interface IBattleResult extends BattleResult.$Properties {
}

export class BattleResult {
    constructor(properties?: BattleResult.$Properties);
    $unknowns?: Uint8Array[];
    userId: (number|Long);
    result: number;
    score: (number|Long);
    diamondScore: (number|Long);
    static encode(message: BattleResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleResult & BattleResult.$Shape;
}

export namespace BattleResult {
    interface $Properties {
        userId?: (number|string|Long|null);
        result?: (number|null);
        score?: (number|string|Long|null);
        diamondScore?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleResult.$Properties;
}

export interface IBattleResultEntry extends BattleResultEntry.$Properties {
}

export class BattleResultEntry {
    constructor(properties?: BattleResultEntry.$Properties);
    $unknowns?: Uint8Array[];
    key: (number|Long);
    value?: (BattleResult.$Properties|null);
    static encode(message: BattleResultEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleResultEntry & BattleResultEntry.$Shape;
}

export namespace BattleResultEntry {
    interface $Properties {
        key?: (number|string|Long|null);
        value?: (BattleResult.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleResultEntry.$Properties;
}

export interface IBattleBaseUserInfo extends BattleBaseUserInfo.$Properties {
}

export class BattleBaseUserInfo {
    constructor(properties?: BattleBaseUserInfo.$Properties);
    $unknowns?: Uint8Array[];
    userId: (number|Long);
    nickName: string;
    avatarThumb?: (ImageModel.$Properties|null);
    displayId: string;
    roomId: (number|Long);
    invitationRole: number;
    static encode(message: BattleBaseUserInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleBaseUserInfo & BattleBaseUserInfo.$Shape;
}

export namespace BattleBaseUserInfo {
    interface $Properties {
        userId?: (number|string|Long|null);
        nickName?: (string|null);
        avatarThumb?: (ImageModel.$Properties|null);
        displayId?: (string|null);
        roomId?: (number|string|Long|null);
        invitationRole?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleBaseUserInfo.$Properties;
}

export interface IBattleUserInfo extends BattleUserInfo.$Properties {
}

export class BattleUserInfo {
    constructor(properties?: BattleUserInfo.$Properties);
    $unknowns?: Uint8Array[];
    user?: (BattleBaseUserInfo.$Properties|null);
    static encode(message: BattleUserInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleUserInfo & BattleUserInfo.$Shape;
}

export namespace BattleUserInfo {
    interface $Properties {
        user?: (BattleBaseUserInfo.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleUserInfo.$Properties;
}

export interface IBattleUserInfoWrapper extends BattleUserInfoWrapper.$Properties {
}

export class BattleUserInfoWrapper {
    constructor(properties?: BattleUserInfoWrapper.$Properties);
    $unknowns?: Uint8Array[];
    key: (number|Long);
    value?: (BattleUserInfo.$Properties|null);
    static encode(message: BattleUserInfoWrapper.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleUserInfoWrapper & BattleUserInfoWrapper.$Shape;
}

export namespace BattleUserInfoWrapper {
    interface $Properties {
        key?: (number|string|Long|null);
        value?: (BattleUserInfo.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleUserInfoWrapper.$Properties;
}

export interface IBattleUserArmy extends BattleUserArmy.$Properties {
}

export class BattleUserArmy {
    constructor(properties?: BattleUserArmy.$Properties);
    $unknowns?: Uint8Array[];
    userId: (number|Long);
    score: (number|Long);
    nickname: string;
    avatarThumb?: (ImageModel.$Properties|null);
    diamondScore: (number|Long);
    userIdStr: string;
    static encode(message: BattleUserArmy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleUserArmy & BattleUserArmy.$Shape;
}

export namespace BattleUserArmy {
    interface $Properties {
        userId?: (number|string|Long|null);
        score?: (number|string|Long|null);
        nickname?: (string|null);
        avatarThumb?: (ImageModel.$Properties|null);
        diamondScore?: (number|string|Long|null);
        userIdStr?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleUserArmy.$Properties;
}

export interface IBattleUserArmies extends BattleUserArmies.$Properties {
}

export class BattleUserArmies {
    constructor(properties?: BattleUserArmies.$Properties);
    $unknowns?: Uint8Array[];
    userArmies: BattleUserArmy.$Properties[];
    hostscore: (number|Long);
    anchorIdStr: string;
    static encode(message: BattleUserArmies.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleUserArmies & BattleUserArmies.$Shape;
}

export namespace BattleUserArmies {
    interface $Properties {
        userArmies?: (BattleUserArmy.$Properties[]|null);
        hostscore?: (number|string|Long|null);
        anchorIdStr?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleUserArmies.$Properties;
}

export interface IUserArmiesWrapper extends UserArmiesWrapper.$Properties {
}

export class UserArmiesWrapper {
    constructor(properties?: UserArmiesWrapper.$Properties);
    $unknowns?: Uint8Array[];
    key: (number|Long);
    value?: (BattleUserArmies.$Properties|null);
    static encode(message: UserArmiesWrapper.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): UserArmiesWrapper & UserArmiesWrapper.$Shape;
}

export namespace UserArmiesWrapper {
    interface $Properties {
        key?: (number|string|Long|null);
        value?: (BattleUserArmies.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = UserArmiesWrapper.$Properties;
}

export interface IWebcastLinkMicBattle extends WebcastLinkMicBattle.$Properties {
}

export class WebcastLinkMicBattle {
    constructor(properties?: WebcastLinkMicBattle.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    battleId: (number|Long);
    battleSettings?: (BattleSetting.$Properties|null);
    action: number;
    battleResult: BattleResultEntry.$Properties[];
    armies: UserArmiesWrapper.$Properties[];
    anchorsInfo: BattleUserInfoWrapper.$Properties[];
    bubbleText: string;
    actionByUserId: (number|Long);
    static encode(message: WebcastLinkMicBattle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkMicBattle & WebcastLinkMicBattle.$Shape;
}

export namespace WebcastLinkMicBattle {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        battleId?: (number|string|Long|null);
        battleSettings?: (BattleSetting.$Properties|null);
        action?: (number|null);
        battleResult?: (BattleResultEntry.$Properties[]|null);
        armies?: (UserArmiesWrapper.$Properties[]|null);
        anchorsInfo?: (BattleUserInfoWrapper.$Properties[]|null);
        bubbleText?: (string|null);
        actionByUserId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkMicBattle.$Properties;
}

export interface IWebcastLinkMicArmies extends WebcastLinkMicArmies.$Properties {
}

export class WebcastLinkMicArmies {
    constructor(properties?: WebcastLinkMicArmies.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    battleId: (number|Long);
    armies: UserArmiesWrapper.$Properties[];
    channelId: (number|Long);
    sendGiftSuccessTime: (number|Long);
    updateBattleScoreTime: (number|Long);
    triggerReason: number;
    fromUserId: (number|Long);
    giftId: (number|Long);
    giftCount: number;
    totalDiamondCount: number;
    repeatCount: number;
    logId: string;
    battleSettings?: (BattleSetting.$Properties|null);
    static encode(message: WebcastLinkMicArmies.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkMicArmies & WebcastLinkMicArmies.$Shape;
}

export namespace WebcastLinkMicArmies {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        battleId?: (number|string|Long|null);
        armies?: (UserArmiesWrapper.$Properties[]|null);
        channelId?: (number|string|Long|null);
        sendGiftSuccessTime?: (number|string|Long|null);
        updateBattleScoreTime?: (number|string|Long|null);
        triggerReason?: (number|null);
        fromUserId?: (number|string|Long|null);
        giftId?: (number|string|Long|null);
        giftCount?: (number|null);
        totalDiamondCount?: (number|null);
        repeatCount?: (number|null);
        logId?: (string|null);
        battleSettings?: (BattleSetting.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkMicArmies.$Properties;
}

export interface IWebcastLinkMicMethod extends WebcastLinkMicMethod.$Properties {
}

export class WebcastLinkMicMethod {
    constructor(properties?: WebcastLinkMicMethod.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    messageType: number;
    accessKey: string;
    anchorLinkmicId: number;
    userId: (number|Long);
    fanTicket: (number|Long);
    totalLinkmicFanTicket: (number|Long);
    channelId: (number|Long);
    layout: number;
    vendor: number;
    dimension: number;
    theme: string;
    inviteUid: (number|Long);
    answer: number;
    startTime: (number|Long);
    duration: number;
    matchType: number;
    win: boolean;
    prompts: string;
    toUserId: (number|Long);
    fromUserId: (number|Long);
    tips: string;
    startTimeMs: (number|Long);
    fromRoomId: (number|Long);
    inviteType: number;
    subType: (number|Long);
    rivalAnchorId: (number|Long);
    linkedUsers: User.$Properties[];
    static encode(message: WebcastLinkMicMethod.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkMicMethod & WebcastLinkMicMethod.$Shape;
}

export namespace WebcastLinkMicMethod {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        messageType?: (number|null);
        accessKey?: (string|null);
        anchorLinkmicId?: (number|null);
        userId?: (number|string|Long|null);
        fanTicket?: (number|string|Long|null);
        totalLinkmicFanTicket?: (number|string|Long|null);
        channelId?: (number|string|Long|null);
        layout?: (number|null);
        vendor?: (number|null);
        dimension?: (number|null);
        theme?: (string|null);
        inviteUid?: (number|string|Long|null);
        answer?: (number|null);
        startTime?: (number|string|Long|null);
        duration?: (number|null);
        matchType?: (number|null);
        win?: (boolean|null);
        prompts?: (string|null);
        toUserId?: (number|string|Long|null);
        fromUserId?: (number|string|Long|null);
        tips?: (string|null);
        startTimeMs?: (number|string|Long|null);
        fromRoomId?: (number|string|Long|null);
        inviteType?: (number|null);
        subType?: (number|string|Long|null);
        rivalAnchorId?: (number|string|Long|null);
        linkedUsers?: (User.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkMicMethod.$Properties;
}

export interface ILinkerListUser extends LinkerListUser.$Properties {
}

export class LinkerListUser {
    constructor(properties?: LinkerListUser.$Properties);
    $unknowns?: Uint8Array[];
    user?: (User.$Properties|null);
    linkmicId: (number|Long);
    linkmicIdStr: string;
    static encode(message: LinkerListUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LinkerListUser & LinkerListUser.$Shape;
}

export namespace LinkerListUser {
    interface $Properties {
        user?: (User.$Properties|null);
        linkmicId?: (number|string|Long|null);
        linkmicIdStr?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LinkerListUser.$Properties;
}

export interface ILinkListUser extends LinkListUser.$Properties {
}

export class LinkListUser {
    constructor(properties?: LinkListUser.$Properties);
    $unknowns?: Uint8Array[];
    user?: (User.$Properties|null);
    modifyTime: (number|Long);
    linkType: number;
    roleType: number;
    linkmicIdStr: string;
    static encode(message: LinkListUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LinkListUser & LinkListUser.$Shape;
}

export namespace LinkListUser {
    interface $Properties {
        user?: (User.$Properties|null);
        modifyTime?: (number|string|Long|null);
        linkType?: (number|null);
        roleType?: (number|null);
        linkmicIdStr?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LinkListUser.$Properties;
}

export interface ILinkerCreateContent extends LinkerCreateContent.$Properties {
}

export class LinkerCreateContent {
    constructor(properties?: LinkerCreateContent.$Properties);
    $unknowns?: Uint8Array[];
    ownerId: (number|Long);
    ownerRoomId: (number|Long);
    linkType: (number|Long);
    static encode(message: LinkerCreateContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LinkerCreateContent & LinkerCreateContent.$Shape;
}

export namespace LinkerCreateContent {
    interface $Properties {
        ownerId?: (number|string|Long|null);
        ownerRoomId?: (number|string|Long|null);
        linkType?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LinkerCreateContent.$Properties;
}

export interface ILinkerEnterContent extends LinkerEnterContent.$Properties {
}

export class LinkerEnterContent {
    constructor(properties?: LinkerEnterContent.$Properties);
    $unknowns?: Uint8Array[];
    linkedUsers: LinkerListUser.$Properties[];
    static encode(message: LinkerEnterContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LinkerEnterContent & LinkerEnterContent.$Shape;
}

export namespace LinkerEnterContent {
    interface $Properties {
        linkedUsers?: (LinkerListUser.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LinkerEnterContent.$Properties;
}

export interface ILinkedListChangeContent extends LinkedListChangeContent.$Properties {
}

export class LinkedListChangeContent {
    constructor(properties?: LinkedListChangeContent.$Properties);
    $unknowns?: Uint8Array[];
    linkedUsers: LinkerListUser.$Properties[];
    static encode(message: LinkedListChangeContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LinkedListChangeContent & LinkedListChangeContent.$Shape;
}

export namespace LinkedListChangeContent {
    interface $Properties {
        linkedUsers?: (LinkerListUser.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LinkedListChangeContent.$Properties;
}

export interface ILinkerListChangeContent extends LinkerListChangeContent.$Properties {
}

export class LinkerListChangeContent {
    constructor(properties?: LinkerListChangeContent.$Properties);
    $unknowns?: Uint8Array[];
    linkedUsers: LinkListUser.$Properties[];
    appliedUsers: LinkListUser.$Properties[];
    connectingUsers: LinkListUser.$Properties[];
    static encode(message: LinkerListChangeContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LinkerListChangeContent & LinkerListChangeContent.$Shape;
}

export namespace LinkerListChangeContent {
    interface $Properties {
        linkedUsers?: (LinkListUser.$Properties[]|null);
        appliedUsers?: (LinkListUser.$Properties[]|null);
        connectingUsers?: (LinkListUser.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LinkerListChangeContent.$Properties;
}

export interface IWebcastLinkMessage extends WebcastLinkMessage.$Properties {
}

export class WebcastLinkMessage {
    constructor(properties?: WebcastLinkMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    messageType: number;
    linkerId: (number|Long);
    scene: number;
    createContent?: (LinkerCreateContent.$Properties|null);
    enterContent?: (LinkerEnterContent.$Properties|null);
    linkedListChangeContent?: (LinkedListChangeContent.$Properties|null);
    listChangeContent?: (LinkerListChangeContent.$Properties|null);
    extra: string;
    expireTimestamp: (number|Long);
    static encode(message: WebcastLinkMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkMessage & WebcastLinkMessage.$Shape;
}

export namespace WebcastLinkMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        messageType?: (number|null);
        linkerId?: (number|string|Long|null);
        scene?: (number|null);
        createContent?: (LinkerCreateContent.$Properties|null);
        enterContent?: (LinkerEnterContent.$Properties|null);
        linkedListChangeContent?: (LinkedListChangeContent.$Properties|null);
        listChangeContent?: (LinkerListChangeContent.$Properties|null);
        extra?: (string|null);
        expireTimestamp?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkMessage.$Properties;
}

export interface IRankUpdate extends RankUpdate.$Properties {
}

export class RankUpdate {
    constructor(properties?: RankUpdate.$Properties);
    $unknowns?: Uint8Array[];
    rankType: number;
    ownRank: (number|Long);
    defaultContent?: (MessageCommonText.$Properties|null);
    showEntranceAnimation: boolean;
    countdown: (number|Long);
    belongType: number;
    requestFirstShowType: number;
    supportedVersion: (number|Long);
    owneronrank: boolean;
    currentScore: (number|Long);
    listSchema: string;
    static encode(message: RankUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RankUpdate & RankUpdate.$Shape;
}

export namespace RankUpdate {
    interface $Properties {
        rankType?: (number|null);
        ownRank?: (number|string|Long|null);
        defaultContent?: (MessageCommonText.$Properties|null);
        showEntranceAnimation?: (boolean|null);
        countdown?: (number|string|Long|null);
        belongType?: (number|null);
        requestFirstShowType?: (number|null);
        supportedVersion?: (number|string|Long|null);
        owneronrank?: (boolean|null);
        currentScore?: (number|string|Long|null);
        listSchema?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = RankUpdate.$Properties;
}

export interface IWebcastRankUpdateMessage extends WebcastRankUpdateMessage.$Properties {
}

export class WebcastRankUpdateMessage {
    constructor(properties?: WebcastRankUpdateMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    updates: RankUpdate.$Properties[];
    groupType: number;
    opType: number;
    rankPriority: (number|Long);
    static encode(message: WebcastRankUpdateMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastRankUpdateMessage & WebcastRankUpdateMessage.$Shape;
}

export namespace WebcastRankUpdateMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        updates?: (RankUpdate.$Properties[]|null);
        groupType?: (number|null);
        opType?: (number|null);
        rankPriority?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastRankUpdateMessage.$Properties;
}

export interface IHourlyRankData extends HourlyRankData.$Properties {
}

export class HourlyRankData {
    constructor(properties?: HourlyRankData.$Properties);
    $unknowns?: Uint8Array[];
    rankType: number;
    text?: (MessageCommonText.$Properties|null);
    static encode(message: HourlyRankData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): HourlyRankData & HourlyRankData.$Shape;
}

export namespace HourlyRankData {
    interface $Properties {
        rankType?: (number|null);
        text?: (MessageCommonText.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = HourlyRankData.$Properties;
}

export interface IWebcastHourlyRankMessage extends WebcastHourlyRankMessage.$Properties {
}

export class WebcastHourlyRankMessage {
    constructor(properties?: WebcastHourlyRankMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    data?: (HourlyRankData.$Properties|null);
    dataType: number;
    static encode(message: WebcastHourlyRankMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastHourlyRankMessage & WebcastHourlyRankMessage.$Shape;
}

export namespace WebcastHourlyRankMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        data?: (HourlyRankData.$Properties|null);
        dataType?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastHourlyRankMessage.$Properties;
}

export interface IUnknownMessage extends UnknownMessage.$Properties {
}

export class UnknownMessage {
    constructor(properties?: UnknownMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    static encode(message: UnknownMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): UnknownMessage & UnknownMessage.$Shape;
}

export namespace UnknownMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = UnknownMessage.$Properties;
}
