/**
 * A disk cache for the build's pure and slow steps (a PNG from an SVG, a reference from citeproc):
 * the same inputs give the same bytes, and the build makes the same ones on every run. Entries live
 * in node_modules/.cache/<name>/, named by the SHA-256 of everything the output depends on (the
 * caller passes all of it, library versions included), so a changed input is a new entry and
 * never a stale hit. Deleting the folder is always safe.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(process.cwd(), 'node_modules', '.cache');

/** The installed version of an npm package, for cache keys: a new version may make other output. */
export function packageVersion(name: string): string {
  const { version } = JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return `${name}@${version}`;
}

function entry(name: string, key: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of key) hash.update(typeof part === 'string' ? `${part.length}:` : `${part.byteLength}b:`).update(part);
  return join(ROOT, name, hash.digest('hex'));
}

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
