import { describe, expect, it } from 'vitest';
import { deployTarget } from '../../src/integrations/deploy-target';

describe('SITE_URL and BASE_PATH', () => {
  it('default to the local preview at the root, and say so', () => {
    expect(deployTarget({})).toEqual({ site: 'http://localhost:4321', base: '/', local: true, port: 4321 });
  });
  it('serve a local build on PORT, and point its links there', () => {
    expect(deployTarget({ PORT: '5000' })).toMatchObject({ site: 'http://localhost:5000', port: 5000, local: true });
    expect(deployTarget({ PORT: '5000', SITE_URL: 'https://example.org' })).toMatchObject({ site: 'https://example.org', port: 5000 });
  });
  it('take an origin and a sub-path, adding the trailing slash a base needs', () => {
    expect(deployTarget({ SITE_URL: 'https://example.org/', BASE_PATH: '/sanctions' })).toEqual({
      site: 'https://example.org',
      base: '/sanctions/',
      local: false,
      port: 4321,
    });
  });
  it('stop the build with a message naming the variable when malformed', () => {
    expect(() => deployTarget({ SITE_URL: 'example.org' })).toThrow(/SITE_URL must be an absolute/);
    expect(() => deployTarget({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL must start with https:\/\//);
    expect(() => deployTarget({ SITE_URL: 'https://example.org/sanctions/' })).toThrow(/put a sub-path in BASE_PATH/);
    expect(() => deployTarget({ BASE_PATH: 'sanctions/' })).toThrow(/BASE_PATH must be a path/);
    expect(() => deployTarget({ BASE_PATH: '/a b/' })).toThrow(/BASE_PATH must be a path/);
    for (const PORT of ['http', '0', '70000', '50 00']) expect(() => deployTarget({ PORT })).toThrow(/PORT must be a port number/);
  });
});
