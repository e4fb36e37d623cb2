// Serves a copy of a built site compressed the way a CDN serves it (brotli and gzip, best levels),
// for the audit and the benchmark: what they measure is what a reader downloads.
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import sirv from 'sirv';

const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));

/** Writes .br and .gz beside every text file under `dir`. */
export function precompress(dir) {
  for (const f of walk(dir)) {
    if (!/\.(html|css|js|mjs|json|svg|xml|txt|csv)$/.test(f)) continue;
    const body = readFileSync(f);
    writeFileSync(`${f}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${f}.gz`, gzipSync(body, { level: 9 }));
  }
}

/**
 * Copies `dist` to `served`, lets `prepare(served)` add files, precompresses, and serves it on a
 * free loopback port. Returns the origin and a close function.
 */
export async function serveCompressed(dist, served, prepare = () => {}) {
  rmSync(served, { recursive: true, force: true });
  cpSync(dist, served, { recursive: true });
  await prepare(served);
  precompress(served);
  const files = sirv(served, { gzip: true, brotli: true, etag: true, extensions: ['html'] });
  const server = createServer((req, res) => files(req, res, () => ((res.statusCode = 404), res.end('Not found'))));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
