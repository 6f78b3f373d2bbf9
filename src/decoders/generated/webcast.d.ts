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

export interface ITextPieceUser extends TextPieceUser.$Properties {
}

export class TextPieceUser {
    constructor(properties?: TextPieceUser.$Properties);
    $unknowns?: Uint8Array[];
    user?: (User.$Properties|null);
    withColon: boolean;
    static encode(message: TextPieceUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TextPieceUser & TextPieceUser.$Shape;
}

export namespace TextPieceUser {
    interface $Properties {
        user?: (User.$Properties|null);
        withColon?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = TextPieceUser.$Properties;
}

export interface ITextPiecePatternRef extends TextPiecePatternRef.$Properties {
}

export class TextPiecePatternRef {
    constructor(properties?: TextPiecePatternRef.$Properties);
    $unknowns?: Uint8Array[];
    key: string;
    defaultPattern: string;
    static encode(message: TextPiecePatternRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TextPiecePatternRef & TextPiecePatternRef.$Shape;
}

export namespace TextPiecePatternRef {
    interface $Properties {
        key?: (string|null);
        defaultPattern?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = TextPiecePatternRef.$Properties;
}

export interface ITextPieceGift extends TextPieceGift.$Properties {
}

export class TextPieceGift {
    constructor(properties?: TextPieceGift.$Properties);
    $unknowns?: Uint8Array[];
    giftId: (number|Long);
    nameRef?: (TextPiecePatternRef.$Properties|null);
    static encode(message: TextPieceGift.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TextPieceGift & TextPieceGift.$Shape;
}

export namespace TextPieceGift {
    interface $Properties {
        giftId?: (number|string|Long|null);
        nameRef?: (TextPiecePatternRef.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = TextPieceGift.$Properties;
}

export interface ITextPiece extends TextPiece.$Properties {
}

export class TextPiece {
    constructor(properties?: TextPiece.$Properties);
    $unknowns?: Uint8Array[];
    type: number;
    stringValue: string;
    userValue?: (TextPieceUser.$Properties|null);
    giftValue?: (TextPieceGift.$Properties|null);
    static encode(message: TextPiece.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TextPiece & TextPiece.$Shape;
}

export namespace TextPiece {
    interface $Properties {
        type?: (number|null);
        stringValue?: (string|null);
        userValue?: (TextPieceUser.$Properties|null);
        giftValue?: (TextPieceGift.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = TextPiece.$Properties;
}

export interface IDisplayText extends DisplayText.$Properties {
}

export class DisplayText {
    constructor(properties?: DisplayText.$Properties);
    $unknowns?: Uint8Array[];
    key: string;
    defaultPattern: string;
    pieces: TextPiece.$Properties[];
    static encode(message: DisplayText.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DisplayText & DisplayText.$Shape;
}

export namespace DisplayText {
    interface $Properties {
        key?: (string|null);
        defaultPattern?: (string|null);
        pieces?: (TextPiece.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = DisplayText.$Properties;
}

export interface IDisplayCommonMessageData extends DisplayCommonMessageData.$Properties {
}

export class DisplayCommonMessageData {
    constructor(properties?: DisplayCommonMessageData.$Properties);
    $unknowns?: Uint8Array[];
    method: string;
    msgId: (number|Long);
    roomId: (number|Long);
    createTime: (number|Long);
    describe: string;
    displayText?: (DisplayText.$Properties|null);
    static encode(message: DisplayCommonMessageData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DisplayCommonMessageData & DisplayCommonMessageData.$Shape;
}

export namespace DisplayCommonMessageData {
    interface $Properties {
        method?: (string|null);
        msgId?: (number|string|Long|null);
        roomId?: (number|string|Long|null);
        createTime?: (number|string|Long|null);
        describe?: (string|null);
        displayText?: (DisplayText.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = DisplayCommonMessageData.$Properties;
}

export interface ILiveStreamGoalIndicator extends LiveStreamGoalIndicator.$Properties {
}

export class LiveStreamGoalIndicator {
    constructor(properties?: LiveStreamGoalIndicator.$Properties);
    $unknowns?: Uint8Array[];
    key: string;
    op: number;
    static encode(message: LiveStreamGoalIndicator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LiveStreamGoalIndicator & LiveStreamGoalIndicator.$Shape;
}

export namespace LiveStreamGoalIndicator {
    interface $Properties {
        key?: (string|null);
        op?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LiveStreamGoalIndicator.$Properties;
}

export interface ILiveStreamSubGoalGift extends LiveStreamSubGoalGift.$Properties {
}

export class LiveStreamSubGoalGift {
    constructor(properties?: LiveStreamSubGoalGift.$Properties);
    $unknowns?: Uint8Array[];
    name: string;
    icon?: (ImageModel.$Properties|null);
    diamondCount: (number|Long);
    type: number;
    static encode(message: LiveStreamSubGoalGift.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LiveStreamSubGoalGift & LiveStreamSubGoalGift.$Shape;
}

export namespace LiveStreamSubGoalGift {
    interface $Properties {
        name?: (string|null);
        icon?: (ImageModel.$Properties|null);
        diamondCount?: (number|string|Long|null);
        type?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LiveStreamSubGoalGift.$Properties;
}

export interface ILiveStreamSubGoal extends LiveStreamSubGoal.$Properties {
}

export class LiveStreamSubGoal {
    constructor(properties?: LiveStreamSubGoal.$Properties);
    $unknowns?: Uint8Array[];
    type: number;
    id: (number|Long);
    progress: (number|Long);
    target: (number|Long);
    gift?: (LiveStreamSubGoalGift.$Properties|null);
    idStr: string;
    static encode(message: LiveStreamSubGoal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LiveStreamSubGoal & LiveStreamSubGoal.$Shape;
}

export namespace LiveStreamSubGoal {
    interface $Properties {
        type?: (number|null);
        id?: (number|string|Long|null);
        progress?: (number|string|Long|null);
        target?: (number|string|Long|null);
        gift?: (LiveStreamSubGoalGift.$Properties|null);
        idStr?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LiveStreamSubGoal.$Properties;
}

export interface ILiveStreamGoalContributor extends LiveStreamGoalContributor.$Properties {
}

export class LiveStreamGoalContributor {
    constructor(properties?: LiveStreamGoalContributor.$Properties);
    $unknowns?: Uint8Array[];
    userId: (number|Long);
    avatar?: (ImageModel.$Properties|null);
    displayId: string;
    score: (number|Long);
    userIdStr: string;
    static encode(message: LiveStreamGoalContributor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LiveStreamGoalContributor & LiveStreamGoalContributor.$Shape;
}

export namespace LiveStreamGoalContributor {
    interface $Properties {
        userId?: (number|string|Long|null);
        avatar?: (ImageModel.$Properties|null);
        displayId?: (string|null);
        score?: (number|string|Long|null);
        userIdStr?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LiveStreamGoalContributor.$Properties;
}

export interface ILiveStreamGoal extends LiveStreamGoal.$Properties {
}

export class LiveStreamGoal {
    constructor(properties?: LiveStreamGoal.$Properties);
    $unknowns?: Uint8Array[];
    id: (number|Long);
    type: number;
    status: number;
    subGoals: LiveStreamSubGoal.$Properties[];
    description: string;
    startTime: (number|Long);
    expireTime: (number|Long);
    contributors: LiveStreamGoalContributor.$Properties[];
    idStr: string;
    static encode(message: LiveStreamGoal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LiveStreamGoal & LiveStreamGoal.$Shape;
}

export namespace LiveStreamGoal {
    interface $Properties {
        id?: (number|string|Long|null);
        type?: (number|null);
        status?: (number|null);
        subGoals?: (LiveStreamSubGoal.$Properties[]|null);
        description?: (string|null);
        startTime?: (number|string|Long|null);
        expireTime?: (number|string|Long|null);
        contributors?: (LiveStreamGoalContributor.$Properties[]|null);
        idStr?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LiveStreamGoal.$Properties;
}

export interface IWebcastGoalUpdateMessage extends WebcastGoalUpdateMessage.$Properties {
}

export class WebcastGoalUpdateMessage {
    constructor(properties?: WebcastGoalUpdateMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    indicator?: (LiveStreamGoalIndicator.$Properties|null);
    goal?: (LiveStreamGoal.$Properties|null);
    contributorId: (number|Long);
    contributorAvatar?: (ImageModel.$Properties|null);
    contributorDisplayId: string;
    contributeCount: (number|Long);
    contributeScore: (number|Long);
    giftRepeatCount: (number|Long);
    contributorIdStr: string;
    static encode(message: WebcastGoalUpdateMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastGoalUpdateMessage & WebcastGoalUpdateMessage.$Shape;
}

export namespace WebcastGoalUpdateMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        indicator?: (LiveStreamGoalIndicator.$Properties|null);
        goal?: (LiveStreamGoal.$Properties|null);
        contributorId?: (number|string|Long|null);
        contributorAvatar?: (ImageModel.$Properties|null);
        contributorDisplayId?: (string|null);
        contributeCount?: (number|string|Long|null);
        contributeScore?: (number|string|Long|null);
        giftRepeatCount?: (number|string|Long|null);
        contributorIdStr?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastGoalUpdateMessage.$Properties;
}

export interface IPinnedMessageCommon extends PinnedMessageCommon.$Properties {
}

export class PinnedMessageCommon {
    constructor(properties?: PinnedMessageCommon.$Properties);
    $unknowns?: Uint8Array[];
    method: string;
    msgId: (number|Long);
    describe: string;
    static encode(message: PinnedMessageCommon.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PinnedMessageCommon & PinnedMessageCommon.$Shape;
}

export namespace PinnedMessageCommon {
    interface $Properties {
        method?: (string|null);
        msgId?: (number|string|Long|null);
        describe?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PinnedMessageCommon.$Properties;
}

export interface IPinnedChatMessage extends PinnedChatMessage.$Properties {
}

export class PinnedChatMessage {
    constructor(properties?: PinnedChatMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (PinnedMessageCommon.$Properties|null);
    user?: (User.$Properties|null);
    content: string;
    static encode(message: PinnedChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PinnedChatMessage & PinnedChatMessage.$Shape;
}

export namespace PinnedChatMessage {
    interface $Properties {
        common?: (PinnedMessageCommon.$Properties|null);
        user?: (User.$Properties|null);
        content?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PinnedChatMessage.$Properties;
}

export interface IPinnedUserMessage extends PinnedUserMessage.$Properties {
}

export class PinnedUserMessage {
    constructor(properties?: PinnedUserMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (PinnedMessageCommon.$Properties|null);
    user?: (User.$Properties|null);
    static encode(message: PinnedUserMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PinnedUserMessage & PinnedUserMessage.$Shape;
}

export namespace PinnedUserMessage {
    interface $Properties {
        common?: (PinnedMessageCommon.$Properties|null);
        user?: (User.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PinnedUserMessage.$Properties;
}

export interface IPinnedLikeMessage extends PinnedLikeMessage.$Properties {
}

export class PinnedLikeMessage {
    constructor(properties?: PinnedLikeMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (PinnedMessageCommon.$Properties|null);
    user?: (User.$Properties|null);
    static encode(message: PinnedLikeMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PinnedLikeMessage & PinnedLikeMessage.$Shape;
}

export namespace PinnedLikeMessage {
    interface $Properties {
        common?: (PinnedMessageCommon.$Properties|null);
        user?: (User.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PinnedLikeMessage.$Properties;
}

export interface IPinnedGiftMessage extends PinnedGiftMessage.$Properties {
}

export class PinnedGiftMessage {
    constructor(properties?: PinnedGiftMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (PinnedMessageCommon.$Properties|null);
    user?: (User.$Properties|null);
    static encode(message: PinnedGiftMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PinnedGiftMessage & PinnedGiftMessage.$Shape;
}

export namespace PinnedGiftMessage {
    interface $Properties {
        common?: (PinnedMessageCommon.$Properties|null);
        user?: (User.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PinnedGiftMessage.$Properties;
}

export interface IWebcastRoomPinMessage extends WebcastRoomPinMessage.$Properties {
}

export class WebcastRoomPinMessage {
    constructor(properties?: WebcastRoomPinMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    chatMessage?: (PinnedChatMessage.$Properties|null);
    socialMessage?: (PinnedUserMessage.$Properties|null);
    giftMessage?: (PinnedGiftMessage.$Properties|null);
    memberMessage?: (PinnedUserMessage.$Properties|null);
    likeMessage?: (PinnedLikeMessage.$Properties|null);
    method: string;
    pinTime: (number|Long);
    operator?: (User.$Properties|null);
    action: number;
    displayDuration: (number|Long);
    pinMsgId: (number|Long);
    static encode(message: WebcastRoomPinMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastRoomPinMessage & WebcastRoomPinMessage.$Shape;
}

export namespace WebcastRoomPinMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        chatMessage?: (PinnedChatMessage.$Properties|null);
        socialMessage?: (PinnedUserMessage.$Properties|null);
        giftMessage?: (PinnedGiftMessage.$Properties|null);
        memberMessage?: (PinnedUserMessage.$Properties|null);
        likeMessage?: (PinnedLikeMessage.$Properties|null);
        method?: (string|null);
        pinTime?: (number|string|Long|null);
        operator?: (User.$Properties|null);
        action?: (number|null);
        displayDuration?: (number|string|Long|null);
        pinMsgId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastRoomPinMessage.$Properties;
}

export interface IPollOptionInfo extends PollOptionInfo.$Properties {
}

export class PollOptionInfo {
    constructor(properties?: PollOptionInfo.$Properties);
    $unknowns?: Uint8Array[];
    votes: (number|Long);
    displayContent: string;
    optionIdx: number;
    static encode(message: PollOptionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PollOptionInfo & PollOptionInfo.$Shape;
}

export namespace PollOptionInfo {
    interface $Properties {
        votes?: (number|string|Long|null);
        displayContent?: (string|null);
        optionIdx?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PollOptionInfo.$Properties;
}

export interface IPollStartContent extends PollStartContent.$Properties {
}

export class PollStartContent {
    constructor(properties?: PollStartContent.$Properties);
    $unknowns?: Uint8Array[];
    startTime: (number|Long);
    endTime: (number|Long);
    optionList: PollOptionInfo.$Properties[];
    title: string;
    operator?: (User.$Properties|null);
    static encode(message: PollStartContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PollStartContent & PollStartContent.$Shape;
}

export namespace PollStartContent {
    interface $Properties {
        startTime?: (number|string|Long|null);
        endTime?: (number|string|Long|null);
        optionList?: (PollOptionInfo.$Properties[]|null);
        title?: (string|null);
        operator?: (User.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PollStartContent.$Properties;
}

export interface IPollEndContent extends PollEndContent.$Properties {
}

export class PollEndContent {
    constructor(properties?: PollEndContent.$Properties);
    $unknowns?: Uint8Array[];
    endType: number;
    optionList: PollOptionInfo.$Properties[];
    operator?: (User.$Properties|null);
    static encode(message: PollEndContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PollEndContent & PollEndContent.$Shape;
}

export namespace PollEndContent {
    interface $Properties {
        endType?: (number|null);
        optionList?: (PollOptionInfo.$Properties[]|null);
        operator?: (User.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PollEndContent.$Properties;
}

export interface IPollUpdateVotesContent extends PollUpdateVotesContent.$Properties {
}

export class PollUpdateVotesContent {
    constructor(properties?: PollUpdateVotesContent.$Properties);
    $unknowns?: Uint8Array[];
    optionList: PollOptionInfo.$Properties[];
    operator?: (User.$Properties|null);
    static encode(message: PollUpdateVotesContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PollUpdateVotesContent & PollUpdateVotesContent.$Shape;
}

export namespace PollUpdateVotesContent {
    interface $Properties {
        optionList?: (PollOptionInfo.$Properties[]|null);
        operator?: (User.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PollUpdateVotesContent.$Properties;
}

export interface IWebcastPollMessage extends WebcastPollMessage.$Properties {
}

export class WebcastPollMessage {
    constructor(properties?: WebcastPollMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    messageType: (number|Long);
    pollId: (number|Long);
    startContent?: (PollStartContent.$Properties|null);
    endContent?: (PollEndContent.$Properties|null);
    updateVotesContent?: (PollUpdateVotesContent.$Properties|null);
    pollKind: number;
    static encode(message: WebcastPollMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastPollMessage & WebcastPollMessage.$Shape;
}

export namespace WebcastPollMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        messageType?: (number|string|Long|null);
        pollId?: (number|string|Long|null);
        startContent?: (PollStartContent.$Properties|null);
        endContent?: (PollEndContent.$Properties|null);
        updateVotesContent?: (PollUpdateVotesContent.$Properties|null);
        pollKind?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastPollMessage.$Properties;
}

export interface IWebcastImDeleteMessage extends WebcastImDeleteMessage.$Properties {
}

export class WebcastImDeleteMessage {
    constructor(properties?: WebcastImDeleteMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    deleteMsgIds: (number|string|Long)[];
    deleteUserIds: (number|string|Long)[];
    static encode(message: WebcastImDeleteMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastImDeleteMessage & WebcastImDeleteMessage.$Shape;
}

export namespace WebcastImDeleteMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        deleteMsgIds?: ((number|string|Long)[]|null);
        deleteUserIds?: ((number|string|Long)[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastImDeleteMessage.$Properties;
}

export interface ICaptionContent extends CaptionContent.$Properties {
}

export class CaptionContent {
    constructor(properties?: CaptionContent.$Properties);
    $unknowns?: Uint8Array[];
    lang: string;
    content: string;
    static encode(message: CaptionContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CaptionContent & CaptionContent.$Shape;
}

export namespace CaptionContent {
    interface $Properties {
        lang?: (string|null);
        content?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = CaptionContent.$Properties;
}

export interface IWebcastCaptionMessage extends WebcastCaptionMessage.$Properties {
}

export class WebcastCaptionMessage {
    constructor(properties?: WebcastCaptionMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    timestampMs: (number|Long);
    durationMs: (number|Long);
    content: CaptionContent.$Properties[];
    sentenceId: (number|Long);
    sequenceId: (number|Long);
    definite: boolean;
    static encode(message: WebcastCaptionMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastCaptionMessage & WebcastCaptionMessage.$Shape;
}

export namespace WebcastCaptionMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        timestampMs?: (number|string|Long|null);
        durationMs?: (number|string|Long|null);
        content?: (CaptionContent.$Properties[]|null);
        sentenceId?: (number|string|Long|null);
        sequenceId?: (number|string|Long|null);
        definite?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastCaptionMessage.$Properties;
}

export interface IWebcastInRoomBannerMessage extends WebcastInRoomBannerMessage.$Properties {
}

export class WebcastInRoomBannerMessage {
    constructor(properties?: WebcastInRoomBannerMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    data: string;
    static encode(message: WebcastInRoomBannerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastInRoomBannerMessage & WebcastInRoomBannerMessage.$Shape;
}

export namespace WebcastInRoomBannerMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        data?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastInRoomBannerMessage.$Properties;
}

export interface IBarrageTypeUserGradeParam extends BarrageTypeUserGradeParam.$Properties {
}

export class BarrageTypeUserGradeParam {
    constructor(properties?: BarrageTypeUserGradeParam.$Properties);
    $unknowns?: Uint8Array[];
    currentGrade: number;
    displayConfig: number;
    userId: string;
    user?: (User.$Properties|null);
    static encode(message: BarrageTypeUserGradeParam.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BarrageTypeUserGradeParam & BarrageTypeUserGradeParam.$Shape;
}

export namespace BarrageTypeUserGradeParam {
    interface $Properties {
        currentGrade?: (number|null);
        displayConfig?: (number|null);
        userId?: (string|null);
        user?: (User.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BarrageTypeUserGradeParam.$Properties;
}

export interface IBarrageTypeFansLevelParam extends BarrageTypeFansLevelParam.$Properties {
}

export class BarrageTypeFansLevelParam {
    constructor(properties?: BarrageTypeFansLevelParam.$Properties);
    $unknowns?: Uint8Array[];
    currentGrade: number;
    displayConfig: number;
    user?: (User.$Properties|null);
    static encode(message: BarrageTypeFansLevelParam.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BarrageTypeFansLevelParam & BarrageTypeFansLevelParam.$Shape;
}

export namespace BarrageTypeFansLevelParam {
    interface $Properties {
        currentGrade?: (number|null);
        displayConfig?: (number|null);
        user?: (User.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BarrageTypeFansLevelParam.$Properties;
}

export interface IWebcastBarrageMessage extends WebcastBarrageMessage.$Properties {
}

export class WebcastBarrageMessage {
    constructor(properties?: WebcastBarrageMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    msgType: number;
    icon?: (ImageModel.$Properties|null);
    content?: (DisplayText.$Properties|null);
    duration: (number|Long);
    scene: string;
    user?: (User.$Properties|null);
    userGradeParam?: (BarrageTypeUserGradeParam.$Properties|null);
    fansLevelParam?: (BarrageTypeFansLevelParam.$Properties|null);
    static encode(message: WebcastBarrageMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastBarrageMessage & WebcastBarrageMessage.$Shape;
}

export namespace WebcastBarrageMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        msgType?: (number|null);
        icon?: (ImageModel.$Properties|null);
        content?: (DisplayText.$Properties|null);
        duration?: (number|string|Long|null);
        scene?: (string|null);
        user?: (User.$Properties|null);
        userGradeParam?: (BarrageTypeUserGradeParam.$Properties|null);
        fansLevelParam?: (BarrageTypeFansLevelParam.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastBarrageMessage.$Properties;
}

export interface IWebcastLinkLayerMessage extends WebcastLinkLayerMessage.$Properties {
}

export class WebcastLinkLayerMessage {
    constructor(properties?: WebcastLinkLayerMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    messageType: number;
    channelId: (number|Long);
    scene: number;
    source: string;
    static encode(message: WebcastLinkLayerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkLayerMessage & WebcastLinkLayerMessage.$Shape;
}

export namespace WebcastLinkLayerMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        messageType?: (number|null);
        channelId?: (number|string|Long|null);
        scene?: (number|null);
        source?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkLayerMessage.$Properties;
}

export interface IUserFanTicket extends UserFanTicket.$Properties {
}

export class UserFanTicket {
    constructor(properties?: UserFanTicket.$Properties);
    $unknowns?: Uint8Array[];
    userId: (number|Long);
    fanTicket: (number|Long);
    matchTotalScore: (number|Long);
    matchRank: number;
    static encode(message: UserFanTicket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): UserFanTicket & UserFanTicket.$Shape;
}

export namespace UserFanTicket {
    interface $Properties {
        userId?: (number|string|Long|null);
        fanTicket?: (number|string|Long|null);
        matchTotalScore?: (number|string|Long|null);
        matchRank?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = UserFanTicket.$Properties;
}

export interface IFanTicketRoomNoticeContent extends FanTicketRoomNoticeContent.$Properties {
}

export class FanTicketRoomNoticeContent {
    constructor(properties?: FanTicketRoomNoticeContent.$Properties);
    $unknowns?: Uint8Array[];
    userFanTicket: UserFanTicket.$Properties[];
    totalLinkmicFanTicket: (number|Long);
    matchId: (number|Long);
    eventTime: (number|Long);
    static encode(message: FanTicketRoomNoticeContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): FanTicketRoomNoticeContent & FanTicketRoomNoticeContent.$Shape;
}

export namespace FanTicketRoomNoticeContent {
    interface $Properties {
        userFanTicket?: (UserFanTicket.$Properties[]|null);
        totalLinkmicFanTicket?: (number|string|Long|null);
        matchId?: (number|string|Long|null);
        eventTime?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = FanTicketRoomNoticeContent.$Properties;
}

export interface IWebcastLinkMicFanTicketMethod extends WebcastLinkMicFanTicketMethod.$Properties {
}

export class WebcastLinkMicFanTicketMethod {
    constructor(properties?: WebcastLinkMicFanTicketMethod.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    fanTicketRoomNotice?: (FanTicketRoomNoticeContent.$Properties|null);
    static encode(message: WebcastLinkMicFanTicketMethod.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkMicFanTicketMethod & WebcastLinkMicFanTicketMethod.$Shape;
}

export namespace WebcastLinkMicFanTicketMethod {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        fanTicketRoomNotice?: (FanTicketRoomNoticeContent.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkMicFanTicketMethod.$Properties;
}

export interface IBattlePromptElem extends BattlePromptElem.$Properties {
}

export class BattlePromptElem {
    constructor(properties?: BattlePromptElem.$Properties);
    $unknowns?: Uint8Array[];
    promptField: string;
    value: string;
    static encode(message: BattlePromptElem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattlePromptElem & BattlePromptElem.$Shape;
}

export namespace BattlePromptElem {
    interface $Properties {
        promptField?: (string|null);
        value?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattlePromptElem.$Properties;
}

export interface IBattlePrompt extends BattlePrompt.$Properties {
}

export class BattlePrompt {
    constructor(properties?: BattlePrompt.$Properties);
    $unknowns?: Uint8Array[];
    promptKey: string;
    elems: BattlePromptElem.$Properties[];
    static encode(message: BattlePrompt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattlePrompt & BattlePrompt.$Shape;
}

export namespace BattlePrompt {
    interface $Properties {
        promptKey?: (string|null);
        elems?: (BattlePromptElem.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattlePrompt.$Properties;
}

export interface IBattleTaskUpdate extends BattleTaskUpdate.$Properties {
}

export class BattleTaskUpdate {
    constructor(properties?: BattleTaskUpdate.$Properties);
    $unknowns?: Uint8Array[];
    progress: (number|Long);
    fromUserId: (number|Long);
    promptKey: string;
    static encode(message: BattleTaskUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleTaskUpdate & BattleTaskUpdate.$Shape;
}

export namespace BattleTaskUpdate {
    interface $Properties {
        progress?: (number|string|Long|null);
        fromUserId?: (number|string|Long|null);
        promptKey?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleTaskUpdate.$Properties;
}

export interface IBattleTaskSettle extends BattleTaskSettle.$Properties {
}

export class BattleTaskSettle {
    constructor(properties?: BattleTaskSettle.$Properties);
    $unknowns?: Uint8Array[];
    result: number;
    rewardStartTime: (number|Long);
    static encode(message: BattleTaskSettle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleTaskSettle & BattleTaskSettle.$Shape;
}

export namespace BattleTaskSettle {
    interface $Properties {
        result?: (number|null);
        rewardStartTime?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleTaskSettle.$Properties;
}

export interface IBattleRewardSettle extends BattleRewardSettle.$Properties {
}

export class BattleRewardSettle {
    constructor(properties?: BattleRewardSettle.$Properties);
    $unknowns?: Uint8Array[];
    prompt?: (BattlePrompt.$Properties|null);
    status: number;
    static encode(message: BattleRewardSettle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleRewardSettle & BattleRewardSettle.$Shape;
}

export namespace BattleRewardSettle {
    interface $Properties {
        prompt?: (BattlePrompt.$Properties|null);
        status?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleRewardSettle.$Properties;
}

export interface IWebcastLinkmicBattleTaskMessage extends WebcastLinkmicBattleTaskMessage.$Properties {
}

export class WebcastLinkmicBattleTaskMessage {
    constructor(properties?: WebcastLinkmicBattleTaskMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    taskMessageType: number;
    taskUpdate?: (BattleTaskUpdate.$Properties|null);
    taskSettle?: (BattleTaskSettle.$Properties|null);
    reward?: (BattleRewardSettle.$Properties|null);
    battleId: (number|Long);
    static encode(message: WebcastLinkmicBattleTaskMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkmicBattleTaskMessage & WebcastLinkmicBattleTaskMessage.$Shape;
}

export namespace WebcastLinkmicBattleTaskMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        taskMessageType?: (number|null);
        taskUpdate?: (BattleTaskUpdate.$Properties|null);
        taskSettle?: (BattleTaskSettle.$Properties|null);
        reward?: (BattleRewardSettle.$Properties|null);
        battleId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkmicBattleTaskMessage.$Properties;
}

export interface IWebcastLinkMicBattlePunishFinish extends WebcastLinkMicBattlePunishFinish.$Properties {
}

export class WebcastLinkMicBattlePunishFinish {
    constructor(properties?: WebcastLinkMicBattlePunishFinish.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    channelId: (number|Long);
    opUid: (number|Long);
    reason: number;
    battleId: (number|Long);
    battleSettings?: (BattleSetting.$Properties|null);
    static encode(message: WebcastLinkMicBattlePunishFinish.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkMicBattlePunishFinish & WebcastLinkMicBattlePunishFinish.$Shape;
}

export namespace WebcastLinkMicBattlePunishFinish {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        channelId?: (number|string|Long|null);
        opUid?: (number|string|Long|null);
        reason?: (number|null);
        battleId?: (number|string|Long|null);
        battleSettings?: (BattleSetting.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkMicBattlePunishFinish.$Properties;
}

export interface IAwardCardNotice extends AwardCardNotice.$Properties {
}

export class AwardCardNotice {
    constructor(properties?: AwardCardNotice.$Properties);
    $unknowns?: Uint8Array[];
    displayContent?: (DisplayText.$Properties|null);
    static encode(message: AwardCardNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): AwardCardNotice & AwardCardNotice.$Shape;
}

export namespace AwardCardNotice {
    interface $Properties {
        displayContent?: (DisplayText.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = AwardCardNotice.$Properties;
}

export interface IWebcastLinkMicBattleItemCard extends WebcastLinkMicBattleItemCard.$Properties {
}

export class WebcastLinkMicBattleItemCard {
    constructor(properties?: WebcastLinkMicBattleItemCard.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    battleId: (number|Long);
    msgType: number;
    awardCardNotice?: (AwardCardNotice.$Properties|null);
    static encode(message: WebcastLinkMicBattleItemCard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkMicBattleItemCard & WebcastLinkMicBattleItemCard.$Shape;
}

export namespace WebcastLinkMicBattleItemCard {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        battleId?: (number|string|Long|null);
        msgType?: (number|null);
        awardCardNotice?: (AwardCardNotice.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkMicBattleItemCard.$Properties;
}

export interface IWebcastRankTextMessage extends WebcastRankTextMessage.$Properties {
}

export class WebcastRankTextMessage {
    constructor(properties?: WebcastRankTextMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    scene: number;
    ownerIdxBeforeUpdate: (number|Long);
    ownerIdxAfterUpdate: (number|Long);
    selfGetBadgeMsg?: (DisplayText.$Properties|null);
    otherGetBadgeMsg?: (DisplayText.$Properties|null);
    curUserId: (number|Long);
    static encode(message: WebcastRankTextMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastRankTextMessage & WebcastRankTextMessage.$Shape;
}

export namespace WebcastRankTextMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        scene?: (number|null);
        ownerIdxBeforeUpdate?: (number|string|Long|null);
        ownerIdxAfterUpdate?: (number|string|Long|null);
        selfGetBadgeMsg?: (DisplayText.$Properties|null);
        otherGetBadgeMsg?: (DisplayText.$Properties|null);
        curUserId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastRankTextMessage.$Properties;
}

export interface IWebcastRoomNotifyMessage extends WebcastRoomNotifyMessage.$Properties {
}

export class WebcastRoomNotifyMessage {
    constructor(properties?: WebcastRoomNotifyMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (DisplayCommonMessageData.$Properties|null);
    schema: string;
    notifyType: (number|Long);
    content: string;
    user?: (User.$Properties|null);
    notifyClass: number;
    source: string;
    fromUserId: (number|Long);
    static encode(message: WebcastRoomNotifyMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastRoomNotifyMessage & WebcastRoomNotifyMessage.$Shape;
}

export namespace WebcastRoomNotifyMessage {
    interface $Properties {
        common?: (DisplayCommonMessageData.$Properties|null);
        schema?: (string|null);
        notifyType?: (number|string|Long|null);
        content?: (string|null);
        user?: (User.$Properties|null);
        notifyClass?: (number|null);
        source?: (string|null);
        fromUserId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastRoomNotifyMessage.$Properties;
}

export interface IWebcastGiftBroadcastMessage extends WebcastGiftBroadcastMessage.$Properties {
}

export class WebcastGiftBroadcastMessage {
    constructor(properties?: WebcastGiftBroadcastMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    fromUserId: (number|Long);
    notify?: (WebcastRoomNotifyMessage.$Properties|null);
    static encode(message: WebcastGiftBroadcastMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastGiftBroadcastMessage & WebcastGiftBroadcastMessage.$Shape;
}

export namespace WebcastGiftBroadcastMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        fromUserId?: (number|string|Long|null);
        notify?: (WebcastRoomNotifyMessage.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastGiftBroadcastMessage.$Properties;
}

export interface IWebcastUnauthorizedMemberMessage extends WebcastUnauthorizedMemberMessage.$Properties {
}

export class WebcastUnauthorizedMemberMessage {
    constructor(properties?: WebcastUnauthorizedMemberMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    action: number;
    nickNamePrefix?: (DisplayText.$Properties|null);
    nickName: string;
    enterText?: (DisplayText.$Properties|null);
    static encode(message: WebcastUnauthorizedMemberMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastUnauthorizedMemberMessage & WebcastUnauthorizedMemberMessage.$Shape;
}

export namespace WebcastUnauthorizedMemberMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        action?: (number|null);
        nickNamePrefix?: (DisplayText.$Properties|null);
        nickName?: (string|null);
        enterText?: (DisplayText.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastUnauthorizedMemberMessage.$Properties;
}

export interface IPunishEventInfo extends PunishEventInfo.$Properties {
}

export class PunishEventInfo {
    constructor(properties?: PunishEventInfo.$Properties);
    $unknowns?: Uint8Array[];
    punishType: string;
    punishReason: string;
    punishId: string;
    violationUid: (number|Long);
    duration: (number|Long);
    endTime: (number|Long);
    violationUidStr: string;
    static encode(message: PunishEventInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PunishEventInfo & PunishEventInfo.$Shape;
}

export namespace PunishEventInfo {
    interface $Properties {
        punishType?: (string|null);
        punishReason?: (string|null);
        punishId?: (string|null);
        violationUid?: (number|string|Long|null);
        duration?: (number|string|Long|null);
        endTime?: (number|string|Long|null);
        violationUidStr?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PunishEventInfo.$Properties;
}

export interface IWebcastAccessRecallMessage extends WebcastAccessRecallMessage.$Properties {
}

export class WebcastAccessRecallMessage {
    constructor(properties?: WebcastAccessRecallMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    status: number;
    duration: (number|Long);
    endTime: (number|Long);
    scene: string;
    punishInfo?: (PunishEventInfo.$Properties|null);
    static encode(message: WebcastAccessRecallMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastAccessRecallMessage & WebcastAccessRecallMessage.$Shape;
}

export namespace WebcastAccessRecallMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        status?: (number|null);
        duration?: (number|string|Long|null);
        endTime?: (number|string|Long|null);
        scene?: (string|null);
        punishInfo?: (PunishEventInfo.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastAccessRecallMessage.$Properties;
}

export interface IWebcastBottomMessage extends WebcastBottomMessage.$Properties {
}

export class WebcastBottomMessage {
    constructor(properties?: WebcastBottomMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    content: string;
    showType: number;
    duration: (number|Long);
    bizType: number;
    violationUserId: (number|Long);
    punishInfo?: (PunishEventInfo.$Properties|null);
    static encode(message: WebcastBottomMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastBottomMessage & WebcastBottomMessage.$Shape;
}

export namespace WebcastBottomMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        content?: (string|null);
        showType?: (number|null);
        duration?: (number|string|Long|null);
        bizType?: (number|null);
        violationUserId?: (number|string|Long|null);
        punishInfo?: (PunishEventInfo.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastBottomMessage.$Properties;
}

export interface IWebcastCapsuleMessage extends WebcastCapsuleMessage.$Properties {
}

export class WebcastCapsuleMessage {
    constructor(properties?: WebcastCapsuleMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    desc?: (DisplayText.$Properties|null);
    buttonText?: (DisplayText.$Properties|null);
    schema: string;
    type: number;
    scene: string;
    static encode(message: WebcastCapsuleMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastCapsuleMessage & WebcastCapsuleMessage.$Shape;
}

export namespace WebcastCapsuleMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        desc?: (DisplayText.$Properties|null);
        buttonText?: (DisplayText.$Properties|null);
        schema?: (string|null);
        type?: (number|null);
        scene?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastCapsuleMessage.$Properties;
}

export interface IHourlyRankRewardInfo extends HourlyRankRewardInfo.$Properties {
}

export class HourlyRankRewardInfo {
    constructor(properties?: HourlyRankRewardInfo.$Properties);
    $unknowns?: Uint8Array[];
    userId: (number|Long);
    assetId: (number|Long);
    notify?: (WebcastRoomNotifyMessage.$Properties|null);
    static encode(message: HourlyRankRewardInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): HourlyRankRewardInfo & HourlyRankRewardInfo.$Shape;
}

export namespace HourlyRankRewardInfo {
    interface $Properties {
        userId?: (number|string|Long|null);
        assetId?: (number|string|Long|null);
        notify?: (WebcastRoomNotifyMessage.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = HourlyRankRewardInfo.$Properties;
}

export interface IWebcastHourlyRankRewardMessage extends WebcastHourlyRankRewardMessage.$Properties {
}

export class WebcastHourlyRankRewardMessage {
    constructor(properties?: WebcastHourlyRankRewardMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    winners: HourlyRankRewardInfo.$Properties[];
    static encode(message: WebcastHourlyRankRewardMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastHourlyRankRewardMessage & WebcastHourlyRankRewardMessage.$Shape;
}

export namespace WebcastHourlyRankRewardMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        winners?: (HourlyRankRewardInfo.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastHourlyRankRewardMessage.$Properties;
}

export interface IMessageEntity extends MessageEntity.$Properties {
}

export class MessageEntity {
    constructor(properties?: MessageEntity.$Properties);
    $unknowns?: Uint8Array[];
    notify?: (WebcastRoomNotifyMessage.$Properties|null);
    static encode(message: MessageEntity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): MessageEntity & MessageEntity.$Shape;
}

export namespace MessageEntity {
    interface $Properties {
        notify?: (WebcastRoomNotifyMessage.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = MessageEntity.$Properties;
}

export interface IWebcastMarqueeAnnouncementMessage extends WebcastMarqueeAnnouncementMessage.$Properties {
}

export class WebcastMarqueeAnnouncementMessage {
    constructor(properties?: WebcastMarqueeAnnouncementMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    messageScene: string;
    messageEntity: MessageEntity.$Properties[];
    static encode(message: WebcastMarqueeAnnouncementMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastMarqueeAnnouncementMessage & WebcastMarqueeAnnouncementMessage.$Shape;
}

export namespace WebcastMarqueeAnnouncementMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        messageScene?: (string|null);
        messageEntity?: (MessageEntity.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastMarqueeAnnouncementMessage.$Properties;
}

export interface ITimeInfo extends TimeInfo.$Properties {
}

export class TimeInfo {
    constructor(properties?: TimeInfo.$Properties);
    $unknowns?: Uint8Array[];
    clientStartMs: (number|Long);
    apiRecvTimeMs: (number|Long);
    apiSendToGoimMs: (number|Long);
    static encode(message: TimeInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TimeInfo & TimeInfo.$Shape;
}

export namespace TimeInfo {
    interface $Properties {
        clientStartMs?: (number|string|Long|null);
        apiRecvTimeMs?: (number|string|Long|null);
        apiSendToGoimMs?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = TimeInfo.$Properties;
}

export interface IWebcastMsgDetectMessage extends WebcastMsgDetectMessage.$Properties {
}

export class WebcastMsgDetectMessage {
    constructor(properties?: WebcastMsgDetectMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    dType: number;
    tInfo?: (TimeInfo.$Properties|null);
    triggerBy: number;
    fromRegion: string;
    static encode(message: WebcastMsgDetectMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastMsgDetectMessage & WebcastMsgDetectMessage.$Shape;
}

export namespace WebcastMsgDetectMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        dType?: (number|null);
        tInfo?: (TimeInfo.$Properties|null);
        triggerBy?: (number|null);
        fromRegion?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastMsgDetectMessage.$Properties;
}

export interface IPopProduct extends PopProduct.$Properties {
}

export class PopProduct {
    constructor(properties?: PopProduct.$Properties);
    $unknowns?: Uint8Array[];
    title: string;
    price: string;
    imageUrl: string;
    productId: (number|Long);
    source: string;
    static encode(message: PopProduct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PopProduct & PopProduct.$Shape;
}

export namespace PopProduct {
    interface $Properties {
        title?: (string|null);
        price?: (string|null);
        imageUrl?: (string|null);
        productId?: (number|string|Long|null);
        source?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PopProduct.$Properties;
}

export interface IWebcastOecLiveShoppingMessage extends WebcastOecLiveShoppingMessage.$Properties {
}

export class WebcastOecLiveShoppingMessage {
    constructor(properties?: WebcastOecLiveShoppingMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    actionType: number;
    liveProductNumber: number;
    popProduct?: (PopProduct.$Properties|null);
    static encode(message: WebcastOecLiveShoppingMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastOecLiveShoppingMessage & WebcastOecLiveShoppingMessage.$Shape;
}

export namespace WebcastOecLiveShoppingMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        actionType?: (number|null);
        liveProductNumber?: (number|null);
        popProduct?: (PopProduct.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastOecLiveShoppingMessage.$Properties;
}

export interface IWebcastPartnershipDropsUpdateMessage extends WebcastPartnershipDropsUpdateMessage.$Properties {
}

export class WebcastPartnershipDropsUpdateMessage {
    constructor(properties?: WebcastPartnershipDropsUpdateMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    changeMode: number;
    dropsId: string;
    taskId: string;
    eventId: string;
    anchorUid: (number|Long);
    static encode(message: WebcastPartnershipDropsUpdateMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastPartnershipDropsUpdateMessage & WebcastPartnershipDropsUpdateMessage.$Shape;
}

export namespace WebcastPartnershipDropsUpdateMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        changeMode?: (number|null);
        dropsId?: (string|null);
        taskId?: (string|null);
        eventId?: (string|null);
        anchorUid?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastPartnershipDropsUpdateMessage.$Properties;
}

export interface IPerceptionDialogInfo extends PerceptionDialogInfo.$Properties {
}

export class PerceptionDialogInfo {
    constructor(properties?: PerceptionDialogInfo.$Properties);
    $unknowns?: Uint8Array[];
    iconType: number;
    scene: number;
    static encode(message: PerceptionDialogInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PerceptionDialogInfo & PerceptionDialogInfo.$Shape;
}

export namespace PerceptionDialogInfo {
    interface $Properties {
        iconType?: (number|null);
        scene?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PerceptionDialogInfo.$Properties;
}

export interface IWebcastPerceptionMessage extends WebcastPerceptionMessage.$Properties {
}

export class WebcastPerceptionMessage {
    constructor(properties?: WebcastPerceptionMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    dialog?: (PerceptionDialogInfo.$Properties|null);
    punishInfo?: (PunishEventInfo.$Properties|null);
    endTime: number;
    static encode(message: WebcastPerceptionMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastPerceptionMessage & WebcastPerceptionMessage.$Shape;
}

export namespace WebcastPerceptionMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        dialog?: (PerceptionDialogInfo.$Properties|null);
        punishInfo?: (PunishEventInfo.$Properties|null);
        endTime?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastPerceptionMessage.$Properties;
}

export interface IWebcastRoomVerifyMessage extends WebcastRoomVerifyMessage.$Properties {
}

export class WebcastRoomVerifyMessage {
    constructor(properties?: WebcastRoomVerifyMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    action: number;
    content: string;
    noticeType: (number|Long);
    closeRoom: boolean;
    static encode(message: WebcastRoomVerifyMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastRoomVerifyMessage & WebcastRoomVerifyMessage.$Shape;
}

export namespace WebcastRoomVerifyMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        action?: (number|null);
        content?: (string|null);
        noticeType?: (number|string|Long|null);
        closeRoom?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastRoomVerifyMessage.$Properties;
}

export interface ISubPinCardText extends SubPinCardText.$Properties {
}

export class SubPinCardText {
    constructor(properties?: SubPinCardText.$Properties);
    $unknowns?: Uint8Array[];
    type: number;
    content: string;
    static encode(message: SubPinCardText.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SubPinCardText & SubPinCardText.$Shape;
}

export namespace SubPinCardText {
    interface $Properties {
        type?: (number|null);
        content?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = SubPinCardText.$Properties;
}

export interface ISubGoalPinCard extends SubGoalPinCard.$Properties {
}

export class SubGoalPinCard {
    constructor(properties?: SubGoalPinCard.$Properties);
    $unknowns?: Uint8Array[];
    goalId: (number|Long);
    timeToLive: (number|Long);
    desc?: (SubPinCardText.$Properties|null);
    target: (number|Long);
    progress: (number|Long);
    static encode(message: SubGoalPinCard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SubGoalPinCard & SubGoalPinCard.$Shape;
}

export namespace SubGoalPinCard {
    interface $Properties {
        goalId?: (number|string|Long|null);
        timeToLive?: (number|string|Long|null);
        desc?: (SubPinCardText.$Properties|null);
        target?: (number|string|Long|null);
        progress?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = SubGoalPinCard.$Properties;
}

export interface ISubPinCard extends SubPinCard.$Properties {
}

export class SubPinCard {
    constructor(properties?: SubPinCard.$Properties);
    $unknowns?: Uint8Array[];
    timeToLive: (number|Long);
    type: number;
    id: (number|Long);
    goalPinCard?: (SubGoalPinCard.$Properties|null);
    static encode(message: SubPinCard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SubPinCard & SubPinCard.$Shape;
}

export namespace SubPinCard {
    interface $Properties {
        timeToLive?: (number|string|Long|null);
        type?: (number|null);
        id?: (number|string|Long|null);
        goalPinCard?: (SubGoalPinCard.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = SubPinCard.$Properties;
}

export interface IWebcastSubPinEventMessage extends WebcastSubPinEventMessage.$Properties {
}

export class WebcastSubPinEventMessage {
    constructor(properties?: WebcastSubPinEventMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    actionType: number;
    card?: (SubPinCard.$Properties|null);
    operatorUserId: (number|Long);
    static encode(message: WebcastSubPinEventMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastSubPinEventMessage & WebcastSubPinEventMessage.$Shape;
}

export namespace WebcastSubPinEventMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        actionType?: (number|null);
        card?: (SubPinCard.$Properties|null);
        operatorUserId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastSubPinEventMessage.$Properties;
}

export interface IAnchorToolInfo extends AnchorToolInfo.$Properties {
}

export class AnchorToolInfo {
    constructor(properties?: AnchorToolInfo.$Properties);
    $unknowns?: Uint8Array[];
    id: (number|Long);
    toolId: (number|Long);
    title: string;
    startTime: (number|Long);
    endTime: (number|Long);
    source: string;
    scene: string;
    static encode(message: AnchorToolInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): AnchorToolInfo & AnchorToolInfo.$Shape;
}

export namespace AnchorToolInfo {
    interface $Properties {
        id?: (number|string|Long|null);
        toolId?: (number|string|Long|null);
        title?: (string|null);
        startTime?: (number|string|Long|null);
        endTime?: (number|string|Long|null);
        source?: (string|null);
        scene?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = AnchorToolInfo.$Properties;
}

export interface IWebcastAnchorToolModificationMessage extends WebcastAnchorToolModificationMessage.$Properties {
}

export class WebcastAnchorToolModificationMessage {
    constructor(properties?: WebcastAnchorToolModificationMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    tool?: (AnchorToolInfo.$Properties|null);
    static encode(message: WebcastAnchorToolModificationMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastAnchorToolModificationMessage & WebcastAnchorToolModificationMessage.$Shape;
}

export namespace WebcastAnchorToolModificationMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        tool?: (AnchorToolInfo.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastAnchorToolModificationMessage.$Properties;
}

export interface IWebcastBALeadGenMessage extends WebcastBALeadGenMessage.$Properties {
}

export class WebcastBALeadGenMessage {
    constructor(properties?: WebcastBALeadGenMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    action: number;
    leadGenId: (number|Long);
    eventTime: (number|Long);
    key: string;
    schema: string;
    static encode(message: WebcastBALeadGenMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastBALeadGenMessage & WebcastBALeadGenMessage.$Shape;
}

export namespace WebcastBALeadGenMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        action?: (number|null);
        leadGenId?: (number|string|Long|null);
        eventTime?: (number|string|Long|null);
        key?: (string|null);
        schema?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastBALeadGenMessage.$Properties;
}

export interface IDonationOrganisation extends DonationOrganisation.$Properties {
}

export class DonationOrganisation {
    constructor(properties?: DonationOrganisation.$Properties);
    $unknowns?: Uint8Array[];
    name: string;
    description: string;
    organisationId: string;
    static encode(message: DonationOrganisation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DonationOrganisation & DonationOrganisation.$Shape;
}

export namespace DonationOrganisation {
    interface $Properties {
        name?: (string|null);
        description?: (string|null);
        organisationId?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = DonationOrganisation.$Properties;
}

export interface IDonationSticker extends DonationSticker.$Properties {
}

export class DonationSticker {
    constructor(properties?: DonationSticker.$Properties);
    $unknowns?: Uint8Array[];
    stickerId: (number|Long);
    stickerType: number;
    organisation?: (DonationOrganisation.$Properties|null);
    static encode(message: DonationSticker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DonationSticker & DonationSticker.$Shape;
}

export namespace DonationSticker {
    interface $Properties {
        stickerId?: (number|string|Long|null);
        stickerType?: (number|null);
        organisation?: (DonationOrganisation.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = DonationSticker.$Properties;
}

export interface IWebcastDonationStickerModifyMethod extends WebcastDonationStickerModifyMethod.$Properties {
}

export class WebcastDonationStickerModifyMethod {
    constructor(properties?: WebcastDonationStickerModifyMethod.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    sticker?: (DonationSticker.$Properties|null);
    static encode(message: WebcastDonationStickerModifyMethod.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastDonationStickerModifyMethod & WebcastDonationStickerModifyMethod.$Shape;
}

export namespace WebcastDonationStickerModifyMethod {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        sticker?: (DonationSticker.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastDonationStickerModifyMethod.$Properties;
}

export interface IEcRefreshInfo extends EcRefreshInfo.$Properties {
}

export class EcRefreshInfo {
    constructor(properties?: EcRefreshInfo.$Properties);
    $unknowns?: Uint8Array[];
    delayMs: (number|Long);
    key: string;
    static encode(message: EcRefreshInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): EcRefreshInfo & EcRefreshInfo.$Shape;
}

export namespace EcRefreshInfo {
    interface $Properties {
        delayMs?: (number|string|Long|null);
        key?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = EcRefreshInfo.$Properties;
}

export interface IWebcastEcShortItemRefreshMessage extends WebcastEcShortItemRefreshMessage.$Properties {
}

export class WebcastEcShortItemRefreshMessage {
    constructor(properties?: WebcastEcShortItemRefreshMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    refresh?: (EcRefreshInfo.$Properties|null);
    static encode(message: WebcastEcShortItemRefreshMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastEcShortItemRefreshMessage & WebcastEcShortItemRefreshMessage.$Shape;
}

export namespace WebcastEcShortItemRefreshMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        refresh?: (EcRefreshInfo.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastEcShortItemRefreshMessage.$Properties;
}

export interface IWebcastEcTaskRegisterMessage extends WebcastEcTaskRegisterMessage.$Properties {
}

export class WebcastEcTaskRegisterMessage {
    constructor(properties?: WebcastEcTaskRegisterMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    task?: (EcRefreshInfo.$Properties|null);
    static encode(message: WebcastEcTaskRegisterMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastEcTaskRegisterMessage & WebcastEcTaskRegisterMessage.$Shape;
}

export namespace WebcastEcTaskRegisterMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        task?: (EcRefreshInfo.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastEcTaskRegisterMessage.$Properties;
}

export interface IEnvelopePortalInfo extends EnvelopePortalInfo.$Properties {
}

export class EnvelopePortalInfo {
    constructor(properties?: EnvelopePortalInfo.$Properties);
    $unknowns?: Uint8Array[];
    envelopeId: string;
    sendUserId: string;
    static encode(message: EnvelopePortalInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): EnvelopePortalInfo & EnvelopePortalInfo.$Shape;
}

export namespace EnvelopePortalInfo {
    interface $Properties {
        envelopeId?: (string|null);
        sendUserId?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = EnvelopePortalInfo.$Properties;
}

export interface IWebcastEnvelopePortalMessage extends WebcastEnvelopePortalMessage.$Properties {
}

export class WebcastEnvelopePortalMessage {
    constructor(properties?: WebcastEnvelopePortalMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    envelopeInfo?: (EnvelopePortalInfo.$Properties|null);
    static encode(message: WebcastEnvelopePortalMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastEnvelopePortalMessage & WebcastEnvelopePortalMessage.$Shape;
}

export namespace WebcastEnvelopePortalMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        envelopeInfo?: (EnvelopePortalInfo.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastEnvelopePortalMessage.$Properties;
}

export interface IGiftCollectionGift extends GiftCollectionGift.$Properties {
}

export class GiftCollectionGift {
    constructor(properties?: GiftCollectionGift.$Properties);
    $unknowns?: Uint8Array[];
    describe: string;
    diamondCount: number;
    giftId: (number|Long);
    name: string;
    static encode(message: GiftCollectionGift.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): GiftCollectionGift & GiftCollectionGift.$Shape;
}

export namespace GiftCollectionGift {
    interface $Properties {
        describe?: (string|null);
        diamondCount?: (number|null);
        giftId?: (number|string|Long|null);
        name?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = GiftCollectionGift.$Properties;
}

export interface IGiftCollectionInfo extends GiftCollectionInfo.$Properties {
}

export class GiftCollectionInfo {
    constructor(properties?: GiftCollectionInfo.$Properties);
    $unknowns?: Uint8Array[];
    updateType: number;
    gift?: (GiftCollectionGift.$Properties|null);
    static encode(message: GiftCollectionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): GiftCollectionInfo & GiftCollectionInfo.$Shape;
}

export namespace GiftCollectionInfo {
    interface $Properties {
        updateType?: (number|null);
        gift?: (GiftCollectionGift.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = GiftCollectionInfo.$Properties;
}

export interface IWebcastGiftCollectionUpdateMessage extends WebcastGiftCollectionUpdateMessage.$Properties {
}

export class WebcastGiftCollectionUpdateMessage {
    constructor(properties?: WebcastGiftCollectionUpdateMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    collection?: (GiftCollectionInfo.$Properties|null);
    static encode(message: WebcastGiftCollectionUpdateMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastGiftCollectionUpdateMessage & WebcastGiftCollectionUpdateMessage.$Shape;
}

export namespace WebcastGiftCollectionUpdateMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        collection?: (GiftCollectionInfo.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastGiftCollectionUpdateMessage.$Properties;
}

export interface IGoodyBagSettings extends GoodyBagSettings.$Properties {
}

export class GoodyBagSettings {
    constructor(properties?: GoodyBagSettings.$Properties);
    $unknowns?: Uint8Array[];
    diamondCount: number;
    claimedCount: number;
    message: string;
    openTime: (number|Long);
    peopleCount: number;
    static encode(message: GoodyBagSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): GoodyBagSettings & GoodyBagSettings.$Shape;
}

export namespace GoodyBagSettings {
    interface $Properties {
        diamondCount?: (number|null);
        claimedCount?: (number|null);
        message?: (string|null);
        openTime?: (number|string|Long|null);
        peopleCount?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = GoodyBagSettings.$Properties;
}

export interface IGoodyBagInfo extends GoodyBagInfo.$Properties {
}

export class GoodyBagInfo {
    constructor(properties?: GoodyBagInfo.$Properties);
    $unknowns?: Uint8Array[];
    goodyBagId: string;
    activityId: string;
    settings?: (GoodyBagSettings.$Properties|null);
    static encode(message: GoodyBagInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): GoodyBagInfo & GoodyBagInfo.$Shape;
}

export namespace GoodyBagInfo {
    interface $Properties {
        goodyBagId?: (string|null);
        activityId?: (string|null);
        settings?: (GoodyBagSettings.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = GoodyBagInfo.$Properties;
}

export interface IGoodyBagUser extends GoodyBagUser.$Properties {
}

export class GoodyBagUser {
    constructor(properties?: GoodyBagUser.$Properties);
    $unknowns?: Uint8Array[];
    id: string;
    displayId: string;
    static encode(message: GoodyBagUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): GoodyBagUser & GoodyBagUser.$Shape;
}

export namespace GoodyBagUser {
    interface $Properties {
        id?: (string|null);
        displayId?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = GoodyBagUser.$Properties;
}

export interface IGoodyBagWinner extends GoodyBagWinner.$Properties {
}

export class GoodyBagWinner {
    constructor(properties?: GoodyBagWinner.$Properties);
    $unknowns?: Uint8Array[];
    user?: (GoodyBagUser.$Properties|null);
    amount: number;
    static encode(message: GoodyBagWinner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): GoodyBagWinner & GoodyBagWinner.$Shape;
}

export namespace GoodyBagWinner {
    interface $Properties {
        user?: (GoodyBagUser.$Properties|null);
        amount?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = GoodyBagWinner.$Properties;
}

export interface IWebcastGoodyBagMessage extends WebcastGoodyBagMessage.$Properties {
}

export class WebcastGoodyBagMessage {
    constructor(properties?: WebcastGoodyBagMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    goodyBag?: (GoodyBagInfo.$Properties|null);
    winners: GoodyBagWinner.$Properties[];
    static encode(message: WebcastGoodyBagMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastGoodyBagMessage & WebcastGoodyBagMessage.$Shape;
}

export namespace WebcastGoodyBagMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        goodyBag?: (GoodyBagInfo.$Properties|null);
        winners?: (GoodyBagWinner.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastGoodyBagMessage.$Properties;
}

export interface IHashtag extends Hashtag.$Properties {
}

export class Hashtag {
    constructor(properties?: Hashtag.$Properties);
    $unknowns?: Uint8Array[];
    id: (number|Long);
    title: string;
    namespace: number;
    static encode(message: Hashtag.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Hashtag & Hashtag.$Shape;
}

export namespace Hashtag {
    interface $Properties {
        id?: (number|string|Long|null);
        title?: (string|null);
        namespace?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = Hashtag.$Properties;
}

export interface IWebcastHashtagMessage extends WebcastHashtagMessage.$Properties {
}

export class WebcastHashtagMessage {
    constructor(properties?: WebcastHashtagMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    hashtag?: (Hashtag.$Properties|null);
    static encode(message: WebcastHashtagMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastHashtagMessage & WebcastHashtagMessage.$Shape;
}

export namespace WebcastHashtagMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        hashtag?: (Hashtag.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastHashtagMessage.$Properties;
}

export interface IWebcastInRoomBannerRefreshMessage extends WebcastInRoomBannerRefreshMessage.$Properties {
}

export class WebcastInRoomBannerRefreshMessage {
    constructor(properties?: WebcastInRoomBannerRefreshMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    refreshInterval: (number|Long);
    static encode(message: WebcastInRoomBannerRefreshMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastInRoomBannerRefreshMessage & WebcastInRoomBannerRefreshMessage.$Shape;
}

export namespace WebcastInRoomBannerRefreshMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        refreshInterval?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastInRoomBannerRefreshMessage.$Properties;
}

export interface ILinkMicAnchorGuideUser extends LinkMicAnchorGuideUser.$Properties {
}

export class LinkMicAnchorGuideUser {
    constructor(properties?: LinkMicAnchorGuideUser.$Properties);
    $unknowns?: Uint8Array[];
    userId: (number|Long);
    static encode(message: LinkMicAnchorGuideUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LinkMicAnchorGuideUser & LinkMicAnchorGuideUser.$Shape;
}

export namespace LinkMicAnchorGuideUser {
    interface $Properties {
        userId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LinkMicAnchorGuideUser.$Properties;
}

export interface IWebcastLinkMicAnchorGuideMessage extends WebcastLinkMicAnchorGuideMessage.$Properties {
}

export class WebcastLinkMicAnchorGuideMessage {
    constructor(properties?: WebcastLinkMicAnchorGuideMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    guideType: number;
    anchor?: (LinkMicAnchorGuideUser.$Properties|null);
    static encode(message: WebcastLinkMicAnchorGuideMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkMicAnchorGuideMessage & WebcastLinkMicAnchorGuideMessage.$Shape;
}

export namespace WebcastLinkMicAnchorGuideMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        guideType?: (number|null);
        anchor?: (LinkMicAnchorGuideUser.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkMicAnchorGuideMessage.$Properties;
}

export interface ILinkScreenInfo extends LinkScreenInfo.$Properties {
}

export class LinkScreenInfo {
    constructor(properties?: LinkScreenInfo.$Properties);
    $unknowns?: Uint8Array[];
    layoutType: number;
    layoutKey: string;
    static encode(message: LinkScreenInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): LinkScreenInfo & LinkScreenInfo.$Shape;
}

export namespace LinkScreenInfo {
    interface $Properties {
        layoutType?: (number|null);
        layoutKey?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = LinkScreenInfo.$Properties;
}

export interface IWebcastLinkScreenChangeMessage extends WebcastLinkScreenChangeMessage.$Properties {
}

export class WebcastLinkScreenChangeMessage {
    constructor(properties?: WebcastLinkScreenChangeMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    messageType: number;
    screen?: (LinkScreenInfo.$Properties|null);
    static encode(message: WebcastLinkScreenChangeMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkScreenChangeMessage & WebcastLinkScreenChangeMessage.$Shape;
}

export namespace WebcastLinkScreenChangeMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        messageType?: (number|null);
        screen?: (LinkScreenInfo.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkScreenChangeMessage.$Properties;
}

export interface IBattleNoticeContent extends BattleNoticeContent.$Properties {
}

export class BattleNoticeContent {
    constructor(properties?: BattleNoticeContent.$Properties);
    $unknowns?: Uint8Array[];
    text?: (DisplayText.$Properties|null);
    static encode(message: BattleNoticeContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BattleNoticeContent & BattleNoticeContent.$Shape;
}

export namespace BattleNoticeContent {
    interface $Properties {
        text?: (DisplayText.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = BattleNoticeContent.$Properties;
}

export interface IWebcastLinkmicBattleNoticeMessage extends WebcastLinkmicBattleNoticeMessage.$Properties {
}

export class WebcastLinkmicBattleNoticeMessage {
    constructor(properties?: WebcastLinkmicBattleNoticeMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    noticeType: number;
    content?: (BattleNoticeContent.$Properties|null);
    static encode(message: WebcastLinkmicBattleNoticeMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastLinkmicBattleNoticeMessage & WebcastLinkmicBattleNoticeMessage.$Shape;
}

export namespace WebcastLinkmicBattleNoticeMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        noticeType?: (number|null);
        content?: (BattleNoticeContent.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastLinkmicBattleNoticeMessage.$Properties;
}

export interface IPaidContentInfo extends PaidContentInfo.$Properties {
}

export class PaidContentInfo {
    constructor(properties?: PaidContentInfo.$Properties);
    $unknowns?: Uint8Array[];
    contentId: (number|Long);
    static encode(message: PaidContentInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PaidContentInfo & PaidContentInfo.$Shape;
}

export namespace PaidContentInfo {
    interface $Properties {
        contentId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PaidContentInfo.$Properties;
}

export interface IPaidContentTime extends PaidContentTime.$Properties {
}

export class PaidContentTime {
    constructor(properties?: PaidContentTime.$Properties);
    $unknowns?: Uint8Array[];
    eventTime: (number|Long);
    static encode(message: PaidContentTime.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PaidContentTime & PaidContentTime.$Shape;
}

export namespace PaidContentTime {
    interface $Properties {
        eventTime?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PaidContentTime.$Properties;
}

export interface IWebcastPaidContentLiveShoppingMessage extends WebcastPaidContentLiveShoppingMessage.$Properties {
}

export class WebcastPaidContentLiveShoppingMessage {
    constructor(properties?: WebcastPaidContentLiveShoppingMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    action: number;
    content?: (PaidContentInfo.$Properties|null);
    time?: (PaidContentTime.$Properties|null);
    static encode(message: WebcastPaidContentLiveShoppingMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastPaidContentLiveShoppingMessage & WebcastPaidContentLiveShoppingMessage.$Shape;
}

export namespace WebcastPaidContentLiveShoppingMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        action?: (number|null);
        content?: (PaidContentInfo.$Properties|null);
        time?: (PaidContentTime.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastPaidContentLiveShoppingMessage.$Properties;
}

export interface IWebcastPartnershipCardChangeMessage extends WebcastPartnershipCardChangeMessage.$Properties {
}

export class WebcastPartnershipCardChangeMessage {
    constructor(properties?: WebcastPartnershipCardChangeMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    changeType: number;
    taskId: string;
    static encode(message: WebcastPartnershipCardChangeMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastPartnershipCardChangeMessage & WebcastPartnershipCardChangeMessage.$Shape;
}

export namespace WebcastPartnershipCardChangeMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        changeType?: (number|null);
        taskId?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastPartnershipCardChangeMessage.$Properties;
}

export interface IWebcastPartnershipDownloadCountMessage extends WebcastPartnershipDownloadCountMessage.$Properties {
}

export class WebcastPartnershipDownloadCountMessage {
    constructor(properties?: WebcastPartnershipDownloadCountMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    downloadCount: (number|Long);
    taskId: string;
    static encode(message: WebcastPartnershipDownloadCountMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastPartnershipDownloadCountMessage & WebcastPartnershipDownloadCountMessage.$Shape;
}

export namespace WebcastPartnershipDownloadCountMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        downloadCount?: (number|string|Long|null);
        taskId?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastPartnershipDownloadCountMessage.$Properties;
}

export interface IPictionaryRound extends PictionaryRound.$Properties {
}

export class PictionaryRound {
    constructor(properties?: PictionaryRound.$Properties);
    $unknowns?: Uint8Array[];
    pictionaryId: (number|Long);
    startTime: (number|Long);
    endTime: (number|Long);
    gameId: (number|Long);
    static encode(message: PictionaryRound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PictionaryRound & PictionaryRound.$Shape;
}

export namespace PictionaryRound {
    interface $Properties {
        pictionaryId?: (number|string|Long|null);
        startTime?: (number|string|Long|null);
        endTime?: (number|string|Long|null);
        gameId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = PictionaryRound.$Properties;
}

export interface IWebcastPictionaryStartMessage extends WebcastPictionaryStartMessage.$Properties {
}

export class WebcastPictionaryStartMessage {
    constructor(properties?: WebcastPictionaryStartMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    round?: (PictionaryRound.$Properties|null);
    static encode(message: WebcastPictionaryStartMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastPictionaryStartMessage & WebcastPictionaryStartMessage.$Shape;
}

export namespace WebcastPictionaryStartMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        round?: (PictionaryRound.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastPictionaryStartMessage.$Properties;
}

export interface IWebcastPictionaryUpdateMessage extends WebcastPictionaryUpdateMessage.$Properties {
}

export class WebcastPictionaryUpdateMessage {
    constructor(properties?: WebcastPictionaryUpdateMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    updateType: number;
    pictionaryId: (number|Long);
    static encode(message: WebcastPictionaryUpdateMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastPictionaryUpdateMessage & WebcastPictionaryUpdateMessage.$Shape;
}

export namespace WebcastPictionaryUpdateMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        updateType?: (number|null);
        pictionaryId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastPictionaryUpdateMessage.$Properties;
}

export interface IWebcastPictionaryEndMessage extends WebcastPictionaryEndMessage.$Properties {
}

export class WebcastPictionaryEndMessage {
    constructor(properties?: WebcastPictionaryEndMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    pictionaryId: (number|Long);
    answer: string;
    result: number;
    static encode(message: WebcastPictionaryEndMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastPictionaryEndMessage & WebcastPictionaryEndMessage.$Shape;
}

export namespace WebcastPictionaryEndMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        pictionaryId?: (number|string|Long|null);
        answer?: (string|null);
        result?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastPictionaryEndMessage.$Properties;
}

export interface IWebcastPictionaryExitMessage extends WebcastPictionaryExitMessage.$Properties {
}

export class WebcastPictionaryExitMessage {
    constructor(properties?: WebcastPictionaryExitMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    gameId: (number|Long);
    exitType: number;
    static encode(message: WebcastPictionaryExitMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastPictionaryExitMessage & WebcastPictionaryExitMessage.$Shape;
}

export namespace WebcastPictionaryExitMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        gameId?: (number|string|Long|null);
        exitType?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastPictionaryExitMessage.$Properties;
}

export interface IWebcastQuestionDeleteMessage extends WebcastQuestionDeleteMessage.$Properties {
}

export class WebcastQuestionDeleteMessage {
    constructor(properties?: WebcastQuestionDeleteMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    questionId: (number|Long);
    userId: (number|Long);
    static encode(message: WebcastQuestionDeleteMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastQuestionDeleteMessage & WebcastQuestionDeleteMessage.$Shape;
}

export namespace WebcastQuestionDeleteMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        questionId?: (number|string|Long|null);
        userId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastQuestionDeleteMessage.$Properties;
}

export interface IWebcastQuestionSelectedMessage extends WebcastQuestionSelectedMessage.$Properties {
}

export class WebcastQuestionSelectedMessage {
    constructor(properties?: WebcastQuestionSelectedMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    question?: (Question.$Properties|null);
    static encode(message: WebcastQuestionSelectedMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastQuestionSelectedMessage & WebcastQuestionSelectedMessage.$Shape;
}

export namespace WebcastQuestionSelectedMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        question?: (Question.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastQuestionSelectedMessage.$Properties;
}

export interface IWebcastQuestionSlideDownMessage extends WebcastQuestionSlideDownMessage.$Properties {
}

export class WebcastQuestionSlideDownMessage {
    constructor(properties?: WebcastQuestionSlideDownMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    questionId: (number|Long);
    static encode(message: WebcastQuestionSlideDownMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastQuestionSlideDownMessage & WebcastQuestionSlideDownMessage.$Shape;
}

export namespace WebcastQuestionSlideDownMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        questionId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastQuestionSlideDownMessage.$Properties;
}

export interface IRoomSticker extends RoomSticker.$Properties {
}

export class RoomSticker {
    constructor(properties?: RoomSticker.$Properties);
    $unknowns?: Uint8Array[];
    stickerId: (number|Long);
    title: string;
    stickerType: number;
    text: string;
    static encode(message: RoomSticker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RoomSticker & RoomSticker.$Shape;
}

export namespace RoomSticker {
    interface $Properties {
        stickerId?: (number|string|Long|null);
        title?: (string|null);
        stickerType?: (number|null);
        text?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = RoomSticker.$Properties;
}

export interface IWebcastRoomStickerMessage extends WebcastRoomStickerMessage.$Properties {
}

export class WebcastRoomStickerMessage {
    constructor(properties?: WebcastRoomStickerMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    sticker?: (RoomSticker.$Properties|null);
    static encode(message: WebcastRoomStickerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastRoomStickerMessage & WebcastRoomStickerMessage.$Shape;
}

export namespace WebcastRoomStickerMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        sticker?: (RoomSticker.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastRoomStickerMessage.$Properties;
}

export interface ISubTimerSticker extends SubTimerSticker.$Properties {
}

export class SubTimerSticker {
    constructor(properties?: SubTimerSticker.$Properties);
    $unknowns?: Uint8Array[];
    status: number;
    timerId: (number|Long);
    text: string;
    totalSeconds: (number|Long);
    remainingSeconds: (number|Long);
    startTime: (number|Long);
    static encode(message: SubTimerSticker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SubTimerSticker & SubTimerSticker.$Shape;
}

export namespace SubTimerSticker {
    interface $Properties {
        status?: (number|null);
        timerId?: (number|string|Long|null);
        text?: (string|null);
        totalSeconds?: (number|string|Long|null);
        remainingSeconds?: (number|string|Long|null);
        startTime?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = SubTimerSticker.$Properties;
}

export interface IWebcastSubTimerStickerMessage extends WebcastSubTimerStickerMessage.$Properties {
}

export class WebcastSubTimerStickerMessage {
    constructor(properties?: WebcastSubTimerStickerMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    sticker?: (SubTimerSticker.$Properties|null);
    static encode(message: WebcastSubTimerStickerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastSubTimerStickerMessage & WebcastSubTimerStickerMessage.$Shape;
}

export namespace WebcastSubTimerStickerMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        sticker?: (SubTimerSticker.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastSubTimerStickerMessage.$Properties;
}

export interface ISubWaveUser extends SubWaveUser.$Properties {
}

export class SubWaveUser {
    constructor(properties?: SubWaveUser.$Properties);
    $unknowns?: Uint8Array[];
    id: (number|Long);
    displayId: string;
    idStr: string;
    static encode(message: SubWaveUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SubWaveUser & SubWaveUser.$Shape;
}

export namespace SubWaveUser {
    interface $Properties {
        id?: (number|string|Long|null);
        displayId?: (string|null);
        idStr?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = SubWaveUser.$Properties;
}

export interface ISubWaveInfo extends SubWaveInfo.$Properties {
}

export class SubWaveInfo {
    constructor(properties?: SubWaveInfo.$Properties);
    $unknowns?: Uint8Array[];
    status: number;
    progress: (number|Long);
    startTime: (number|Long);
    participants: SubWaveUser.$Properties[];
    participantCount: (number|Long);
    waveId: (number|Long);
    static encode(message: SubWaveInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SubWaveInfo & SubWaveInfo.$Shape;
}

export namespace SubWaveInfo {
    interface $Properties {
        status?: (number|null);
        progress?: (number|string|Long|null);
        startTime?: (number|string|Long|null);
        participants?: (SubWaveUser.$Properties[]|null);
        participantCount?: (number|string|Long|null);
        waveId?: (number|string|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = SubWaveInfo.$Properties;
}

export interface ISubWave extends SubWave.$Properties {
}

export class SubWave {
    constructor(properties?: SubWave.$Properties);
    $unknowns?: Uint8Array[];
    action: number;
    initiator?: (SubWaveUser.$Properties|null);
    wave?: (SubWaveInfo.$Properties|null);
    static encode(message: SubWave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SubWave & SubWave.$Shape;
}

export namespace SubWave {
    interface $Properties {
        action?: (number|null);
        initiator?: (SubWaveUser.$Properties|null);
        wave?: (SubWaveInfo.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = SubWave.$Properties;
}

export interface IWebcastSubWaveMessage extends WebcastSubWaveMessage.$Properties {
}

export class WebcastSubWaveMessage {
    constructor(properties?: WebcastSubWaveMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    subWave?: (SubWave.$Properties|null);
    static encode(message: WebcastSubWaveMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastSubWaveMessage & WebcastSubWaveMessage.$Shape;
}

export namespace WebcastSubWaveMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        subWave?: (SubWave.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastSubWaveMessage.$Properties;
}

export interface IWebcastSubscriptionGuideMessage extends WebcastSubscriptionGuideMessage.$Properties {
}

export class WebcastSubscriptionGuideMessage {
    constructor(properties?: WebcastSubscriptionGuideMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    desc?: (DisplayText.$Properties|null);
    buttonText?: (DisplayText.$Properties|null);
    static encode(message: WebcastSubscriptionGuideMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastSubscriptionGuideMessage & WebcastSubscriptionGuideMessage.$Shape;
}

export namespace WebcastSubscriptionGuideMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        desc?: (DisplayText.$Properties|null);
        buttonText?: (DisplayText.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastSubscriptionGuideMessage.$Properties;
}

export interface IRankRewardBorder extends RankRewardBorder.$Properties {
}

export class RankRewardBorder {
    constructor(properties?: RankRewardBorder.$Properties);
    $unknowns?: Uint8Array[];
    source: string;
    static encode(message: RankRewardBorder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RankRewardBorder & RankRewardBorder.$Shape;
}

export namespace RankRewardBorder {
    interface $Properties {
        source?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = RankRewardBorder.$Properties;
}

export interface IWebcastWeeklyRankRewardMessage extends WebcastWeeklyRankRewardMessage.$Properties {
}

export class WebcastWeeklyRankRewardMessage {
    constructor(properties?: WebcastWeeklyRankRewardMessage.$Properties);
    $unknowns?: Uint8Array[];
    winnerUserId: (number|Long);
    border?: (RankRewardBorder.$Properties|null);
    common?: (CommonMessageData.$Properties|null);
    notify?: (WebcastRoomNotifyMessage.$Properties|null);
    static encode(message: WebcastWeeklyRankRewardMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastWeeklyRankRewardMessage & WebcastWeeklyRankRewardMessage.$Shape;
}

export namespace WebcastWeeklyRankRewardMessage {
    interface $Properties {
        winnerUserId?: (number|string|Long|null);
        border?: (RankRewardBorder.$Properties|null);
        common?: (CommonMessageData.$Properties|null);
        notify?: (WebcastRoomNotifyMessage.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastWeeklyRankRewardMessage.$Properties;
}

export interface IWebcastQuestionSwitchMessage extends WebcastQuestionSwitchMessage.$Properties {
}

export class WebcastQuestionSwitchMessage {
    constructor(properties?: WebcastQuestionSwitchMessage.$Properties);
    $unknowns?: Uint8Array[];
    common?: (CommonMessageData.$Properties|null);
    static encode(message: WebcastQuestionSwitchMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WebcastQuestionSwitchMessage & WebcastQuestionSwitchMessage.$Shape;
}

export namespace WebcastQuestionSwitchMessage {
    interface $Properties {
        common?: (CommonMessageData.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = WebcastQuestionSwitchMessage.$Properties;
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
