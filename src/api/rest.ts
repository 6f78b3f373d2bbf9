/**
 * Clients of a tik.tools-style REST API: the sign-and-return flow
 * (`callApi`, `fetchSignedUrl`) and the CAPTCHA solver service.
 */
import { HttpError, InvalidArgumentError, SignServerError } from '../errors.js';
import { buildUrl, parseCookieString, readJson, request } from './http.js';
import { resolveRoomId } from './livePage.js';
import { DEFAULT_TIKTOOL_SIGN_SERVER, type HttpOptions } from './options.js';
import { signServerError } from './sign.js';
import { normalizeUniqueId } from './uniqueId.js';

/** A sign-and-return answer: TikTok's URL, signed, to fetch from your own IP. */
export interface SignedUrlResponse {
  status_code: number;
  action?: string;
  signed_url: string;
  headers?: Record<string, string>;
  cookies?: string;
}

/** Fetches a sign-and-return URL with its headers and cookies, and returns TikTok's JSON. */
export async function fetchSignedUrl<T = unknown>(response: SignedUrlResponse, options: HttpOptions = {}): Promise<T> {
  if (!response || typeof response.signed_url !== 'string' || !URL.canParse(response.signed_url)) {
    throw new InvalidArgumentError('fetchSignedUrl needs a response with a signed_url');
  }
  const headers = { ...response.headers };
  const cookies = { ...options.cookies, ...parseCookieString(response.cookies) };
  const userAgent = headers['User-Agent'] ?? headers['user-agent'] ?? options.userAgent;
  const res = await request(response.signed_url, { headers }, { ...options, userAgent, cookies });
  if (res.status >= 400) throw new HttpError(`The signed URL answered HTTP ${res.status}`, res.status, { retryable: res.status >= 500 });
  return readJson<T>(res, 'The signed URL');
}

export interface CallApiOptions extends HttpOptions {
  apiKey: string;
  /** The endpoint path, e.g. `/webcast/room_info`. */
  endpoint: string;
  uniqueId: string;
  /** The API server. Default tik.tools'. */
  serverUrl?: string | undefined;
  /** Default POST (JSON body); GET sends `unique_id` / `room_id` as query params. */
  method?: 'GET' | 'POST' | undefined;
  /** More fields for the POST body. */
  extraBody?: Record<string, unknown> | undefined;
}

/** What a tik.tools-style endpoint answers: a signed URL to fetch, a request to resolve the room, or its data. */
export type ApiAnswer = Partial<SignedUrlResponse> & { status_code?: number; error?: string; message?: string };

/**
 * The sign-and-return flow up to the last answer: calls the endpoint with the username; if it asks
 * (`action: 'resolve_required'`), resolves the room id and calls again with it. Returns that answer
 * (a signed URL, or the API's own data), or `null` when the user is not live.
 */
export async function signAndReturn(options: CallApiOptions): Promise<ApiAnswer | null> {
  if (!options.apiKey) throw new InvalidArgumentError('callApi needs an apiKey');
  if (typeof options.endpoint !== 'string' || !/^\/[\w/.-]+$/.test(options.endpoint)) {
    throw new InvalidArgumentError(`endpoint must be a path like "/webcast/room_info", got ${JSON.stringify(options.endpoint)}`);
  }
  const uniqueId = normalizeUniqueId(options.uniqueId);
  const server = (options.serverUrl ?? DEFAULT_TIKTOOL_SIGN_SERVER).replace(/\/+$/, '');
  const { apiKey, endpoint } = options;
  const call = async (key: 'unique_id' | 'room_id', value: string): Promise<ApiAnswer> => {
    const get = options.method === 'GET';
    const url = buildUrl(server, endpoint, { apiKey, ...(get ? { [key]: value } : {}) });
    const res = await request(url, get ? {} : { method: 'POST', json: { [key]: value, ...options.extraBody } }, { ...options, cookies: undefined });
    if (res.status !== 200) throw await signServerError(res, endpoint);
    return readJson<ApiAnswer>(res, `The API server (${endpoint})`);
  };
  const first = await call('unique_id', uniqueId);
  if (first.action !== 'resolve_required') return first;
  const roomId = await resolveRoomId(uniqueId, options);
  if (!roomId) return null;
  const second = await call('room_id', roomId);
  if (second.action === 'resolve_required') throw new SignServerError(`${endpoint} still asked for resolution after being given room ${roomId}`, undefined, { retryable: false });
  return second;
}

/** True when an answer is a signed URL to fetch. */
export function isSignedUrlAnswer(answer: ApiAnswer): answer is SignedUrlResponse {
  return !!answer.signed_url || answer.action === 'fetch_signed_url';
}

/** The API's own data, or the typed error for a failed `status_code`. */
export function directAnswer<T>(answer: ApiAnswer, endpoint: string): T {
  if (answer.status_code !== 0) throw new SignServerError(`${endpoint} failed with status_code ${answer.status_code}: ${answer.error ?? answer.message ?? 'no message'}`, undefined, { retryable: false });
  return answer as T;
}

/**
 * Runs the whole sign-and-return flow of a tik.tools-style endpoint: calls it
 * with the username; if it asks (`action: 'resolve_required'`), resolves the
 * room id and calls again with it; if it answers a signed URL
 * (`action: 'fetch_signed_url'`), fetches TikTok's data with it. Returns
 * TikTok's (or the API's direct) data, or `null` when the user is not live.
 */
export async function callApi<T = unknown>(options: CallApiOptions): Promise<T | null> {
  const answer = await signAndReturn(options);
  if (answer === null) return null;
  return isSignedUrlAnswer(answer) ? fetchSignedUrl<T>(answer, options) : directAnswer<T>(answer, options.endpoint);
}

// ---------------------------------------------------------------- CAPTCHA solver clients

export interface SolverOptions extends HttpOptions {
  apiKey: string;
  /** The solver service. Default tik.tools'. */
  serverUrl?: string | undefined;
}

export interface PuzzleSolution {
  /** Pixels to slide the piece. */
  slideX: number;
  slideY: number;
  /** 0..1 */
  confidence: number;
  solveTimeMs: number;
}

export interface RotateSolution {
  /** Degrees to rotate, 0..359. */
  angle: number;
  confidence: number;
  solveTimeMs: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface ShapesSolution {
  point1: Point;
  point2: Point;
  confidence: number;
  solveTimeMs: number;
}

function requireImage(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidArgumentError(`${name} must be a non-empty base64-encoded image`);
  return value;
}

async function solve<T>(kind: string, body: Record<string, string>, options: SolverOptions, check: (data: Record<string, unknown>) => boolean): Promise<T> {
  if (!options.apiKey) throw new InvalidArgumentError('The CAPTCHA solver needs an apiKey');
  const server = (options.serverUrl ?? DEFAULT_TIKTOOL_SIGN_SERVER).replace(/\/+$/, '');
  const res = await request(buildUrl(server, `/captcha/solve/${kind}`, { apiKey: options.apiKey }), { method: 'POST', json: body }, { ...options, cookies: undefined });
  if (res.status !== 200) throw await signServerError(res, `the ${kind} CAPTCHA solver`);
  const answer = await readJson<{ status_code?: number; error?: string; data?: Record<string, unknown> }>(res, `The ${kind} CAPTCHA solver`);
  if (answer.status_code !== 0 || !answer.data || !check(answer.data)) {
    throw new SignServerError(`The ${kind} CAPTCHA solver failed: ${answer.error ?? JSON.stringify(answer).slice(0, 120)}`, undefined, { retryable: false });
  }
  return answer.data as T;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPoint = (v: unknown) => !!v && isNum((v as Point).x) && isNum((v as Point).y);

/** Slider puzzle: where to slide `piece` on `puzzle` (both base64 PNG/JPEG). */
export async function solvePuzzle(options: SolverOptions & { puzzle: string; piece: string }): Promise<PuzzleSolution> {
  const body = { puzzle: requireImage('puzzle', options.puzzle), piece: requireImage('piece', options.piece) };
  return solve<PuzzleSolution>('puzzle', body, options, (d) => isNum(d.slideX) && isNum(d.confidence));
}

/** Rotate ("whirl"): the angle that lines `inner` up with `outer`. */
export async function solveRotate(options: SolverOptions & { outer: string; inner: string }): Promise<RotateSolution> {
  const body = { outer: requireImage('outer', options.outer), inner: requireImage('inner', options.inner) };
  return solve<RotateSolution>('rotate', body, options, (d) => isNum(d.angle) && isNum(d.confidence));
}

/** Shapes: the two matching shapes in `image`. */
export async function solveShapes(options: SolverOptions & { image: string }): Promise<ShapesSolution> {
  return solve<ShapesSolution>('shapes', { image: requireImage('image', options.image) }, options, (d) => isPoint(d.point1) && isPoint(d.point2));
}
