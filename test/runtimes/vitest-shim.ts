/**
 * The part of vitest's API the marble specs (marbles/*.spec.ts) use, for runtimes vitest does not run
 * on (Bun, Deno, workerd): `describe`, `it`, `beforeEach`, `afterEach`, `expect` with the matchers the
 * specs call, and `expect.any` / `expect.objectContaining`. The harness bundles the specs with `vitest`
 * pointing here. `toEqual` follows vitest: properties that are `undefined` are as if absent, errors are
 * equal when their class, name, message and own properties are. A matcher that is not here throws, so
 * a spec that needs more fails loudly instead of passing by accident.
 */

type Fn = () => unknown;
interface Suite {
  name: string;
  beforeEach: Fn[];
  afterEach: Fn[];
  parent?: Suite;
}
interface Test {
  name: string;
  file: string;
  suite: Suite;
  fn: Fn;
}

let currentFile = '';
let current: Suite = { name: '', beforeEach: [], afterEach: [] };
const tests: Test[] = [];

/** Starts a spec file: its top-level hooks apply to its tests only. */
export function beginFile(file: string): void {
  currentFile = file;
  current = { name: '', beforeEach: [], afterEach: [] };
}

export function describe(name: string, fn: () => void): void {
  const parent = current;
  current = { name, beforeEach: [], afterEach: [], parent };
  try {
    fn();
  } finally {
    current = parent;
  }
}

export function it(name: string, optionsOrFn: Fn | object, maybeFn?: Fn): void {
  const fn = typeof optionsOrFn === 'function' ? (optionsOrFn as Fn) : maybeFn!;
  tests.push({ name, file: currentFile, suite: current, fn });
}
export const test = it;

export function beforeEach(fn: Fn): void {
  current.beforeEach.push(fn);
}

export function afterEach(fn: Fn): void {
  current.afterEach.push(fn);
}

// ---------------------------------------------------------------------------------------------------
// Asymmetric matchers

abstract class Asymmetric {
  abstract asymmetricMatch(other: unknown): boolean;
}

class Any extends Asymmetric {
  constructor(private readonly type: unknown) {
    super();
  }
  asymmetricMatch(other: unknown): boolean {
    const t = this.type;
    if (t === String) return typeof other === 'string' || other instanceof String;
    if (t === Number) return typeof other === 'number' || other instanceof Number;
    if (t === Boolean) return typeof other === 'boolean' || other instanceof Boolean;
    if (t === BigInt) return typeof other === 'bigint';
    if (t === Function) return typeof other === 'function';
    if (t === Object) return typeof other === 'object' && other !== null;
    return other instanceof (t as new () => unknown);
  }
}

class ObjectContaining extends Asymmetric {
  constructor(private readonly sample: Record<string, unknown>) {
    super();
  }
  asymmetricMatch(other: unknown): boolean {
    if (typeof other !== 'object' || other === null) return false;
    return Object.keys(this.sample).every((k) => k in other && equals((other as Record<string, unknown>)[k], this.sample[k]));
  }
}

// ---------------------------------------------------------------------------------------------------
// Equality

function ownKeys(o: object): PropertyKey[] {
  return [...Object.keys(o), ...Object.getOwnPropertySymbols(o).filter((s) => Object.prototype.propertyIsEnumerable.call(o, s))];
}

/** vitest's `toEqual` equality (recursive; `undefined` properties ignored). */
export function equals(a: unknown, b: unknown): boolean {
  if (b instanceof Asymmetric) return b.asymmetricMatch(a);
  if (a instanceof Asymmetric) return a.asymmetricMatch(b);
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false;
  if (a instanceof Error || b instanceof Error) {
    if (!(a instanceof Error && b instanceof Error)) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || a.name !== b.name || a.message !== b.message) return false;
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = a as unknown as ArrayLike<unknown>;
    const y = b as unknown as ArrayLike<unknown>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!equals(a[i], y[i])) return false;
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !equals(v, b.get(k))) return false;
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const v of a) if (!b.has(v) && ![...b].some((w) => equals(v, w))) return false;
    return true;
  }
  const ra = a as Record<PropertyKey, unknown>;
  const rb = b as Record<PropertyKey, unknown>;
  const keysA = ownKeys(a).filter((k) => ra[k as string] !== undefined);
  const keysB = ownKeys(b).filter((k) => rb[k as string] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equals(ra[k as string], rb[k as string]));
}

/** vitest's `toMatchObject`: every property of `expected` is in `actual`, recursively. */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected instanceof Asymmetric) return expected.asymmetricMatch(actual);
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null) return equals(actual, expected);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  }
  if (expected instanceof Date || expected instanceof RegExp || expected instanceof Map || expected instanceof Set || ArrayBuffer.isView(expected)) return equals(actual, expected);
  const a = actual as Record<PropertyKey, unknown>;
  return ownKeys(expected).every((k) => k in a && matches(a[k as string], (expected as Record<PropertyKey, unknown>)[k as string]));
}

/** Where `a` and `b` first differ, for a failure message (`[0].notification.value.roomId`). */
function whereDiffer(a: unknown, b: unknown, path = ''): string | undefined {
  if (equals(a, b)) return undefined;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && !(b instanceof Asymmetric)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const at = Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`;
      const inner = whereDiffer((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at);
      if (inner) return inner;
    }
  }
  return `${path || '(the value)'}: ${show(a)} is not ${b instanceof Asymmetric ? b.constructor.name : show(b)}`;
}

function show(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v instanceof Error ? `${v.name}: ${v.message}` : v));
    return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(value);
  }
}

export class AssertionError extends Error {
  override name = 'AssertionError';
}

function matchers(actual: unknown, label?: string) {
  const fail = (what: string): never => {
    throw new AssertionError(`${label ? `${label}: ` : ''}expected ${what.startsWith('to equal the') ? 'the value' : show(actual)} ${what}`);
  };
  return {
    toBe(expected: unknown) {
      if (!Object.is(actual, expected)) fail(`to be ${show(expected)}`);
    },
    toEqual(expected: unknown) {
      if (!equals(actual, expected)) fail(`to equal the expected value; at ${whereDiffer(actual, expected)}`);
    },
    toMatchObject(expected: unknown) {
      if (!matches(actual, expected)) fail(`to match ${show(expected)}`);
    },
    toBeUndefined() {
      if (actual !== undefined) fail('to be undefined');
    },
    toMatch(expected: RegExp | string) {
      if (typeof actual !== 'string' || !(typeof expected === 'string' ? actual.includes(expected) : expected.test(actual))) fail(`to match ${expected}`);
    },
    toHaveLength(n: number) {
      if ((actual as { length?: number } | null)?.length !== n) fail(`to have length ${n}`);
    },
    toBeInstanceOf(type: new (...args: never[]) => unknown) {
      if (!(actual instanceof type)) fail(`to be an instance of ${type.name}`);
    },
    toBeLessThanOrEqual(n: number | bigint) {
      if (!((actual as number) <= n)) fail(`to be <= ${n}`);
    },
    toThrow(expected?: unknown) {
      let thrown: unknown;
      let threw = false;
      try {
        (actual as () => unknown)();
      } catch (err) {
        threw = true;
        thrown = err;
      }
      if (!threw) return fail('to throw');
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      if (expected === undefined) return;
      if (typeof expected === 'function' && !(thrown instanceof (expected as new () => unknown))) fail(`to throw a ${(expected as { name: string }).name}, threw ${show(thrown)}`);
      if (expected instanceof RegExp && !expected.test(message)) fail(`to throw ${expected}, threw "${message}"`);
      if (typeof expected === 'string' && !message.includes(expected)) fail(`to throw "${expected}", threw "${message}"`);
      if (expected instanceof Error && message !== expected.message) fail(`to throw "${expected.message}", threw "${message}"`);
    },
  };
}

type Matchers = ReturnType<typeof matchers>;

export const expect = Object.assign(
  (actual: unknown, label?: string): Matchers => {
    const m = matchers(actual, label);
    return new Proxy(m, {
      get(target, prop) {
        if (prop in target) return target[prop as keyof Matchers];
        throw new AssertionError(`the runtime spec shim has no matcher ${String(prop)}: add it to test/runtimes/vitest-shim.ts`);
      },
    });
  },
  {
    any: (type: unknown) => new Any(type) as never,
    objectContaining: (sample: Record<string, unknown>) => new ObjectContaining(sample) as never,
  },
);

// ---------------------------------------------------------------------------------------------------
// Running

export interface SpecResult {
  file: string;
  name: string;
  ok: boolean;
  reason?: string;
}

function chain(suite: Suite | undefined): Suite[] {
  const out: Suite[] = [];
  for (let s = suite; s; s = s.parent) out.unshift(s);
  return out;
}

/** Runs every test registered so far, in order, with its suites' hooks. */
export async function runRegistered(): Promise<SpecResult[]> {
  const results: SpecResult[] = [];
  for (const t of tests.splice(0)) {
    const suites = chain(t.suite);
    const name = [...suites.map((s) => s.name).filter(Boolean), t.name].join(' > ');
    try {
      for (const s of suites) for (const h of s.beforeEach) await h();
      try {
        await t.fn();
      } finally {
        for (const s of suites.reverse()) for (const h of s.afterEach) await h();
      }
      results.push({ file: t.file, name, ok: true });
    } catch (err) {
      results.push({ file: t.file, name, ok: false, reason: err instanceof Error ? `${err.name}: ${err.message}`.split('\n')[0] : String(err) });
    }
  }
  return results;
}

// The marble specs' `recordWithPromises` lets promises settle with setImmediate, which workerd lacks.
const g = globalThis as { setImmediate?: (fn: () => void) => unknown };
g.setImmediate ??= (fn) => setTimeout(fn, 0);
