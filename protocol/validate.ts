/**
 * A tiny schema checker for data that crosses a trust boundary (messages, imports, storage).
 * Hand-written instead of a library so the content script bundle stays small; every check
 * returns the value typed or throws a `ValidationError` naming the path that failed.
 */
export class ValidationError extends Error {
  override name = 'ValidationError';
}

export type Schema<T> = (value: unknown, path: string) => T;
export type Infer<S> = S extends Schema<infer T> ? T : never;

function fail(path: string, expected: string, value: unknown): never {
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  throw new ValidationError(`${path || 'value'}: expected ${expected}, got ${got}`);
}

export function string(opts: { max?: number; min?: number } = {}): Schema<string> {
  const max = opts.max ?? 10_000;
  const min = opts.min ?? 0;
  return (value, path) => {
    if (typeof value !== 'string') fail(path, 'a string', value);
    if (value.length > max) throw new ValidationError(`${path}: longer than ${max} characters`);
    if (value.length < min) throw new ValidationError(`${path}: shorter than ${min} characters`);
    return value;
  };
}

export function integer(opts: { min?: number; max?: number } = {}): Schema<number> {
  const min = opts.min ?? Number.MIN_SAFE_INTEGER;
  const max = opts.max ?? Number.MAX_SAFE_INTEGER;
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) fail(path, 'an integer', value);
    if (value < min || value > max) throw new ValidationError(`${path}: ${value} is outside ${min}..${max}`);
    return value;
  };
}

export function number(opts: { min?: number; max?: number } = {}): Schema<number> {
  const min = opts.min ?? -Number.MAX_VALUE;
  const max = opts.max ?? Number.MAX_VALUE;
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a finite number', value);
    if (value < min || value > max) throw new ValidationError(`${path}: ${value} is outside ${min}..${max}`);
    return value;
  };
}

export const boolean: Schema<boolean> = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'a boolean', value);
  return value;
};

export function literal<const T extends string | number | boolean>(...allowed: T[]): Schema<T> {
  return (value, path) => {
    if (!allowed.includes(value as T)) {
      throw new ValidationError(
        `${path}: expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`,
      );
    }
    return value as T;
  };
}

export function array<T>(item: Schema<T>, opts: { max?: number } = {}): Schema<T[]> {
  const max = opts.max ?? 10_000;
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'an array', value);
    if (value.length > max) throw new ValidationError(`${path}: more than ${max} items`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };
}

export function optional<T>(inner: Schema<T>): Schema<T | undefined> {
  return (value, path) => (value === undefined ? undefined : inner(value, path));
}

type Shape = Record<string, Schema<unknown>>;
type ObjectOf<S extends Shape> = {
  [K in keyof S as undefined extends Infer<S[K]> ? never : K]: Infer<S[K]>;
} & {
  [K in keyof S as undefined extends Infer<S[K]> ? K : never]?: Infer<S[K]>;
};

/** A plain object with exactly these keys: unknown keys are rejected, not silently carried along. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
    const input = value as Record<string, unknown>;
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(shape, key))
        throw new ValidationError(`${path ? `${path}.` : ''}${key}: unexpected field`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const v = check(input[key], path ? `${path}.${key}` : key);
      if (v !== undefined) out[key] = v;
    }
    return out as ObjectOf<S>;
  };
}

export function validate<T>(schema: Schema<T>, value: unknown, what = ''): T {
  return schema(value, what);
}
