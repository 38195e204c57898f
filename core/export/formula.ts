/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return) as a formula, so a
 * sentence copied from a hostile page could execute in Excel. Such cells get a leading apostrophe.
 * The mapping is a bijection: a value already made of apostrophes before a trigger character gets one
 * more, and the importer removes exactly one, so every value survives export → import unchanged.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;

export function guardFormula(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

export function unguardFormula(value: string): string {
  return value.startsWith("'") && NEEDS_GUARD.test(value) ? value.slice(1) : value;
}
