import type { LocaleData } from '../language-data';

export default {
  intl: 'de-DE',
  name: 'Deutsch',
  compactDisplay: 'short',
  currencyCodeFirst: true,
  numberWords: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
} satisfies LocaleData;
