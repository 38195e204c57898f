import { describe, expect, it } from 'vitest';
import { AnkiError, AnkiUnreachableError, createAnkiConnect } from '@/core/anki/anki-connect';
import { toAnkiNote } from '@/core/anki/anki-note';
import { AnkiOldVersionError, sendNotes } from '@/core/anki/send-notes';
import type { SavedTerm } from '@/core/export/types';

const term = (w: string, english = 'carbon sink'): SavedTerm => ({
  term: w,
  pinyin: 'tàn huì',
  english,
  category: 'target',
  glossaryId: '',
  tags: ['climate policy'],
  note: 'a <note>',
  createdAt: 1,
  updatedAt: 1,
  contexts: [{ sentence: `提升${w}能力`, pageTitle: '意见', url: 'https://www.gov.cn/a', savedAt: 1 }],
});
const target = {
  deck: 'Chinese',
  model: 'Basic',
  fields: { Front: 'term', Back: 'english', Extra: 'sentence' },
} as const;

/** A fake fetch speaking AnkiConnect v6: records each request body and answers from `answer`. */
function fakeAnki(answer: (action: string, params: Record<string, unknown>) => unknown, version = 6) {
  const bodies: { action: string; version: number; params?: Record<string, unknown> }[] = [];
  const added = new Set<string>();
  const fetchFn = async (url: string, init: { method: string; body: string }) => {
    expect(url).toBe('http://127.0.0.1:8765');
    expect(init.method).toBe('POST');
    const body = JSON.parse(init.body);
    bodies.push(body);
    const params = body.params ?? {};
    const notes = (params.notes ?? []) as { fields: { Front: string } }[];
    const result =
      body.action === 'version'
        ? version
        : body.action === 'canAddNotes'
          ? notes.map((n) => !added.has(n.fields.Front))
          : body.action === 'addNotes'
            ? notes.map((n) => {
                added.add(n.fields.Front);
                return added.size;
              })
            : answer(body.action, params);
    return { ok: true, status: 200, json: async () => ({ result, error: null }) };
  };
  return { bodies, anki: createAnkiConnect(fetchFn) };
}

describe('the AnkiConnect client', () => {
  it('posts version-6 requests and reads their results', async () => {
    const { bodies, anki } = fakeAnki((action, params) =>
      action === 'deckNames'
        ? ['Default']
        : action === 'modelFieldNames'
          ? [`${params.modelName}:Front`]
          : null,
    );
    expect(await anki.deckNames()).toEqual(['Default']);
    expect(await anki.modelFieldNames('Basic')).toEqual(['Basic:Front']);
    expect(bodies).toEqual([
      { action: 'deckNames', version: 6 },
      { action: 'modelFieldNames', version: 6, params: { modelName: 'Basic' } },
    ]);
  });

  it('turns a refused connection into AnkiUnreachableError and an error answer into AnkiError', async () => {
    const down = createAnkiConnect(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(down.version()).rejects.toBeInstanceOf(AnkiUnreachableError);
    const refusing = createAnkiConnect(async () => ({
      ok: true,
      status: 200,
      json: async () => ({ result: null, error: 'model was not found: Nope' }),
    }));
    await expect(refusing.modelFieldNames('Nope')).rejects.toThrow(
      new AnkiError('model was not found: Nope'),
    );
    const notAnki = createAnkiConnect(async () => ({ ok: true, status: 200, json: async () => 6 }));
    await expect(notAnki.version()).rejects.toBeInstanceOf(AnkiError);
    const http = createAnkiConnect(async () => ({ ok: false, status: 403, json: async () => ({}) }));
    await expect(http.version()).rejects.toThrow(/HTTP 403/);
  });
});

describe('sending notes', () => {
  it('builds notes from the field mapping (HTML-escaped, term in bold in the sentence, tags)', () => {
    expect(toAnkiNote(term('碳汇', 'sink <b>'), { ...target })).toEqual({
      deckName: 'Chinese',
      modelName: 'Basic',
      fields: { Front: '碳汇', Back: 'sink &lt;b&gt;', Extra: '提升<b>碳汇</b>能力' },
      tags: ['tanci', 'climate_policy', 'tanci::target'],
      options: { allowDuplicate: false, duplicateScope: 'deck' },
    });
  });

  it('adds only what canAddNotes allows and reports the rest as duplicates', async () => {
    const { bodies, anki } = fakeAnki(() => null);
    const notes = [term('碳汇'), term('双控')].map((t) => toAnkiNote(t, { ...target }));
    expect(await sendNotes(anki, notes)).toEqual({ added: 2, duplicates: 0 });
    expect(await sendNotes(anki, [...notes, toAnkiNote(term('减排'), { ...target })])).toEqual({
      added: 1,
      duplicates: 2,
    });
    const adds = bodies.filter((b) => b.action === 'addNotes');
    expect(
      adds.map((b) =>
        ((b.params?.notes ?? []) as { fields: { Front: string } }[]).map((n) => n.fields.Front),
      ),
    ).toEqual([['碳汇', '双控'], ['减排']]);
    // Nothing to add: no addNotes at all.
    const before = bodies.length;
    expect(await sendNotes(anki, notes)).toEqual({ added: 0, duplicates: 2 });
    expect(bodies.slice(before).map((b) => b.action)).toEqual(['version', 'canAddNotes']);
  });

  it('refuses an AnkiConnect older than version 6 before sending anything', async () => {
    const { bodies, anki } = fakeAnki(() => null, 5);
    await expect(sendNotes(anki, [toAnkiNote(term('碳汇'), { ...target })])).rejects.toBeInstanceOf(
      AnkiOldVersionError,
    );
    expect(bodies.map((b) => b.action)).toEqual(['version']);
  });
});
