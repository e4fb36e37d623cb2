import { describe, expect, it } from 'vitest';
import { countryCodeProblems } from '../../src/data/country-codes';

const china = { name: 'China', alpha2: 'CN', alpha3: 'CHN', numeric: '156' };

describe('countryCodeProblems', () => {
  it('accepts codes that belong together, whatever common name ISO knows the country by', () => {
    expect(countryCodeProblems(china)).toEqual([]);
    expect(countryCodeProblems({ name: 'Turkey', alpha2: 'TR', alpha3: 'TUR', numeric: '792' })).toEqual([]);
    expect(countryCodeProblems({ name: 'Hong Kong (China SAR)', alpha2: 'HK', alpha3: 'HKG', numeric: '344', point: [114.2, 22.3] })).toEqual([]);
  });

  it('names the country a wrong numeric code belongs to', () => {
    expect(countryCodeProblems({ ...china, numeric: '158' })).toEqual([
      { field: 'numeric', message: expect.stringContaining('"158" (that is Taiwan') },
    ]);
  });

  it('rejects an alpha-3 code of the right shape that is not the country’s', () => {
    expect(countryCodeProblems({ ...china, alpha3: 'CHI' })).toEqual([
      { field: 'alpha3', message: expect.stringContaining('whose alpha-3 code is "CHN"') },
    ]);
  });

  it('rejects an alpha-2 code that does not exist, and one that names another country', () => {
    expect(countryCodeProblems({ ...china, alpha2: 'CH' }).map((p) => p.field)).toEqual(['alpha3', 'numeric', 'name']);
    expect(countryCodeProblems({ ...china, alpha2: 'QQ' })).toEqual([{ field: 'alpha2', message: expect.stringContaining('not an ISO') }]);
  });

  it('wants a point for a country the map has no outline of', () => {
    const singapore = { name: 'Singapore', alpha2: 'SG', alpha3: 'SGP', numeric: '702' };
    expect(countryCodeProblems(singapore)).toEqual([{ field: 'numeric', message: expect.stringContaining('no outline') }]);
    expect(countryCodeProblems({ ...singapore, point: [103.8, 1.35] })).toEqual([]);
  });
});
