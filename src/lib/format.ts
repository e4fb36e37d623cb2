import { format } from 'd3-format';
import { precisionOf, type PartialDate } from '../schemas/common';

const oneDecimal = format('.1f');
const thousands = format(',.0f');

/** "37.1 billion", "687 million": the way the articles say large sums. */
export function bigNumber(n: number): string {
  if (n >= 1e9) return `${trimZero(oneDecimal(n / 1e9))} billion`;
  if (n >= 1e6) return `${thousands(n / 1e6)} million`;
  return thousands(n);
}

const trimZero = (s: string) => s.replace(/\.0$/, '');

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count as running text says it: "one", "four" under ten, then "17", "54". */
export const countWord = (n: number): string => (Number.isInteger(n) && n >= 0 && n < 10 ? SMALL[n]! : bigNumber(n));

export const roubles = (n: number): string => `${bigNumber(n)} roubles`;

/** Always in millions, so sums either side of a billion compare at a glance: "687 million", "1,124 million". */
export const millions = (n: number): string => `${thousands(n / 1e6)} million`;
export const millionRoubles = (n: number): string => `${millions(n)} roubles`;
export const dollars = (n: number): string => `USD ${bigNumber(n)}`;

/** "7.2%", "90%". */
export const percent = (n: number): string => `${trimZero(oneDecimal(n))}%`;

/** "65–70%", or "90%" when the range is one value. */
export const percentRange = (low: number, high: number): string =>
  low === high ? percent(low) : `${trimZero(oneDecimal(low))}–${percent(high)}`;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A date shown no more precisely than it is known: "2012", "July 2022", "15 July 2022". */
export function partialDateLabel(date: PartialDate): string {
  const [y, m, d] = date.split('-');
  switch (precisionOf(date)) {
    case 'year':
      return y!;
    case 'month':
      return `${MONTHS[Number(m) - 1]} ${y}`;
    case 'day':
      return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  }
}

/** The date with the preposition English wants: "on 11 July 2022" but "in July 2022", "in 2012". */
export const partialDatePhrase = (date: PartialDate): string =>
  `${precisionOf(date) === 'day' ? 'on' : 'in'} ${partialDateLabel(date)}`;

/** For dates of pages and feeds, in UTC so that a build anywhere gives the same text. */
export const fullDate = (d: Date): string =>
  `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
