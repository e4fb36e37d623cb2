/** Numbers the site shows that are computed from the data, never typed. */
import type { Budget, CentreCount, ExchangeRate } from '../schemas/budget';
import type { Partner } from '../schemas/partners';
import type { Survey } from '../schemas/survey';
import type { SoftwareEstimate } from '../schemas/foreign-software';

/**
 * The total shared evenly over a number of centres (the spotlight's count by default). Only a thought
 * experiment: the count of 54 is not confirmed, and the money co-finances projects, not centres.
 */
export const averagePerCentreRub = (b: Budget, centres: number = b.centres): number => b.totalRub / centres;

/** A count of centres that public reporting gives ("jul-2022": 35, "apr-2023": 33), by its id. */
export function otherCount(b: Budget, id: string): CentreCount {
  const found = b.otherCounts.find((c) => c.id === id);
  if (!found) throw new Error(`competence-centres.json has no count "${id}" in "otherCounts"`);
  return found;
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
