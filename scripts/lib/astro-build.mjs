// node scripts/lib/astro-build.mjs <root> <outDir>: the child process in which fixture-project.mjs
// builds a copy of the site with Astro's programmatic build(), and `npm run bench` the site itself.
import { build } from 'astro';
import { join, resolve } from 'node:path';
import { CPU_LINE, SITE_ROOT } from './fixture-project.mjs';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: node scripts/lib/astro-build.mjs <root> <outDir>');

await build({
  root,
  outDir,
  // A copy's own caches: node_modules is shared with the site, and its default cache there
  // (node_modules/.astro) would let one copy's content reach another's build. The site keeps its own.
  cacheDir: resolve(root) === SITE_ROOT ? undefined : join(root, '.astro-cache'),
  logLevel: 'warn',
});

// The build's own CPU time (all its threads), for the parent: on a shared machine wall time says
// more about the neighbours than about the build.
const { user, system } = process.cpuUsage();
console.log(`${CPU_LINE}${(user + system) / 1e6}`);
