/**
 * `npx tsx bench/first-load.ts [outDir]`: the JS each page's HTML loads up front (its entry and the chunks
 * it imports statically; for the embed, also the viewer its entry imports once the frame nears the view), by package, gzip — the quick look, without a browser, at what `npm run bench`
 * measures as fetched before the first frame (which adds the chunks the first frame imports lazily).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, bytesByPackage } from './packages';

const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'myomap-first-load-'));
const chunks = await buildApp(dir);
/** A chunk and everything it imports statically. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const f of chunks.get(file)?.imports ?? []) closure(f, seen);
  return seen;
}

for (const page of ['index.html', 'embed.html']) {
  const html = readFileSync(join(dir, page), 'utf8');
  const files = new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!));
  // The embed's entry only waits for the frame to near the view, then imports the viewer: count that too.
  if (page === 'embed.html') {
    for (const f of [...files]) for (const d of chunks.get(f)?.dynamicImports ?? []) closure(d, files);
  }
  const rows = bytesByPackage(chunks, files);
  const total = rows.reduce((n, r) => n + r.gzip, 0);
  console.log(`${page}: ${(total / 1024).toFixed(1)} KB gzip in ${files.size} files`);
  for (const r of rows.filter((q) => q.gzip >= 512)) console.log(`  ${r.name.padEnd(28)} ${(r.gzip / 1024).toFixed(1).padStart(6)} KB`);
}
