// Serves a built site the way a static host does: files from the folder, /path/ → path/index.html,
// and the site's own 404.html with status 404 for anything else. Usage: node serve.mjs DIR PORT
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const [dir = 'dist', port = '4329'] = process.argv.slice(2);
const root = resolve(dir);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html; run "npm run build" first.`);
  process.exit(1);
}
const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'Not found';
const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });

createServer((req, res) => {
  files(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFound);
  });
}).listen(Number(port), 'localhost', () => console.log(`serving ${root} on http://localhost:${port}/`));
