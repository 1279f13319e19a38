// Mozilla Readability on jsdom over the extraction corpus, as the baseline for bench_extract.
// Usage: node readability_extract.mjs PASSES FILE...
// Every page is read into memory first; each pass parses every page with jsdom (which sniffs the charset from the
// bytes, as a browser would) and runs Readability on it. Prints one JSON object: total time and per-page medians.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const passes = Math.max(1, parseInt(process.argv[2], 10) || 1);
const files = process.argv.slice(3);
const pages = files.map((f) => ({ name: basename(f), bytes: readFileSync(f) }));
const quiet = new VirtualConsole();  // pages' CSS and script errors are not the benchmark's business
const times = pages.map(() => []);
let chars = 0;
const start = process.hrtime.bigint();
for (let pass = 0; pass < passes; ++pass) {
    pages.forEach((page, i) => {
        const t0 = process.hrtime.bigint();
        const dom = new JSDOM(page.bytes, { url: `https://example.org/${page.name}`, contentType: 'text/html', virtualConsole: quiet });
        const article = new Readability(dom.window.document).parse();
        chars += article?.textContent?.length ?? 0;
        dom.window.close();
        times[i].push(Number(process.hrtime.bigint() - t0) / 1e6);
    });
}
const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const perPage = Object.fromEntries(pages.map((p, i) => [p.name, median(times[i])]));
process.stdout.write(JSON.stringify({ passes, pages: pages.length, total_ms: totalMs, chars, per_page_median_ms: perPage }) + '\n');
