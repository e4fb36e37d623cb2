/**
 * The BibTeX we offer must load in both tools people use: classic bibtex and biber (biblatex).
 * Both must be installed (Debian: texlive-binaries, biber; .ci/run installs them when missing).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citations } from '../../../src/exports/citation';

const bst = resolve(import.meta.dirname, '../../fixtures/bibtex/check.bst');

function need(tool: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  if (!found) throw new Error(`${tool} is not installed: apt-get install texlive-binaries biber (.ci/run does this)`);
}

/** Runs bibtex over a .bib; returns its exit code and log. */
function bibtex(bibText: string): { status: number | null; log: string } {
  need('bibtex');
  const dir = mkdtempSync(join(tmpdir(), 'sidestepped-bibtex-'));
  writeFileSync(join(dir, 'refs.bib'), bibText);
  copyFileSync(bst, join(dir, 'check.bst'));
  writeFileSync(join(dir, 'refs.aux'), '\\citation{*}\n\\bibdata{refs}\n\\bibstyle{check}\n');
  const r = spawnSync('bibtex', ['refs'], { cwd: dir, env: { ...process.env, BIBINPUTS: '.', BSTINPUTS: '.' }, encoding: 'utf8' });
  return { status: r.status, log: readFileSync(join(dir, 'refs.blg'), 'utf8') };
}

/** Runs biber in tool mode with datamodel validation; returns its exit code and output. */
function biber(bibText: string): { status: number | null; log: string } {
  need('biber');
  const dir = mkdtempSync(join(tmpdir(), 'sidestepped-biber-'));
  writeFileSync(join(dir, 'refs.bib'), bibText);
  const r = spawnSync('biber', ['--tool', '--validate-datamodel', '--nolog', 'refs.bib'], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, log: `${r.stdout}${r.stderr}` };
}

const works = [
  { kind: 'chart' as const, id: 'russoft-survey', title: 'Few developers felt the centres helped', url: 'https://example.org/charts/russoft-survey/', updated: new Date('2026-11-28T00:00:00Z') },
  { kind: 'article' as const, id: 'software', title: 'How much of the state’s software was foreign? 100% & more_', url: 'https://example.org/articles/software/', updated: new Date('2026-12-01T00:00:00Z') },
];

describe('the BibTeX entries', { timeout: 60_000 }, () => {
  for (const w of works) {
    const text = citations(w).bibtex;
    it(`load in bibtex without an error or warning (${w.kind} "${w.title}")`, () => {
      const r = bibtex(text);
      expect(r.log).not.toMatch(/Warning--|error message/);
      expect(r.status, r.log).toBe(0);
    });
    it(`load in biber with its data model validated, without an error or warning (${w.kind})`, () => {
      const r = biber(text);
      expect(r.log).not.toMatch(/\b(WARN|ERROR)\b/);
      expect(r.status, r.log).toBe(0);
    });
  }

  it('is checked by tools that do catch a broken entry', () => {
    const broken = citations(works[0]!).bibtex.replace('},\n  howpublished', '\n  howpublished');
    expect(bibtex(broken).status).not.toBe(0);
    expect(biber(broken).log).toMatch(/ERROR/);
  });
});
