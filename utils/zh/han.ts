/** Han ideographs: the unified blocks and extensions (A–H), plus compatibility ideographs. */
export const HAN_PATTERN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{323af}]/u;

export function hasHan(text: string): boolean {
  return HAN_PATTERN.test(text);
}
