/**
 * A hash of what source files *do*, for staleness stamps on generated files (models, calibration tables).
 * TypeScript is hashed as the JavaScript it compiles to without comments, and JSON as its parsed value, so
 * a reworded comment, a type annotation or a reformatting does not mark a generated file stale, while
 * any change to code or data does. A stamp that turns stale on a comment teaches people to restamp
 * without rebuilding, which is worse than no stamp.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

/** Every file under a path, in a stable order ([] when the path does not exist). */
function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => files(join(path, f)));
}

/** The part of a file that can change what code built from it produces. */
function behaviourText(path: string): string {
  const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  if (/\.(ts|tsx|mts)$/.test(path)) {
    // esbuild prints the module afresh: types, comments and layout gone, legal comments included.
    return transformSync(text, { loader: path.endsWith('x') ? 'tsx' : 'ts', legalComments: 'none' }).code;
  }
  if (path.endsWith('.json')) return JSON.stringify(JSON.parse(text));
  return text;
}

/** 16 hex digits over the files under `paths`, named and in order. */
export function sourceHash(paths: string[]): string {
  const h = createHash('sha256');
  for (const f of paths.flatMap(files)) {
    h.update(f);
    h.update(behaviourText(f));
  }
  return h.digest('hex').slice(0, 16);
}
