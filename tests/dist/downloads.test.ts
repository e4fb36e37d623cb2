import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { unzipSync, strFromU8 } from 'fflate';
import { resolvedCharts } from '../../src/charts';
import { columnHeader, type TableColumn } from '../../src/charts/types';
import { data } from '../../src/data';
import { chartViews } from '../../src/exports/chart-files';
import { sourceName } from '../../src/lib/source-name';
import { distFiles, read, readBytes } from './files';

const charts = resolvedCharts();

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
      const table = chart.table;
      const columns = table.columns.filter((c) => c.key !== 'sources');
      expect(rows.columns).toEqual([...columns.map(columnHeader), 'Sources']);
      expect(rows).toHaveLength(table.rows.length);
      table.rows.forEach((r, i) => {
        for (const c of columns) expect(rows[i]![columnHeader(c)]).toBe(String(r[c.key] ?? ''));
      });
    });

    it(`${chart.id}: the JSON carries the data, title, source, licence and URL`, () => {
      const doc = JSON.parse(read(`data/${chart.id}.json`));
      expect(doc.title).toBe(chart.title);
      expect(doc.licence.name).toBe('CC BY 4.0');
      expect(doc.url).toMatch(new RegExp(`/charts/${chart.id}/$`));
      expect(doc.sources.length).toBeGreaterThan(0);
      expect(doc.data).toEqual(chart.table.rows);
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
    const expected = [
      'README.txt',
      ...charts.flatMap((c) => [
        `${c.id}/${c.id}.csv`,
        // Every view of a switch (the map's formal-status view) travels too.
        ...chartViews(c).flatMap((v) => [`${c.id}/${v.name}.png`, `${c.id}/${v.name}.svg`]),
      ]),
    ].sort();
    expect(names).toEqual(expected);
    expect(names.some((n) => /-formal\.png$/.test(n))).toBe(true);
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

  it('the PNG and SVG of every view carry the chart’s notes, and the map’s the formal-status caveat', () => {
    for (const chart of charts) {
      for (const view of chartViews(chart)) {
        const svg = read(view.svg);
        const text = svg.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
        for (const note of chart.notes.filter(Boolean)) expect(text, `${view.svg}: note "${note.slice(0, 40)}…"`).toContain(note.split(/\s+/).slice(0, 6).join(' '));
        expect(decodePng(readBytes(view.png)).width).toBeGreaterThanOrEqual(1200);
      }
    }
    const map = read('charts/partners-map-formal.svg').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    expect(map).toMatch(/only Belarus was a/);
  });

  it('the host script is small', () => {
    expect(readBytes('embed.js').byteLength).toBeLessThanOrEqual(2048);
  });
});

/**
 * Every CSV in the build, as a spreadsheet reads it: numeric columns hold numbers in every row,
 * units sit in the header, no figure is written as a phrase, and sources are named (with their
 * address where there is one), never given as internal ids.
 */
describe('every CSV in dist/data', () => {
  const csvs = distFiles().filter((f) => /^data\/[^/]+\.csv$/.test(f));
  const ids = data.sources.map((s) => s.id);
  // A unit in a header: "Total (billion roubles)", "Share of respondents (%)".
  const UNIT = /\((%|[^)]*\b(roubles?|dollars?|USD|RUB|per ?cent|million|billion|thousand)\b[^)]*)\)$/i;

  it('there is one per chart', () => {
    expect(csvs.length).toBeGreaterThanOrEqual(charts.length);
  });

  for (const file of csvs) {
    describe(file, () => {
      const rows = csvParse(read(file));
      const doc = JSON.parse(read(file.replace(/\.csv$/, '.json'))) as { columns: TableColumn[] };
      const numeric = new Set([...doc.columns.filter((c) => c.numeric || c.unit).map(columnHeader), ...rows.columns.filter((h) => UNIT.test(h))]);

      it('numeric columns (marked so, or with a unit in the header) hold a finite number in every row', () => {
        expect(rows.length).toBeGreaterThan(0);
        for (const h of numeric) {
          expect(rows.columns, `${file}: column "${h}"`).toContain(h);
          for (const [i, r] of rows.entries()) {
            const cell = r[h]!;
            expect(cell.trim(), `${file} row ${i + 1}, "${h}"`).not.toBe('');
            expect(Number.isFinite(Number(cell)), `${file} row ${i + 1}, "${h}": ${JSON.stringify(cell)}`).toBe(true);
          }
        }
      });

      it('writes no figure as a phrase ("≈ 61.6", "USD 602 million", "37.1 billion roubles", "60–70%")', () => {
        // A cell that is nothing but a number dressed with a sign, currency, scale or unit.
        const FIGURE = /^(≈|~|about)?\s*(USD|US\$|RUB)?\s*\d[\d.,]*(\s*[–-]\s*\d[\d.,]*)?\s*(%|thousand|million|billion)?(\s*(roubles?|dollars?))?$/i;
        for (const h of rows.columns.filter((c) => c !== 'Sources')) {
          for (const r of rows) {
            const cell = r[h]!.trim();
            if (cell === '' || Number.isFinite(Number(cell))) continue;
            expect(cell, `${file}, "${h}"`).not.toMatch(FIGURE);
          }
        }
      });

      it('ends with a Sources column that names every source, with its address where there is one', () => {
        expect(rows.columns.at(-1)).toBe('Sources');
        for (const r of rows) {
          const cell = r['Sources']!;
          expect(cell.trim()).not.toBe('');
          for (const id of ids) expect(cell, `${file}: the bare source id "${id}"`).not.toMatch(new RegExp(`(^|[\\s;,])${id}($|[\\s;,])`));
          for (const s of data.sources) if (s.url && cell.includes(sourceName(s))) expect(cell).toContain(s.url);
        }
      });
    });
  }
});
