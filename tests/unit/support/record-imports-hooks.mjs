// Module hooks for record-imports.mjs: append "importer → resolved module" for every resolution.
import { appendFileSync } from 'node:fs';

let out;
export function initialize(data) {
  out = data.out;
}

export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (out) appendFileSync(out, `${context.parentURL ?? ''} ${r.url}\n`);
  return r;
}
