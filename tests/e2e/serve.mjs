// Serves a built site the way a static host does: files from the folder, /path/ → path/index.html,
// the site's own 404.html with status 404 for anything else, and the headers in dist/_headers
// (the Netlify / Cloudflare Pages format: a path or "prefix*" line, then indented "Name: value").
// Like Cloudflare Pages, the stricter of the two hosts, it joins a header that several matching
// rules set with ", " (so a header set twice shows up in tests), and like both hosts it redirects
// a directory path without its trailing slash.
// Usage: node serve.mjs DIR PORT
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
// Like Cloudflare Pages, the 404.html nearest up the path answers a miss: /de/x gets /de/404.html.
const nearestNotFound = (path) => {
  for (let dir = path.replace(/[^/]*$/, ''); dir.length > 1; dir = dir.replace(/[^/]*\/$/, '')) {
    const file = join(root, dir, '404.html');
    if (existsSync(file)) return readFileSync(file);
  }
  return notFound;
};

/** @type {{ pattern: string, headers: [string, string][] }[]} */
const rules = [];
if (existsSync(join(root, '_headers'))) {
  for (const line of readFileSync(join(root, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
}
const matches = (pattern, path) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path);

const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const headers = new Map();
  for (const rule of rules)
    if (matches(rule.pattern, path))
      for (const [k, v] of rule.headers) headers.set(k.toLowerCase(), headers.has(k.toLowerCase()) ? `${headers.get(k.toLowerCase())}, ${v}` : v);
  for (const [k, v] of headers) res.setHeader(k, v);
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path) && existsSync(join(root, path, 'index.html'))) {
    res.statusCode = 301;
    res.setHeader('Location', `${path}/${new URL(req.url ?? '/', 'http://x').search}`);
    res.end();
    return;
  }
  files(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(nearestNotFound(path));
  });
}).listen(Number(port), 'localhost', () => console.log(`serving ${root} on http://localhost:${port}/`));
