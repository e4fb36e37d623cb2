import type { LocaleData } from '../language-data';

export default {
  intl: 'en-GB',
  name: 'English',
  compactDisplay: 'long',
  numberWords: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
} satisfies LocaleData;
