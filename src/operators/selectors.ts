import { filter, type Observable } from 'rxjs';
import { isStreamEnd, type ControlEvent, type SocialEvent } from '../decoders/events.js';
import type { EventOf, LiveEvent } from './pipeline/events.js';
import { ofType } from './ofType.js';

/** One typed stream per event type, from a room stream. */
export const chat$ = (room$: Observable<LiveEvent>): Observable<EventOf<'chat'>> => room$.pipe(ofType('chat'));
export const gift$ = (room$: Observable<LiveEvent>): Observable<EventOf<'gift'>> => room$.pipe(ofType('gift'));
export const like$ = (room$: Observable<LiveEvent>): Observable<EventOf<'like'>> => room$.pipe(ofType('like'));
export const member$ = (room$: Observable<LiveEvent>): Observable<EventOf<'member'>> => room$.pipe(ofType('member'));
export const social$ = (room$: Observable<LiveEvent>): Observable<EventOf<'social'>> => room$.pipe(ofType('social'));
export const roomUserSeq$ = (room$: Observable<LiveEvent>): Observable<EventOf<'roomUserSeq'>> => room$.pipe(ofType('roomUserSeq'));
export const battle$ = (room$: Observable<LiveEvent>): Observable<EventOf<'battle'>> => room$.pipe(ofType('battle'));
export const battleArmies$ = (room$: Observable<LiveEvent>): Observable<EventOf<'battleArmies'>> => room$.pipe(ofType('battleArmies'));
export const subscribe$ = (room$: Observable<LiveEvent>): Observable<EventOf<'subscribe'>> => room$.pipe(ofType('subscribe'));
export const emoteChat$ = (room$: Observable<LiveEvent>): Observable<EventOf<'emoteChat'>> => room$.pipe(ofType('emoteChat'));
export const envelope$ = (room$: Observable<LiveEvent>): Observable<EventOf<'envelope'>> => room$.pipe(ofType('envelope'));
export const question$ = (room$: Observable<LiveEvent>): Observable<EventOf<'question'>> => room$.pipe(ofType('question'));
export const control$ = (room$: Observable<LiveEvent>): Observable<EventOf<'control'>> => room$.pipe(ofType('control'));
export const rankUpdate$ = (room$: Observable<LiveEvent>): Observable<EventOf<'rankUpdate'>> => room$.pipe(ofType('rankUpdate'));
export const linkMic$ = (room$: Observable<LiveEvent>): Observable<EventOf<'linkMic'>> => room$.pipe(ofType('linkMic'));
export const liveIntro$ = (room$: Observable<LiveEvent>): Observable<EventOf<'liveIntro'>> => room$.pipe(ofType('liveIntro'));

/** Social events that are follows. */
export const follow$ = (room$: Observable<LiveEvent>): Observable<SocialEvent> => social$(room$).pipe(filter((e) => e.action === 'follow'));
/** Social events that are shares. */
export const share$ = (room$: Observable<LiveEvent>): Observable<SocialEvent> => social$(room$).pipe(filter((e) => e.action === 'share'));
/** The end of the LIVE: control action 3 (ended) or 4 (suspended). */
export const streamEnd$ = (room$: Observable<LiveEvent>): Observable<ControlEvent> => room$.pipe(filter(isStreamEnd));
