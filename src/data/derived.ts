/** Numbers the site shows that are computed from the data, never typed. */
import type { Budget, CentreCount, ExchangeRate } from '../schemas/budget';
import type { PartialDate } from '../schemas/common';
import type { Partner } from '../schemas/partners';
import type { Survey } from '../schemas/survey';
import type { SoftwareEstimate } from '../schemas/foreign-software';

/** The total shared evenly over `centres` (the spotlight's count unless another is given). */
export const averagePerCentreRub = (b: Budget, centres: number = b.centres): number => b.totalRub / centres;

/** A count of centres that public reporting gives ("jul-2022": 35, "apr-2023": 33), by its id. */
export function otherCount(b: Budget, id: string): CentreCount {
  const found = b.reportedCounts.find((c) => c.id === id);
  if (!found) throw new Error(`competence-centres.json has no count "${id}" in "reportedCounts"`);
  return found;
}

/** One count of the centres and what the total would come to per centre at that count. */
export interface CountAverage {
  /** `spotlight` or the id of a reported count. */
  id: string;
  centres: number;
  /** When the count was stated: the spotlight's publication, or the date of the report. */
  date: PartialDate | undefined;
  spotlight: boolean;
  /** The report's own words for its count; none for the spotlight's, which each chart names in its language. */
  label: string | null;
  averageRub: number;
  sources: string[];
}

/** Every count of centres, the spotlight's first, then the others as reported, oldest first. */
export function countAverages(b: Budget): CountAverage[] {
  const own: CountAverage = {
    id: 'spotlight',
    centres: b.centres,
    date: undefined,
    spotlight: true,
    label: null,
    averageRub: averagePerCentreRub(b),
    sources: b.sources.filter((s) => s === 'dabrowska-2024'),
  };
  const others = [...b.reportedCounts]
    .sort((x, y) => x.date.localeCompare(y.date))
    .map((c) => ({ id: c.id, centres: c.centres, date: c.date, spotlight: false, label: c.label, averageRub: averagePerCentreRub(b, c.centres), sources: c.sources }));
  return [own, ...others];
}

export function rate(b: Budget, id: string): ExchangeRate {
  const found = b.rates.find((r) => r.id === id);
  if (!found) throw new Error(`competence-centres.json has no exchange rate "${id}"`);
  return found;
}

export const toUsd = (rub: number, r: ExchangeRate): number => rub / r.rubPerUsd;

/** The rate the spotlight must have used to turn its roubles into its dollars. */
export const impliedRubPerUsd = (b: Budget): number => b.totalRub / b.spotlightUsd;

/** The foreign share as a low–high range, whichever way the source stated it. */
export function foreignShare(e: SoftwareEstimate): { low: number; high: number } {
  return e.statedAs === 'foreign'
    ? { low: e.statedLow, high: e.statedHigh }
    : { low: 100 - e.statedHigh, high: 100 - e.statedLow };
}

export function surveyShare(s: Survey, ids: readonly string[]): number {
  const total = s.answers.filter((a) => ids.includes(a.id)).reduce((sum, a) => sum + a.percent, 0);
  // Sums of one-decimal percentages pick up float noise (17.7 + 48.2); keep one decimal.
  return Math.round(total * 10) / 10;
}

/** The countries and territories the spotlight names as partners or hubs: everyone but Russia. */
export const namedPartners = (ps: readonly Partner[]): Partner[] => ps.filter((p) => p.group !== 'subject');

/** Where the spotlight's grouping and formal status part ways: its Eurasian group vs. EAEU membership. */
export const eurasianGroup = (ps: readonly Partner[]) => {
  const group = ps.filter((p) => p.group === 'eurasian');
  return {
    all: group,
    members: group.filter((p) => p.eaeu.status === 'member'),
    observers: group.filter((p) => p.eaeu.status === 'observer'),
    none: group.filter((p) => p.eaeu.status === 'none'),
  };
};
