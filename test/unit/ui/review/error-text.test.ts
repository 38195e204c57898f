import { describe, expect, it } from 'vitest';
import { TermGoneError } from '@/background/db/errors';
import { errorText } from '@/ui/review/error-text';
import { useLocale } from '../../use-locale';

describe('a term deleted in another window, in Chinese', () => {
  useLocale('zh_CN');

  it('names the term in the interface language', () => {
    expect(errorText(new TermGoneError('碳汇'))).toBe('“碳汇”没有保存（可能已在另一个窗口中删除）。');
  });

  it('keeps the words of errors it has no message for', () => {
    expect(errorText(new Error('disk on fire'))).toBe('disk on fire');
  });
});
