import { filter, type Observable } from 'rxjs';
import { isStreamEnd, type SocialEvent } from '../decoders/events.js';
import type { LiveEvent, LiveEventType } from './pipeline/events.js';
import { ofType } from './ofType.js';

/**
 * The events of one type from a room stream, narrowed. Generic in the stream's
 * events, so that what they carry besides (the `room` of `liveRooms$`) stays:
 * `chat$(liveRooms$(['a', 'b']))` is an `Observable<ChatEvent & { room: string }>`.
 */
export type Selector<K extends LiveEventType> = <E extends { type: string } = LiveEvent>(room$: Observable<E>) => Observable<Extract<E, { type: K }>>;

/** One typed stream per event type, from a room stream. */
export const chat$: Selector<'chat'> = (room$) => room$.pipe(ofType('chat'));
export const gift$: Selector<'gift'> = (room$) => room$.pipe(ofType('gift'));
export const like$: Selector<'like'> = (room$) => room$.pipe(ofType('like'));
export const member$: Selector<'member'> = (room$) => room$.pipe(ofType('member'));
export const social$: Selector<'social'> = (room$) => room$.pipe(ofType('social'));
export const roomUserSeq$: Selector<'roomUserSeq'> = (room$) => room$.pipe(ofType('roomUserSeq'));
export const battle$: Selector<'battle'> = (room$) => room$.pipe(ofType('battle'));
export const battleArmies$: Selector<'battleArmies'> = (room$) => room$.pipe(ofType('battleArmies'));
export const subscribe$: Selector<'subscribe'> = (room$) => room$.pipe(ofType('subscribe'));
export const emoteChat$: Selector<'emoteChat'> = (room$) => room$.pipe(ofType('emoteChat'));
export const envelope$: Selector<'envelope'> = (room$) => room$.pipe(ofType('envelope'));
export const question$: Selector<'question'> = (room$) => room$.pipe(ofType('question'));
export const control$: Selector<'control'> = (room$) => room$.pipe(ofType('control'));
export const rankUpdate$: Selector<'rankUpdate'> = (room$) => room$.pipe(ofType('rankUpdate'));
export const linkMic$: Selector<'linkMic'> = (room$) => room$.pipe(ofType('linkMic'));
export const liveIntro$: Selector<'liveIntro'> = (room$) => room$.pipe(ofType('liveIntro'));

/** Social events that are follows. */
export const follow$: Selector<'social'> = (room$) => social$(room$).pipe(filter((e) => (e as { type: string } as SocialEvent).action === 'follow'));
/** Social events that are shares. */
export const share$: Selector<'social'> = (room$) => social$(room$).pipe(filter((e) => (e as { type: string } as SocialEvent).action === 'share'));
/** The end of the LIVE: control action 3 (ended) or 4 (suspended). */
export const streamEnd$: Selector<'control'> = (room$) => room$.pipe(filter((e): e is Extract<typeof e, { type: 'control' }> => isStreamEnd(e)));
