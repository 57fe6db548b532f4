/** The size budgets of issue 3: models ≤ 1 MB in all, ≤ 200k triangles drawn at once (bones, skin and muscles). */
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUSCLES } from '../../src/anatomy/muscles/catalog';
import { DEFAULT_LOFT } from '../../src/geometry/muscles/loft';
import { readManifest } from '../../scripts/models/manifest';

describe('budgets', () => {
  it('public/models holds at most 1,000,000 bytes', () => {
    const bytes = readdirSync('public/models').reduce((n, f) => n + statSync(`public/models/${f}`).size, 0);
    expect(bytes).toBeLessThanOrEqual(1_000_000);
  });

  it('everything drawn at once is at most 200,000 triangles', () => {
    const m = readManifest();
    const models = (m.models.bones?.triangles ?? Number.NaN) + (m.models.body?.triangles ?? Number.NaN);
    const perMuscle = (DEFAULT_LOFT.samples - 1) * DEFAULT_LOFT.ring * 2;
    const total = models + MUSCLES.length * perMuscle;
    expect(total).toBeLessThanOrEqual(200_000);
    expect(total).toBeGreaterThan(100_000); // the count is real, not a missing manifest
  });
});
