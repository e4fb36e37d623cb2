import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Node's own import of a module, in a process of its own (Vitest's loader would resolve what Node
 * cannot), with TypeScript's types stripped as Node ≥ 22.18 does by default (the flag makes older
 * Node 22 do the same). Returns what the import threw, or '' when it loaded.
 */
function nodeImportError(file: string): string {
  const url = pathToFileURL(file).href;
  const run = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', `await import(${JSON.stringify(url)})`], {
    encoding: 'utf8',
    // The config reads the deploy variables; a test run's own must not make it throw.
    env: { PATH: process.env['PATH'] ?? '' },
  });
  return run.status === 0 ? '' : (run.stderr.split('\n').find((l) => /Error/.test(l)) ?? run.stderr);
}

describe('astro.config.mjs', () => {
  // Astro imports a .mjs config with Node first and starts a Vite server to load it only when
  // that fails: a relative import without its `.ts` costs every build that server.
  it('loads with Node alone, every relative import it reaches naming its file', () => {
    expect(nodeImportError(join(process.cwd(), 'astro.config.mjs'))).toBe('');
  });

  it('is checked by a probe that fails on an import without its extension', () => {
    // An import as Vite resolves it and Node does not.
    const dir = mkdtempSync(join(tmpdir(), 'config-import-'));
    writeFileSync(join(dir, 'helper.ts'), 'export const helper: number = 1;\n');
    writeFileSync(join(dir, 'config.mjs'), "export { helper } from './helper';\n");
    expect(nodeImportError(join(dir, 'config.mjs'))).toMatch(/Cannot find module .*\/helper'/);
  });
});
