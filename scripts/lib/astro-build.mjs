// node scripts/lib/astro-build.mjs <root> <outDir>: the child process in which fixture-project.mjs
// builds a copy of the site with Astro's programmatic build().
import { build } from 'astro';
import { join } from 'node:path';
import { CPU_LINE } from './fixture-project.mjs';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: node scripts/lib/astro-build.mjs <root> <outDir>');

await build({
  root,
  outDir,
  // The copy's own caches: node_modules is shared with the site, and its default cache there
  // (node_modules/.astro) would let one copy's content reach another's build.
  cacheDir: join(root, '.astro-cache'),
  logLevel: 'warn',
});

// The build's own CPU time (all its threads), for the parent: on a shared machine wall time says
// more about the neighbours than about the build.
const { user, system } = process.cpuUsage();
console.log(`${CPU_LINE}${(user + system) / 1e6}`);
