// Korean public holidays. Fixed ones by month and day; 설날 and 추석 follow the lunar calendar,
// so their solar dates come from a table and years outside it give no date rather than a guess.

const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  신정: [1, 1],
  삼일절: [3, 1],
  "3·1절": [3, 1],
  "3.1절": [3, 1],
  어린이날: [5, 5],
  현충일: [6, 6],
  제헌절: [7, 17],
  광복절: [8, 15],
  개천절: [10, 3],
  한글날: [10, 9],
  크리스마스이브: [12, 24],
  크리스마스: [12, 25],
  성탄절: [12, 25],
};

const SEOLLAL: Record<number, [number, number]> = {
  2010: [2, 14],
  2011: [2, 3],
  2012: [1, 23],
  2013: [2, 10],
  2014: [1, 31],
  2015: [2, 19],
  2016: [2, 8],
  2017: [1, 28],
  2018: [2, 16],
  2019: [2, 5],
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
};

const CHUSEOK: Record<number, [number, number]> = {
  2010: [9, 22],
  2011: [9, 12],
  2012: [9, 30],
  2013: [9, 19],
  2014: [9, 8],
  2015: [9, 27],
  2016: [9, 15],
  2017: [10, 4],
  2018: [9, 24],
  2019: [9, 13],
  2020: [10, 1],
  2021: [9, 21],
  2022: [9, 10],
  2023: [9, 29],
  2024: [9, 17],
  2025: [10, 6],
  2026: [9, 25],
};

/** Month and day of a holiday in a given year, or null when unknown. */
export function holidayDate(name: string, year: number): [number, number] | null {
  const key = name.replace(/\s/g, "");
  const fixed = FIXED_HOLIDAYS[key];
  if (fixed) return fixed;
  if (key === "설날") return SEOLLAL[year] ?? null;
  if (key === "추석") return CHUSEOK[year] ?? null;
  return null;
}

export const HOLIDAY_PATTERN =
  "크리스마스\\s?이브|크리스마스|성탄절|신정|설날|추석|삼일절|3·1절|3\\.1절|어린이날|현충일|제헌절|광복절|개천절|한글날";
