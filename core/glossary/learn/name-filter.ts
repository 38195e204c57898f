/**
 * People and places are not glossary terms. News text names reporters in bylines (本报记者张铭贤),
 * officials (发言人孟玮) and the people a story is about; the general dictionary does not know these
 * names, so statistics alone would take a name repeated through an article for a term.
 */
import { hasDomainChar } from './domain-morphemes';

/** The commonest Chinese surnames (single-character), which cover the great majority of people. */
const SURNAMES = new Set([
  ...'习王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
]);

/** Words that introduce a person's name right after them. */
const NAME_CUES = /(记者|通讯员|发言人|局长|主任|书记|市长|县长|队员|女士|先生|同志|教授|代表)$/u;
/** Words that follow a person's name. */
const NAME_FOLLOWERS = /^(说|指出|表示|介绍|认为|强调|女士|先生|同志|看来)/u;
/** Endings of place names: provinces, cities, counties, districts, towns, streets. */
const PLACE_END = /(省|市|县|区|州|镇|乡|村|街道|自治区)$/u;

/**
 * True when the candidate looks like a person's name: two or three characters, a surname first, unknown
 * to the general dictionary, no field character, and seen after a name cue or before a speech verb.
 */
export function looksLikePersonName(
  term: string,
  known: boolean,
  contexts: readonly { before: string; after: string }[],
): boolean {
  const chars = [...term];
  if (chars.length < 2 || chars.length > 3 || known) return false;
  if (!SURNAMES.has(chars[0] ?? '') || hasDomainChar(term)) return false;
  if (/[女先][士生]$/u.test(term)) return true;
  return (
    contexts.some(({ before, after }) => NAME_CUES.test(before) || NAME_FOLLOWERS.test(after)) ||
    chars.length === 3
  );
}

/**
 * True when the candidate is a place: a name the general dictionary tags as one, or a name plus an
 * administrative ending (石家庄市, 海淀区) whose stem is a place or not a field word.
 */
export function looksLikePlace(
  term: string,
  names: ReadonlySet<string> | undefined,
  known: (word: string) => boolean,
  fieldStem: boolean,
): boolean {
  if (names?.has(term)) return true;
  const match = PLACE_END.exec(term);
  if (!match) return false;
  const stem = term.slice(0, term.length - match[0].length);
  if (stem.length < 2 || known(term.slice(-2))) return false; // 湿地城市, not 湿地城 + 市
  if (names?.has(stem)) return true;
  // An unknown short stem before 市/区 is a name (峡江县); a known word is not (建成区).
  return !fieldStem && !known(stem) && stem.length <= 3;
}
