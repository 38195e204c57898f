/**
 * Bound derivational suffixes: one-character morphemes that, put after a word, make a new word of it
 * (供水 → 供水量 amount of water supplied, 回收 → 回收率 recovery rate, 无害 → 无害化 rendering harmless, 强制 →
 * 强制性 mandatory, 透明 → 透明度 transparency, 批准 → 批准权 power to approve, 恢复 → 恢复费 restoration fee,
 * 投资 → 投资额 amount invested, 节约 → 节约型 conservation-oriented). The dictionary lists only the commonest
 * derivations, so the segmenter leaves the suffix as a word of its own (贮存|量, 灾害|性|天气), and a reader
 * would hover 量 "to measure" or 性 "sex". After a word of policy prose these characters are the suffix, not
 * the free word: none of them stands alone as a word in this register.
 *
 * A numeral before one is a count with its unit (二十五|度 is twenty-five degrees), not a derivation; and a
 * suffix character that begins a dictionary word with what follows belongs to that word (化|工: 化工).
 */
export const BOUND_SUFFIXES: ReadonlySet<string> = new Set([...'量率化性度权费额型']);
