/**
 * Where the first load's bytes come from, by package: the app is built through Vite's API (the same config
 * as `vite build`, so the same chunk names), and each chunk's gzip size is shared among the modules in it
 * in proportion to the code each left in the chunk (Rolldown's `renderedLength`). Packages are named as
 * npm names them, three.js's add-ons apart from its core, and the app's own code by its folder under src/.
 */
import { gzipSync } from 'node:zlib';
import type { Rollup } from 'vite';
import { build } from 'vite';

export type BuiltChunks = Map<string, Rollup.OutputChunk>;

/** Builds the app into dist/ (or `outDir`; production, as shipped) and returns its chunks by file name. */
export async function buildApp(outDir?: string): Promise<BuiltChunks> {
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const out = await build({ mode: 'production', logLevel: 'error', build: outDir ? { outDir, emptyOutDir: true } : {} });
    const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
    const chunks: BuiltChunks = new Map();
    for (const o of outputs) for (const f of o.output) if (f.type === 'chunk') chunks.set(f.fileName, f);
    return chunks;
  } finally {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
  }
}

/** `three`, `three/examples`, `@react-three/fiber`, `src/scene`, … for a module id. */
export function packageOf(id: string): string {
  const path = id.replace(/\\/g, '/').replace(/^\0/, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    return name === 'three' && parts[1] === 'examples' ? 'three/examples' : name;
  }
  const src = path.indexOf('/src/');
  if (src >= 0) {
    const parts = path.slice(src + 1).split('/');
    return parts.length > 2 ? `${parts[0]}/${parts[1]}` : `${parts[0]}/${parts[1]!.replace(/\.[^.]+$/, '')}`;
  }
  return path.includes('vite/') || path.startsWith('vite') ? 'vite runtime' : 'other';
}

/** Gzip bytes by package over the given chunk files, largest first. */
export function bytesByPackage(chunks: BuiltChunks, files: Iterable<string>): { name: string; gzip: number }[] {
  const total = new Map<string, number>();
  for (const file of files) {
    const chunk = chunks.get(file.replace(/^\//, ''));
    if (!chunk) continue;
    const gzip = gzipSync(chunk.code, { level: 9 }).length;
    const modules = Object.entries(chunk.modules);
    const rendered = modules.reduce((n, [, m]) => n + m.renderedLength, 0) || 1;
    for (const [id, m] of modules) {
      const name = packageOf(id);
      total.set(name, (total.get(name) ?? 0) + (gzip * m.renderedLength) / rendered);
    }
  }
  return [...total].map(([name, gzip]) => ({ name, gzip })).sort((a, b) => b.gzip - a.gzip);
}
