import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { unzipSync, strFromU8 } from 'fflate';
import { charts } from '../../src/charts';
import { data } from '../../src/data';
import { distFiles, read, readBytes } from './files';

/** Decodes a PNG far enough to prove it is whole: chunks, CRC-free inflate of IDAT, row count. */
function decodePng(bytes: Uint8Array): { width: number; height: number } {
  const sig = [137, 80, 78, 71, 13, 10, 26, 10];
  sig.forEach((b, i) => expect(bytes[i]).toBe(b));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  let ended = false;
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      expect(body[8]).toBe(8); // bit depth
      channels = ({ 2: 3, 6: 4, 0: 1, 4: 2 } as Record<number, number>)[body[9]!] ?? 0;
    }
    if (type === 'IDAT') idat.push(body);
    if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  expect(ended).toBe(true);
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe(height * (1 + width * channels));
  return { width, height };
}

describe('downloads for every chart in the registry', () => {
  const files = distFiles();

  for (const chart of charts) {
    it(`${chart.id}: the CSV parses and matches its dataset`, () => {
      const text = read(`data/${chart.id}.csv`);
      const rows = csvParse(text);
      const table = chart.table(data);
      expect(rows.columns.slice(0, table.columns.length)).toEqual(table.columns.map((c) => c.label));
      expect(rows.columns.some((c) => /source/i.test(c))).toBe(true);
      expect(rows).toHaveLength(table.rows.length);
      table.rows.forEach((r, i) => {
        for (const c of table.columns) expect(rows[i]![c.label]).toBe(String(r[c.key] ?? ''));
      });
    });

    it(`${chart.id}: the JSON carries the data, title, source, licence and URL`, () => {
      const doc = JSON.parse(read(`data/${chart.id}.json`));
      expect(doc.title).toBe(chart.title);
      expect(doc.licence.name).toBe('CC BY 4.0');
      expect(doc.url).toMatch(new RegExp(`/charts/${chart.id}/$`));
      expect(doc.sources.length).toBeGreaterThan(0);
      expect(doc.data).toEqual(chart.table(data).rows);
    });

    it(`${chart.id}: the PNG decodes and is at least 1200 px wide`, () => {
      const { width, height } = decodePng(readBytes(`charts/${chart.id}.png`));
      expect(width).toBeGreaterThanOrEqual(1200);
      expect(height).toBeGreaterThan(300);
    });

    it(`${chart.id}: the SVG stands alone, with title and credit`, () => {
      const svg = read(`charts/${chart.id}.svg`);
      expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toContain(`<title>${chart.title.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</title>`);
      expect(svg).toContain('CC BY 4.0');
      expect(svg).not.toMatch(/<script/i);
    });

    it(`${chart.id}: the oEmbed file is valid oEmbed 1.0 rich`, () => {
      const o = JSON.parse(read(`oembed/${chart.id}.json`));
      expect(o).toMatchObject({ version: '1.0', type: 'rich', title: chart.title });
      expect(typeof o.html).toBe('string');
      expect(o.html).toMatch(new RegExp(`<iframe src="[^"]+/embed/${chart.id}/"`));
      expect(Number.isInteger(o.width) && Number.isInteger(o.height)).toBe(true);
      expect(o.height).toBeGreaterThan(100);
      // Thumbnail fields come all together or not at all.
      expect(o.thumbnail_url).toMatch(new RegExp(`/charts/${chart.id}\\.png$`));
      const png = decodePng(readBytes(`charts/${chart.id}.png`));
      expect([o.thumbnail_width, o.thumbnail_height]).toEqual([png.width, png.height]);
    });

    it(`${chart.id}: has a page, an embed and Open Graph image of 1200 × 630`, () => {
      expect(files).toContain(`charts/${chart.id}/index.html`);
      expect(files).toContain(`embed/${chart.id}/index.html`);
      expect(decodePng(readBytes(`og/charts/${chart.id}.png`))).toEqual({ width: 1200, height: 630 });
    });
  }

  it('every article has an Open Graph image of 1200 × 630', () => {
    const articles = files.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const a of articles) {
      const slug = a.split('/')[1]!;
      expect(decodePng(readBytes(`og/articles/${slug}.png`))).toEqual({ width: 1200, height: 630 });
      expect(read(a)).toContain(`og/articles/${slug}.png`);
    }
  });

  it('the classroom bundle holds every chart’s PNG, SVG and CSV and a README with citations and licences', () => {
    const zip = unzipSync(readBytes('downloads/sanctions-sidestepped-classroom.zip'));
    const names = Object.keys(zip).sort();
    const expected = ['README.txt', ...charts.flatMap((c) => ['csv', 'png', 'svg'].map((ext) => `${c.id}/${c.id}.${ext}`))].sort();
    expect(names).toEqual(expected);
    for (const c of charts) {
      expect(strFromU8(zip[`${c.id}/${c.id}.csv`]!)).toBe(read(`data/${c.id}.csv`));
      expect(Buffer.from(zip[`${c.id}/${c.id}.png`]!).equals(readBytes(`charts/${c.id}.png`))).toBe(true);
    }
    const readme = strFromU8(zip['README.txt']!);
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain('Dąbrowska');
    for (const c of charts) expect(readme).toContain(c.title);
    expect(readme.match(/Cite \(APA 7\)/g)).toHaveLength(charts.length);
  });

  it('the host script is small', () => {
    expect(readBytes('embed.js').byteLength).toBeLessThanOrEqual(2048);
  });
});
