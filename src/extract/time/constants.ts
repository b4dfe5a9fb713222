// Pattern pieces shared by the parsers. Every quantifier is bounded so no pattern can backtrack badly.

/** Digits not glued to a preceding digit or decimal point. */
export const NUM_START = "(?<![0-9.,])";

export const NATIVE_HOUR = "(?:열한|열두|열|한|두|세|네|다섯|여섯|일곱|여덟|아홉)";
export const NATIVE_COUNT =
  "(?:(?:열|스물|스무|서른|마흔|쉰)(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)?|한|두|세|네|다섯|여섯|일곱|여덟|아홉)";
export const SINO = "[일이삼사오육칠팔구십백천]{1,8}";
export const DAY_COUNT_WORD = "(?:하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름)";

/**
 * What may follow a time word without making it part of another word: anything but a syllable, or a
 * syllable that starts a particle (에, 부터, 까지 …), an approximation (께, 경, 쯤), or the next time
 * word written without a space (14일오후 → 오).
 */
export const END =
  "(?=$|[^가-힣]|[에의이가을를은는로으와과도만엔부까께경쯤전후뒤무사정오새아낮저밤심자현기])";

/** Parts of the day. 정오 and 자정 are clock times and live in the clock parser. */
export const PART_OF_DAY_WORDS = [
  "한밤중",
  "간밤",
  "지난밤",
  "밤사이",
  "새벽",
  "아침",
  "오전",
  "점심",
  "한낮",
  "오후",
  "저녁",
  "심야",
  "밤",
  "낮",
] as const;
export type PartOfDay = (typeof PART_OF_DAY_WORDS)[number];

/** Words after which a part of day or a clock time may follow with no space (오늘밤, 오후세시). */
export const GLUE_BEFORE =
  "오늘|어제|내일|모레|그제|엊그제|이날|당일|전날|다음날|이튿날|그날|요일|이번|오전|오후|새벽|아침|점심|낮|저녁|밤|심야|[0-9]";

export const WEEKDAYS: Record<string, number> = { 일: 0, 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6 };

/** Approximation words after a time: attached ones (3시께, 2시간여) and ones that may stand apart (3시간 가량). */
export const APPROX_SUFFIX_ATTACHED = "(?:께|경|쯤|여|전후|무렵|가량|남짓|정도|내외)";
export const APPROX_SUFFIX_SPACED = "(?:쯤|전후|무렵|가량|남짓|정도|내외)";
export const APPROX_PREFIX = "(?:약|대략|대략적으로|얼추)";

/** Parts of a month written after it (10월 초, 이달 중순, 다음 달 말). 초과, 초기 and 말기 are other words. */
export const MONTH_PART = "(?:초순|상순|중순|하순|초(?![과기])|말(?![기씀]))";

/** After a month or a year: the end of a word, or a part of the month written without a space (10월말). */
export const END_OR_MONTH_PART = `(?:${END}|(?=${MONTH_PART}${END}))`;
