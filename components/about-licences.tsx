/**
 * Credits for the data Tanci ships. CC BY-SA 4.0 asks for the authors, the licence and a link to it;
 * the MIT licence asks that its copyright notice travel with the HSK list (seeds/hsk30/LICENSE).
 */

interface Credit {
  name: string;
  url: string;
  use: string;
  holders: string;
  licence: string;
  licenceUrl: string;
  note?: string;
}

export const CREDITS: readonly Credit[] = [
  {
    name: 'CC-CEDICT',
    url: 'https://cc-cedict.org/wiki/',
    use: 'English definitions, readings and traditional forms',
    holders: 'MDBG and the CC-CEDICT contributors',
    licence: 'Creative Commons Attribution-ShareAlike 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    note: 'Based on CEDICT, © 1997–1998 Paul Andrew Denisowski. Tanci repacks the dictionary for fast lookup; the packed file is shared under the same licence.',
  },
  {
    name: 'HSK 3.0 vocabulary list (hsk30)',
    url: 'https://github.com/ivankra/hsk30',
    use: 'HSK levels of words',
    holders: '© 2023 Ivan Krasilnikov, © 2021 Shawky, © 2021 Pleco Inc.',
    licence: 'MIT licence',
    licenceUrl: 'https://opensource.org/license/mit',
  },
];

export function AboutLicences({ credits = CREDITS }: { credits?: readonly Credit[] }) {
  return (
    <div class="about-licences" data-section="licences">
      <h3>Data and licences</h3>
      <ul>
        {credits.map((credit) => (
          <li key={credit.name}>
            <a href={credit.url} target="_blank" rel="noreferrer">
              {credit.name}
            </a>{' '}
            ({credit.use}): {credit.holders}. Licensed under the{' '}
            <a href={credit.licenceUrl} target="_blank" rel="noreferrer">
              {credit.licence}
            </a>
            .{credit.note ? ` ${credit.note}` : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
