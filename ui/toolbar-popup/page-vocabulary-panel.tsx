import { useEffect } from 'preact/hooks';
import { t as msg } from '@/ui/i18n';
import type { PageVocabularyState } from './page-vocabulary-state';

/** The This page tab: the page's policy terms and not-yet-known words, most frequent first. */
export function PageVocabularyPanel({ state }: { state: PageVocabularyState }) {
  useEffect(() => {
    // Asked for when the popup opened: the tab asks again only if that answer has not come.
    if (!state.data.peek()) void state.load();
  }, [state]);
  const page = state.data.value;
  const status = state.status.value;
  if (!page) return <p class="muted">{msg('pageVocabLoading')}</p>;
  const share = page.total ? Math.round((page.known / page.total) * 100) : 0;
  return (
    <section class="page-vocabulary" data-testid="page-vocabulary">
      {page.total === 0 ? (
        <p class="muted">{msg('pageVocabEmpty')}</p>
      ) : (
        <p>{msg('pageVocabKnownShare', [share, page.known, page.total])}</p>
      )}
      <div class="status-bar" aria-live="polite" role={status?.kind === 'error' ? 'alert' : undefined}>
        {status ? <span class="status-text">{status.text}</span> : null}
        {state.undoable.value ? (
          <button type="button" onClick={() => void state.undo()}>
            {msg('undo')}
          </button>
        ) : null}
      </div>
      {page.words.length > 0 ? (
        <>
          <p>
            <button type="button" onClick={() => void state.saveAll()}>
              {msg('pageVocabSaveAll')}
            </button>
          </p>
          <table>
            <caption class="visually-hidden">{msg('pageVocabTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{msg('colWord')}</th>
                <th scope="col">{msg('colPinyin')}</th>
                <th scope="col">{msg('colEnglish')}</th>
                <th scope="col">{msg('colCount')}</th>
                <th scope="col">{msg('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {page.words.map((w) => (
                <tr key={w.word} data-word={w.word}>
                  <th scope="row" lang="zh-CN">
                    {w.word}
                    {w.glossaryId ? <span class="badge"> {msg('policyTermBadge')}</span> : null}
                  </th>
                  <td>{w.pinyin}</td>
                  <td>{w.english}</td>
                  <td>{w.count}</td>
                  <td>
                    <button
                      type="button"
                      aria-pressed={w.saved}
                      disabled={w.saved}
                      onClick={() => void state.save(w)}
                    >
                      {w.saved ? msg('popupSaved') : msg('popupSave')}
                    </button>
                    {w.known ? null : (
                      <button type="button" onClick={() => void state.known(w)}>
                        {msg('popupKnown')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.more > 0 ? <p class="muted">{msg('pageVocabMore', page.more)}</p> : null}
        </>
      ) : null}
    </section>
  );
}
