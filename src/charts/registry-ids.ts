/**
 * The chart ids as astro.config reads them: the folders src/charts/registry.ts imports, in its
 * order, read from its text with fs. Importing the registry would load every chart (d3, the world's
 * outlines, the map's panels) before the build starts, only for the article guard to know the ids;
 * tests/unit/charts/registry.test.ts checks that these are the registry's ids.
 */
import { readFileSync } from 'node:fs';

export function registryIds(registry: URL): string[] {
  const text = readFileSync(registry, 'utf8');
  const ids = [...text.matchAll(/import\('\.\/([\w-]+)\/\1'\)/g)].map((m) => m[1]!);
  if (!ids.length) throw new Error(`${registry.pathname}: no chart imports of the form import('./<id>/<id>') found`);
  return ids;
}
