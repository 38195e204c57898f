import { useEffect } from 'preact/hooks';
import { clozeParts } from '@/core/review/cloze-parts';
import { GRADES, type Grade } from '@/core/review/review-card';
import type { ReviewFront } from '@/protocol/settings/review-settings';
import { type MessageKey, t as msg } from '@/ui/i18n';
import type { CardReviewState, ReviewItemOnScreen } from './card-review-state';

const GRADE_LABELS: Record<Grade, MessageKey> = {
  again: 'gradeAgain',
  hard: 'gradeHard',
  good: 'gradeGood',
  easy: 'gradeEasy',
};

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el?.closest?.('input, textarea, select, [contenteditable="true"]'));
}

function Front({ item, front }: { item: ReviewItemOnScreen; front: ReviewFront }) {
  const parts = front === 'cloze' ? clozeParts(item.term.term, item.term.contexts) : null;
  if (!parts) {
    return (
      <p class="card-term" lang="zh-CN">
        {item.term.term}
      </p>
    );
  }
  return (
    <p class="card-sentence" lang="zh-CN">
      {parts.map((part, i) => (
        <span key={`${i}${part}`}>
          {i > 0 ? (
            <span class="cloze" role="img" aria-label={msg('reviewBlank')}>
              {'＿'.repeat(item.term.term.length)}
            </span>
          ) : null}
          {part}
        </span>
      ))}
    </p>
  );
}

function Answer({ item }: { item: ReviewItemOnScreen }) {
  const source = item.term.contexts[item.term.contexts.length - 1];
  return (
    <section class="card-answer" aria-label={msg('reviewAnswer')}>
      <p>
        <span class="card-term" lang="zh-CN">
          {item.term.term}
        </span>{' '}
        <span class="pinyin">{item.term.pinyin}</span>
      </p>
      <p>{item.term.english}</p>
      {source ? (
        <p class="muted">
          {msg('reviewSource')} <span lang="zh-CN">{source.pageTitle || source.url}</span>
        </p>
      ) : null}
    </section>
  );
}

/** The Review tab: one card at a time, Show answer (Space), then Again / Hard / Good / Easy (keys 1–4). */
export function CardReview({ state, front }: { state: CardReviewState; front: ReviewFront }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === ' ' && !state.revealed.peek() && state.current.peek()) {
        e.preventDefault();
        state.reveal();
        return;
      }
      const grade = GRADES[Number(e.key) - 1];
      if (grade && /^[1-4]$/.test(e.key) && state.revealed.peek()) {
        e.preventDefault();
        void state.grade(grade);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [state]);

  const item = state.current.value;
  const revealed = state.revealed.value;
  return (
    <section class="card-review" aria-label={msg('tabReview')}>
      <p class="review-counts" data-testid="review-counts">
        {msg('reviewCounts', [state.due.value, state.fresh.value])}
      </p>
      {state.error.value ? <p role="alert">{state.error.value}</p> : null}
      {state.phase.value === 'loading' ? (
        <p class="muted">{msg('reviewLoading')}</p>
      ) : !item ? (
        <p class="muted">{msg('reviewDone')}</p>
      ) : (
        <article class="card" aria-label={msg('reviewCard')}>
          <Front item={item} front={front} />
          {revealed ? (
            <>
              <Answer item={item} />
              <fieldset class="grades">
                <legend>{msg('reviewGrades')}</legend>
                {GRADES.map((g, i) => (
                  <button
                    type="button"
                    key={g}
                    disabled={state.busy.value}
                    aria-keyshortcuts={String(i + 1)}
                    onClick={() => void state.grade(g)}
                  >
                    {msg(GRADE_LABELS[g])}
                  </button>
                ))}
              </fieldset>
            </>
          ) : (
            <button type="button" aria-keyshortcuts="Space" onClick={() => state.reveal()}>
              {msg('reviewShowAnswer')}
            </button>
          )}
        </article>
      )}
    </section>
  );
}
