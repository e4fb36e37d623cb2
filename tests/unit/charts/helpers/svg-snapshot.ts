/**
 * SVG snapshots that can be looked at. On a mismatch the new drawing is written beside the old
 * one, `tests/snapshots/<name>.changed.svg` (git-ignored), as Observable Plot's tests write
 * `*-changed.svg`: open both as pictures before accepting the change with `npx vitest run -u`.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const SNAPSHOTS = fileURLToPath(new URL('../../../snapshots/', import.meta.url));

export const snapshotFile = (name: string): string => `${SNAPSHOTS}${name}.svg`;
export const changedFile = (name: string): string => `${SNAPSHOTS}${name}.changed.svg`;

export async function expectSvgSnapshot(name: string, svg: string): Promise<void> {
  const file = snapshotFile(name);
  const changed = changedFile(name);
  const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (old !== undefined && old !== svg) writeFileSync(changed, svg);
  try {
    await expect(svg).toMatchFileSnapshot(file);
  } catch (error) {
    if (error instanceof Error && existsSync(changed))
      error.message = `${error.message}\n\nThe new drawing is in ${changed}: compare it with ${file} as a picture.`;
    throw error;
  }
  // Equal, or just accepted with -u: nothing left to compare.
  rmSync(changed, { force: true });
}
