/**
 * The viewer's canvas registers only the three.js classes its JSX names (src/scene/LeanCanvas.tsx), so the
 * rest of three.js can be left out of the bundle. A `<fooBar>` element whose class `FooBar` is not
 * registered would fail only when drawn; this test reads every .tsx under src/ and checks each JSX tag
 * that names a three.js class against the catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/scene/LeanCanvas';

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}

/** HTML and SVG elements whose names are also three.js classes: on a page they are the DOM's. */
const DOM_NAMES = new Set(['audio', 'line', 'path', 'source']);

/** Lower-case JSX tags (`<group`, `<directionalLight`) that name a three.js class, by file. */
function threeTags(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of tsxFiles('src')) {
    for (const [, tag] of readFileSync(file, 'utf8').matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
      if (DOM_NAMES.has(tag!)) continue;
      const name = tag![0]!.toUpperCase() + tag!.slice(1);
      if (!(name in THREE)) continue;
      found.set(name, [...(found.get(name) ?? []), file]);
    }
  }
  return found;
}

describe('the lean canvas', () => {
  it('registers every three.js class the scene writes as JSX', () => {
    const tags = threeTags();
    // The scene does draw with JSX (else this test would check nothing).
    expect(tags.has('Group')).toBe(true);
    const missing = [...tags].filter(([name]) => !(name in CATALOGUE)).map(([n, files]) => `${n} (${files[0]})`);
    expect(missing).toEqual([]);
  });

  it('registers no more than the JSX uses (each class kept is bundle weight)', () => {
    const tags = threeTags();
    expect(Object.keys(CATALOGUE).filter((name) => !tags.has(name))).toEqual([]);
  });
});
