// A fixture project is a throwaway copy of the site in which a test or script swaps files (hostile
// data, broken data, generated articles, generated charts) and builds it with Astro's programmatic
// build(), as Starlight's end-to-end tests build their fixtures. The production code then needs no
// switch that only tests flip: what a fixture builds is exactly the site, with other files.
//
//   const site = fixtureProject('hostile');        // a fresh copy in the temp folder
//   site.write('content/data/glossary.json', text); // swap a file (paths are the site's own)
//   await site.build({ outDir, env: { TZ: 'Pacific/Kiritimati' } });
//
// The copy holds what a build reads (SITE_FILES); node_modules is a symlink, so a copy costs
// about a megabyte and a second.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The site's own folder: this file is scripts/lib/fixture-project.mjs. */
export const SITE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Everything `astro build` reads from the project, besides node_modules. */
export const SITE_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies of one checkout go under one folder of their own, so two checkouts never build into each other's. */
const FIXTURES = join(tmpdir(), `sidestepped-fixtures-${createHash('sha256').update(SITE_ROOT).digest('hex').slice(0, 8)}`);

/** How the build process reports its CPU time on its last line of output. */
export const CPU_LINE = 'fixture-project: cpu seconds ';

const BUILD_ENTRY = fileURLToPath(new URL('./astro-build.mjs', import.meta.url));

/**
 * Vite's and Vitest's own variables (NODE_ENV=test, MODE, BASE_URL…), which a build would take as
 * its own; everything else is inherited, as from a developer's shell.
 */
const INHERITED_NOT = /^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

/**
 * @typedef {object} FixtureProject
 * @property {string} root absolute path of the copy
 * @property {(path: string, text: string) => void} write writes a file, path relative to the copy
 * @property {(from: string, to: string) => void} copy copies a file or folder within the copy
 * @property {(path: string) => void} remove deletes a file or folder of the copy
 * @property {(options?: BuildOptions) => Promise<BuildResult>} build builds the copy
 */
/**
 * @typedef {object} BuildOptions
 * @property {string} [outDir] where the site goes, relative to the copy (default: its dist/)
 * @property {Record<string, string>} [env] variables for this build (TZ, SITE_URL, BASE_PATH)
 * @property {boolean} [echo] also print the build's output as it runs
 */
/**
 * @typedef {object} BuildResult
 * @property {string} outDir absolute path of the built site
 * @property {number} seconds wall time of the build
 * @property {number} cpuSeconds CPU time of the build process, all its threads (steadier than wall time
 *   on a machine shared with other work)
 */

/**
 * A fresh copy of the site under the temp folder, named `name` (an earlier copy of that name from
 * this checkout is replaced). One copy can be built many times, with other files or variables in between.
 * @param {string} name
 * @returns {FixtureProject}
 */
export function fixtureProject(name) {
  const root = join(FIXTURES, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const f of SITE_FILES) cpSync(join(SITE_ROOT, f), join(root, f), { recursive: true });
  symlinkSync(join(SITE_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const at = (/** @type {string} */ path) => join(root, path);
  return {
    root,
    write(path, text) {
      mkdirSync(dirname(at(path)), { recursive: true });
      writeFileSync(at(path), text);
    },
    copy(from, to) {
      cpSync(at(from), at(to), { recursive: true });
    },
    remove(path) {
      rmSync(at(path), { recursive: true, force: true });
    },
    build: (options = {}) => buildProject(root, options),
  };
}

/**
 * Builds the project at `root` with Astro's build() in a child process of its own: the time zone
 * and the deploy variables (read by astro.config.mjs) then hold for that build alone, and no
 * state of the caller (Vitest's module graph, an earlier build's Vite) reaches it. Rejects with
 * the end of the build's output when it fails.
 * @param {string} root
 * @param {BuildOptions} [options]
 * @returns {Promise<BuildResult>}
 */
export function buildProject(root, { outDir = join(root, 'dist'), env = {}, echo = false } = {}) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !INHERITED_NOT.test(k)));
  const out = resolve(root, outDir);
  rmSync(out, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUILD_ENTRY, root, out], {
      cwd: root,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (b) => ((log += b), echo && process.stdout.write(b)));
    child.stderr.on('data', (b) => ((log += b), echo && process.stderr.write(b)));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = log.lastIndexOf(CPU_LINE);
      if (code === 0) return done({ outDir: out, seconds, cpuSeconds: cpu < 0 ? NaN : parseFloat(log.slice(cpu + CPU_LINE.length)) });
      // Astro's box drawings, warnings and the dumps of whole source files say nothing here.
      const lines = log.split('\n').filter((l) => l.trim() && !/WARN|[│╭╰─]|^\s*'/.test(l));
      const said = lines.length > 30 ? [...lines.slice(0, 15), '…', ...lines.slice(-15)] : lines;
      fail(new Error(`Building the fixture project ${root} into ${out} failed:\n${said.join('\n')}`));
    });
  });
}
