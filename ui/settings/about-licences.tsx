/**
 * Credits for the data Tanci ships. CC BY-SA 4.0 asks for the authors, the licence and a link to it;
 * the MIT licence asks that its copyright notice travel with the HSK list (seeds/hsk30/LICENSE), and the
 * Apache licence that its text travel with g2pM's weights (public/licences/g2pM-LICENSE.txt).
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
}

export const CREDITS: readonly Credit[] = [
  {
    name: 'CC-CEDICT',
    url: 'https://cc-cedict.org/wiki/',
    use: 'licencesUseCedict',
    holders: 'MDBG and the CC-CEDICT contributors',
    licence: 'Creative Commons Attribution-ShareAlike 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    note: 'Based on CEDICT, © 1997–1998 Paul Andrew Denisowski. Tanci repacks the dictionary for fast lookup; the packed file is shared under the same licence.',
  },
  {
    name: 'HSK 3.0 vocabulary list (hsk30)',
    url: 'https://github.com/ivankra/hsk30',
    use: 'licencesUseHsk',
    holders: '© 2023 Ivan Krasilnikov, © 2021 Shawky, © 2021 Pleco Inc.',
    licence: 'MIT licence',
    licenceUrl: 'https://opensource.org/license/mit',
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
