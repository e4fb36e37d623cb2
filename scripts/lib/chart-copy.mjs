// New charts for a fixture project, made the way src/charts/README.md says a chart is added: a copy
// of an existing chart's folder under a new id, and one line in src/charts/registry.ts. A build
// of the copy then proves the recipe: nothing else has to list the new chart.
import { readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REGISTRY = 'src/charts/registry.ts';
/** A registry line: `(await import('./<id>/<id>')).default,`. */
const LINE = /^.*import\('\.\/([a-z0-9-]+)\/\1'\).*$/gm;

/**
 * The ids of the charts in a project's registry, in its order.
 * @param {string} root the project
 * @returns {string[]}
 */
export function registeredCharts(root) {
  const ids = [...readFileSync(join(root, REGISTRY), 'utf8').matchAll(LINE)].map((m) => m[1]);
  if (!ids.length) throw new Error(`${REGISTRY}: no line of the form (await import('./<id>/<id>')).default`);
  return ids;
}

const filesUnder = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Copies the chart `model` to a new chart `id` and registers it, in the project `site`:
 * src/charts/<model>/ becomes src/charts/<id>/ with its files renamed (<model>.ts → <id>.ts,
 * <model>.layout.ts → <id>.layout.ts…), and the id changed wherever the chart writes it as its own
 * (`id: '<model>'`, ids of its drawings like `'<model>-wide'`, its CSS selectors). Its data,
 * messages and code stay the model's. Returns the new id.
 * @param {{ root: string, copy(from: string, to: string): void }} site a fixture project
 * @param {string} model the id of a registered chart
 * @param {string} id the new chart's id
 * @returns {string}
 */
export function addChartCopy(site, model, id) {
  const from = `src/charts/${model}`;
  const to = `src/charts/${id}`;
  site.copy(from, to);
  const quoted = new RegExp(`(['"\`])${escapeRegExp(model)}(?=['"\`-])`, 'g');
  const importPath = new RegExp(`(['"]\\./(?:\\.\\./)*)${escapeRegExp(model)}\\.`, 'g');
  for (const file of filesUnder(join(site.root, to))) {
    let text = readFileSync(file, 'utf8');
    if (/\.(ts|css)$/.test(file)) text = text.replace(quoted, (_, q) => `${q}${id}`).replace(importPath, (_, p) => `${p}${id}.`);
    writeFileSync(file, text);
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (name.startsWith(`${model}.`)) renameSync(file, join(file, '..', `${id}${name.slice(model.length)}`));
  }
  const registry = join(site.root, REGISTRY);
  const text = readFileSync(registry, 'utf8');
  const lines = [...text.matchAll(LINE)];
  const modelLine = lines.find((m) => m[1] === model);
  if (!modelLine) throw new Error(`${REGISTRY} has no line for "${model}"`);
  const last = lines.at(-1);
  const end = last.index + last[0].length;
  const line = modelLine[0].replaceAll(`./${model}/${model}'`, `./${id}/${id}'`);
  writeFileSync(registry, `${text.slice(0, end)}\n${line}${text.slice(end)}`);
  return id;
}
