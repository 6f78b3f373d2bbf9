/**
 * `defaults` with every field `partial` sets: the factories' first step, before they fill the nested
 * objects field by field. A field set to `undefined` keeps its default (the factories handle the fields
 * whose `undefined` means something, such as `toUser`, themselves).
 */
export function fill<T extends object>(defaults: T, partial: object | undefined): T {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  if (partial) for (const [key, value] of Object.entries(partial)) if (value !== undefined) out[key] = value;
  return out as T;
}

/** `partial` filled by `factory`, or `undefined` when the caller set it so; `absent` when the caller did not say. */
export function optional<P extends object, T>(owner: object, key: string, partial: P | undefined, factory: (p: P | undefined) => T, absent: () => T | undefined): T | undefined {
  if (partial !== undefined) return factory(partial);
  return key in owner ? undefined : absent();
}
