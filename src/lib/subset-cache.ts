/**
 * subset-font with a disk cache: a subset is a pure function of the font, the characters and the
 * options, and making one (harfbuzz, then WOFF2's brotli at its best level) takes a few hundred
 * milliseconds. The build makes the same dozen on every run.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';

type Options = NonNullable<Parameters<typeof subsetFont>[2]>;

const DIR = join(process.cwd(), 'node_modules', '.cache', 'font-subsets');

export async function cachedSubset(font: Uint8Array, text: string, options: Options): Promise<Uint8Array> {
  const key = createHash('sha256').update(font).update('\0').update(text).update('\0').update(JSON.stringify(options)).digest('hex');
  const file = join(DIR, `${key}.bin`);
  const hit = await readFile(file).catch(() => null);
  if (hit) return hit;
  const made = await subsetFont(font, text, options);
  await mkdir(DIR, { recursive: true });
  await writeFile(file, made);
  return made;
}
