import { PINYIN_FONT_CSS } from '@/ui/pinyin-font';

/**
 * The popup's styles, inside its shadow root. Page rules cannot select anything in there; `all: initial`
 * on the root also stops the inherited properties (font, colour, line height) that cross the boundary;
 * visibility alone is inherited again, so that the host's "hidden" hides a popup laid out ahead of use.
 */
export const POPUP_CSS = `
.root { all: initial; visibility: inherit; display: block; box-sizing: border-box; width: min(380px, calc(100vw - 16px));
  overflow: auto; overscroll-behavior: contain; background: #fffdf8; color: #1d2327;
  border: 1px solid #b9c3c9; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.22);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
  padding: 10px 12px; text-align: left; direction: ltr; writing-mode: horizontal-tb; pointer-events: auto; }
.root * { box-sizing: border-box; }
@media (prefers-color-scheme: dark) {
  .root { background: #1f2427; color: #e8ecee; border-color: #4a555c; }
  .muted, .source { color: #a9b4ba !important; }
  .policy { background: #17342f !important; border-color: #2c6e62 !important; }
  .page-term { background: #2a2338 !important; border-color: #8d72c4 !important; }
  button { background: #2b3235 !important; color: #e8ecee !important; border-color: #56626a !important; }
}
header { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
h2 { all: unset; font-size: 26px; line-height: 1.2; font-weight: 600; }
[lang="zh-CN"] { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
  "Microsoft YaHei", "WenQuanYi Micro Hei", "Droid Sans Fallback", sans-serif; }
[lang="zh-TW"] { font-family: "Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei",
  "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Droid Sans Fallback", sans-serif; }
.trad { font-size: 18px; }
.pinyin { font-size: 16px; }
${PINYIN_FONT_CSS}
.t1 { color: #d0312d; } .t2 { color: #d97b00; } .t3 { color: #2e8b2e; } .t4 { color: #1f5fbf; } .t5 { color: #6b7378; }
@media (prefers-color-scheme: dark) {
  .t1 { color: #ff7b72; } .t2 { color: #ffb454; } .t3 { color: #7ee787; } .t4 { color: #79b8ff; } .t5 { color: #a9b4ba; }
}
.hsk { font-size: 11px; border: 1px solid currentColor; border-radius: 3px; padding: 0 4px; }
.policy { margin: 8px 0; padding: 6px 8px; background: #e9f6f3; border-left: 3px solid #1f7a6c; border-radius: 4px; }
.page-term { margin: 8px 0; padding: 6px 8px; background: #f3eefa; border-left: 3px solid #6b4fa3; border-radius: 4px; }
.page-term .label { color: #6b4fa3; }
.page-term button { margin-top: 4px; }
.label { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #1f7a6c; font-weight: 600; }
.english { font-weight: 600; }
p { margin: 4px 0; }
ol { margin: 4px 0; padding-left: 20px; }
li { margin: 1px 0; }
.reading { margin-top: 6px; }
.muted, .source { color: #5b666c; font-size: 12px; }
blockquote { margin: 4px 0; padding-left: 8px; border-left: 2px solid #b9c3c9; }
fieldset.nearby { all: unset; display: block; margin-top: 6px; font-size: 13px; }
.nearby .near { padding: 1px 6px; margin: 2px 4px 0 0; font-size: 13px; }
/* Stuck to the bottom of a popup shrunk to fit a small frame, so its buttons stay in view while it scrolls. */
footer { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 -10px; padding: 4px 0 10px; align-items: center;
  position: sticky; bottom: -10px; background: inherit; }
button { font: inherit; font-size: 13px; padding: 3px 10px; border-radius: 5px; cursor: pointer;
  border: 1px solid #8a9499; background: #fff; color: #1d2327; white-space: nowrap; }
/* The speaker and its "…" on one line, the height of the other buttons. */
.speak { display: inline-flex; align-items: center; gap: 2px; }
button[aria-pressed="true"] { background: #1f7a6c; color: #fff; border-color: #1f7a6c; }
.keys { margin-left: auto; font-size: 11px; color: #8a9499; }
`;
