import { describe, expect, it } from 'vitest';
import {
  array,
  boolean,
  integer,
  literal,
  number,
  object,
  optional,
  string,
  ValidationError,
  validate,
} from '@/protocol/validate';

describe('validate', () => {
  const schema = object({
    word: string({ min: 1, max: 4 }),
    count: integer({ min: 0 }),
    ratio: optional(number()),
    on: boolean,
    tags: array(string(), { max: 2 }),
    kind: literal('a', 'b'),
  });

  it('returns the value when it matches', () => {
    const value = { word: '碳中和', count: 2, on: true, tags: ['x'], kind: 'a' as const };
    expect(validate(schema, value)).toEqual(value);
  });

  it.each([
    [{ word: '', count: 0, on: true, tags: [], kind: 'a' }, 'word: shorter than 1'],
    [{ word: '碳达峰碳中和', count: 0, on: true, tags: [], kind: 'a' }, 'word: longer than 4'],
    [{ word: 'a', count: 1.5, on: true, tags: [], kind: 'a' }, 'count: expected an integer'],
    [{ word: 'a', count: -1, on: true, tags: [], kind: 'a' }, 'count: -1 is outside'],
    [
      { word: 'a', count: 0, ratio: Number.NaN, on: true, tags: [], kind: 'a' },
      'ratio: expected a finite number',
    ],
    [{ word: 'a', count: 0, on: 'yes', tags: [], kind: 'a' }, 'on: expected a boolean, got string'],
    [{ word: 'a', count: 0, on: true, tags: ['1', '2', '3'], kind: 'a' }, 'tags: more than 2 items'],
    [{ word: 'a', count: 0, on: true, tags: [3], kind: 'a' }, 'tags[0]: expected a string, got number'],
    [{ word: 'a', count: 0, on: true, tags: [], kind: 'c' }, 'kind: expected one of "a", "b"'],
    [{ word: 'a', count: 0, on: true, tags: [], kind: 'a', extra: 1 }, 'extra: unexpected field'],
    [null, 'expected an object, got null'],
    [[], 'expected an object, got array'],
  ])('rejects %j with a message naming the path', (value, message) => {
    expect(() => validate(schema, value)).toThrow(ValidationError);
    expect(() => validate(schema, value)).toThrow(message);
  });

  it('drops absent optional fields instead of writing undefined', () => {
    const out = validate(schema, { word: 'a', count: 0, on: false, tags: [], kind: 'b' });
    expect(Object.hasOwn(out, 'ratio')).toBe(false);
  });
});
