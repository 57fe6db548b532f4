/**
 * The belly factors the poser looks up each frame (src/geometry/bodies/volumeCorrection.json) are
 * calibrated on the muscle bodies as shipped and on the posing code: the file must say what it was
 * calibrated from, so a rebuilt muscles.glb or a changed poser without a recalibration fails here.
 * (What the factors achieve is checked in muscleMotion.test.ts: every body within ±10 % of its volume.)
 */
import { describe, expect, it } from 'vitest';
import { volumeCorrectionSource } from '../../scripts/volumeCorrection';
import data from '../../src/geometry/bodies/volumeCorrection.json';

describe('the volume correction tables', () => {
  it('are calibrated on the current models and posing (regenerate with `npx tsx scripts/volumeCorrection.ts`)', () => {
    expect(data.source).toEqual(volumeCorrectionSource());
  });

  it('hold knots in ascending order and factors within the solver’s bounds', () => {
    const bodies = data.bodies as Record<string, { key: string; x: number[]; factor: number[] }>;
    expect(Object.keys(bodies).length).toBeGreaterThan(0);
    for (const [name, t] of Object.entries(bodies)) {
      expect(['stretch', 'hip_flexion'], name).toContain(t.key);
      expect(t.x.length, name).toBe(t.factor.length);
      for (let i = 1; i < t.x.length; i++) expect(t.x[i]!, name).toBeGreaterThan(t.x[i - 1]!);
      for (const k of t.factor) expect(k, name).toBeGreaterThanOrEqual(0.6);
      for (const k of t.factor) expect(k, name).toBeLessThanOrEqual(1.8);
    }
  });
});
