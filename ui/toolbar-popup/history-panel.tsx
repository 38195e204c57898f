import { useEffect } from 'preact/hooks';
import { t as msg, uiLanguage } from '@/ui/i18n';
import type { HistoryState } from './history-state';

/** The History tab: the words looked up, most often and most recent first, with Save and Clear history. */
export function HistoryPanel({ state }: { state: HistoryState }) {
  useEffect(() => {
    void state.load();
  }, [state]);
  const records = state.records.value;
  const status = state.status.value;
  if (!records) return <p class="muted">{msg('pageVocabLoading')}</p>;
  const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section class="history" data-testid="history">
      {state.enabled.value ? null : <p class="muted">{msg('historyOff')}</p>}
      <div class="status-bar" aria-live="polite" role={status?.kind === 'error' ? 'alert' : undefined}>
        {status ? <span class="status-text">{status.text}</span> : null}
      </div>
      {records.length === 0 ? (
        <p class="muted">{msg('historyEmpty')}</p>
      ) : (
        <>
          <table>
            <caption class="visually-hidden">{msg('historyTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{msg('colWord')}</th>
                <th scope="col">{msg('colLookups')}</th>
                <th scope="col">{msg('colLastLookup')}</th>
                <th scope="col">{msg('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => {
                const saved = state.saved.value.has(r.word);
                return (
                  <tr key={r.word} data-word={r.word}>
                    <th scope="row" lang="zh-CN">
                      {r.word}
                    </th>
                    <td>{r.count}</td>
                    <td title={r.pageTitle || r.url}>{when.format(r.lastAt)}</td>
                    <td>
                      <button
                        type="button"
                        aria-pressed={saved}
                        disabled={saved}
                        onClick={() => void state.save(r)}
                      >
                        {saved ? msg('popupSaved') : msg('popupSave')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p>
            <button type="button" onClick={() => void state.clear()}>
              {msg('historyClear')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
