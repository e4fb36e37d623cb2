/**
 * A disk cache for the build's pure and slow steps (a PNG from an SVG, a reference from citeproc):
 * the same inputs give the same bytes, and the build makes the same ones on every run. Entries live
 * in node_modules/.cache/<name>/, named by the SHA-256 of everything the output depends on (the
 * caller passes all of it, library versions included), so a changed input is a new entry and
 * never a stale hit. Deleting the folder is always safe.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pid } from 'node:process';
import { join } from 'node:path';

const ROOT = join(process.cwd(), 'node_modules', '.cache');

const versions = new Map<string, string>();

/** The installed version of an npm package, for cache keys: a new version may make other output. */
export function packageVersion(name: string): string {
  let v = versions.get(name);
  if (v === undefined) {
    const { version } = JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    versions.set(name, (v = `${name}@${version}`));
  }
  return v;
}

/**
 * The SHA-256 of a key's parts, each with its length, so that no two keys run together. A key
 * part that many entries share (a citation style's XML) can be its digest, hashed once.
 */
export function digest(key: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of key) hash.update(typeof part === 'string' ? `${part.length}:` : `${part.byteLength}b:`).update(part);
  return hash.digest('hex');
}

const entry = (name: string, key: readonly (string | Uint8Array)[]): string => join(ROOT, name, digest(key));

function cached<T>(name: string, key: readonly (string | Uint8Array)[], make: () => T, read: (file: string) => T): T {
  const file = entry(name, key);
  try {
    return read(file);
  } catch {
    const made = make();
    mkdirSync(join(ROOT, name), { recursive: true });
    // Written whole under another name, then renamed: a build stopped mid-write leaves no half entry.
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, made as string | Uint8Array);
    renameSync(part, file);
    return made;
  }
}

/** `make()`'s bytes, from the cache when these inputs were seen before. */
export const cachedBytes = (name: string, key: readonly (string | Uint8Array)[], make: () => Uint8Array): Uint8Array =>
  cached(name, key, make, (f) => new Uint8Array(readFileSync(f)));

/** `make()`'s text, from the cache when these inputs were seen before. */
export const cachedText = (name: string, key: readonly (string | Uint8Array)[], make: () => string): string =>
  cached(name, key, make, (f) => readFileSync(f, 'utf8'));

/** `make()`'s value as JSON makes it round trip, from the cache when these inputs were seen before. */
export const cachedJson = <T>(name: string, key: readonly (string | Uint8Array)[], make: () => T): T =>
  JSON.parse(cachedText(name, key, () => JSON.stringify(make()))) as T;

/** The kept tables of this process, written back at its end. */
const keptTables: { file: string; name: string; table: Map<string, number>; known: number }[] = [];

/** Writes every kept table that gained entries (at the end of the process; tests call it). */
export function writeKeptTables(): void {
  for (const { file, name, table, known } of keptTables) {
    if (table.size === known) continue;
    try {
      mkdirSync(join(ROOT, name), { recursive: true });
      const part = `${file}.${pid}.part`;
      writeFileSync(part, JSON.stringify([...table].map(([k, v]) => [k, Number.isNaN(v) ? null : v])));
      renameSync(part, file);
    } catch {
      // A table that cannot be written only costs the next build its time.
    }
  }
}

/**
 * A table of values that grows as the build asks (widths of characters and pairs, say), kept on
 * disk under these inputs: read once, written back when the process ends if it gained entries.
 * Values are numbers and may be NaN (JSON has none, so NaN is stored as null).
 */
export function keptTable(name: string, key: readonly (string | Uint8Array)[]): Map<string, number> {
  const file = entry(name, key);
  let table: Map<string, number>;
  try {
    table = new Map((JSON.parse(readFileSync(file, 'utf8')) as [string, number | null][]).map(([k, v]) => [k, v ?? NaN]));
  } catch {
    table = new Map();
  }
  if (!keptTables.length) process.once('exit', writeKeptTables);
  keptTables.push({ file, name, table, known: table.size });
  return table;
}
