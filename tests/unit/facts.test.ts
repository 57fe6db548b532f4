/**
 * Every muscle has its facts, every fact its source, and the facts say what the anatomy books say:
 * nerve, spinal roots, origin and insertion against a table written by hand (tests/unit/grays.ts).
 */
import { describe, expect, it } from 'vitest';
import { DISPLAY_NAMES, MUSCLES } from '../../src/anatomy/muscles/catalog';
import { MUSCLE_FACTS } from '../../src/anatomy/muscles/facts';
import { MUSCLE_NAMES } from '../../src/anatomy/muscles/types';
import { MOTIONS } from '../../src/anatomy/motions';
import { hasSource, SOURCES } from '../../src/anatomy/sources';
import { GRAYS } from './grays';

describe('muscle facts', () => {
  it('covers all 38 muscles with the display names of SPEC.md', () => {
    expect(Object.keys(MUSCLE_FACTS).sort()).toEqual([...MUSCLE_NAMES].sort());
    for (const n of MUSCLE_NAMES) expect(MUSCLE_FACTS[n].displayName).toBe(DISPLAY_NAMES[n]);
  });

  it.each(MUSCLE_NAMES)('%s has every field filled and cited', (n) => {
    const f = MUSCLE_FACTS[n];
    for (const field of ['origin', 'insertion', 'action', 'bloodSupply', 'symptoms', 'aggravating', 'selfCare'] as const) {
      expect(f[field].length, field).toBeGreaterThan(15);
    }
    expect(f.innervation.nerve.length).toBeGreaterThan(3);
    for (const r of f.innervation.roots) expect(r).toMatch(/^(T1[0-2]|T[1-9]|L[1-5]|S[1-5])$/);
    expect(f.citations.length).toBeGreaterThan(0);
    for (const c of f.citations) expect(hasSource(c.source), c.source).toBe(true);
    const fibres = MUSCLES.find((m) => m.name === n)!.fibres.length;
    for (const t of f.triggerPoints) {
      expect(t.citations.length, t.id).toBeGreaterThan(0);
      for (const c of t.citations) expect(hasSource(c.source), c.source).toBe(true);
      expect(t.fibre).toBeLessThan(fibres);
      expect(t.along).toBeGreaterThanOrEqual(0);
      expect(t.along).toBeLessThanOrEqual(1);
    }
  });

  it.each(MUSCLE_NAMES)('%s: nerve, roots, origin and insertion agree with the anatomy table', (n) => {
    const f = MUSCLE_FACTS[n];
    const row = GRAYS[n];
    expect(row, `no row for ${n} in tests/unit/grays.ts`).toBeDefined();
    for (const w of row!.nerve) expect(f.innervation.nerve, 'nerve').toMatch(w);
    for (const r of row!.roots.core) expect(f.innervation.roots, `roots lack ${r}`).toContain(r);
    for (const r of f.innervation.roots) expect(row!.roots.allowed, `root ${r} is not one the sources give`).toContain(r);
    for (const w of row!.origin.words) expect(f.origin, 'origin').toMatch(w);
    for (const w of row!.insertion.words) expect(f.insertion, 'insertion').toMatch(w);
  });

  it('every path and architecture cites a known source', () => {
    for (const m of MUSCLES) {
      for (const f of m.fibres) expect(SOURCES.some((s) => f.source.includes(s.key)), `${m.id} ${f.name}: ${f.source}`).toBe(true);
      expect(SOURCES.some((s) => m.architecture.source.includes(s.key)), m.id).toBe(true);
    }
  });

  it('every motion cites known sources', () => {
    for (const m of Object.values(MOTIONS)) for (const c of m.citations) expect(hasSource(c.source), `${m.id}: ${c.source}`).toBe(true);
  });

  it('source keys are unique', () => {
    expect(new Set(SOURCES.map((s) => s.key)).size).toBe(SOURCES.length);
  });
});
