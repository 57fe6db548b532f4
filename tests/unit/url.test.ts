/**
 * The link codec's hand-written readers (src/state/url.ts), fuzzed: no input throws, every value that
 * comes through is one the view state allows, a malformed value is named and dropped, and what the app
 * writes reads back as itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUSCLE_IDS } from '../../src/anatomy/muscles/catalog';
import { MOTION_IDS } from '../../src/anatomy/motions/types';
import { DEFAULT_VIEW_STATE, LAYERS, MODES, SIDES_VIEW, type ViewState, VIEWS } from '../../src/state/types';
import { PARAMS, parseParams, toParams } from '../../src/state/url';

const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '1.', '.5', '-0', '1e0', 'NaN', 'Infinity', '0x1', ' 0.5 ', ',', ',,bones,', 'psoas_major_r,'),
);

describe('parseParams on any input', () => {
  it('never throws, and keeps only values the view state allows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARAMS), nasty, (key, raw) => {
        const { state, problems } = parseParams(new URLSearchParams([[key, raw]]));
        const kept = Object.keys(state).length;
        expect(kept + problems.length).toBe(1);
        const s = state as Partial<ViewState>;
        if (s.t !== undefined) expect(s.t >= 0 && s.t <= 1).toBe(true);
        if (s.speed !== undefined) expect(s.speed >= 0.1 && s.speed <= 4).toBe(true);
        if (s.view !== undefined) expect(VIEWS).toContain(s.view);
        if (s.side !== undefined) expect(SIDES_VIEW).toContain(s.side);
        if (s.mode !== undefined) expect(MODES).toContain(s.mode);
        if (s.motion !== undefined) expect(MOTION_IDS).toContain(s.motion);
        for (const l of [...(s.layers ?? []), ...(s.seeThrough ?? [])]) expect(LAYERS).toContain(l);
        for (const m of s.isolate ?? []) expect(MUSCLE_IDS).toContain(m);
        if (s.zones !== undefined || s.play !== undefined) expect(['1', '0']).toContain(raw);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads numbers as numbers, with the bounds inclusive, and refuses what is not a plain decimal', () => {
    expect(parseParams('t=0.25&speed=4').state).toEqual({ t: 0.25, speed: 4 });
    expect(parseParams('t=1&speed=0.1').state).toEqual({ t: 1, speed: 0.1 });
    for (const bad of ['t=1.01', 't=-0.1', 't=1e-1', 't=', 't=NaN', 'speed=0.09', 'speed=4.5', 'speed=0x2']) {
      expect(parseParams(bad).ignored, bad).toHaveLength(1);
    }
  });

  it('round-trips every state the app can write', () => {
    const state = fc.record({
      zones: fc.boolean(),
      motion: fc.constantFrom(null, ...MOTION_IDS),
      t: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
      play: fc.boolean(),
      speed: fc.constantFrom(0.25, 0.5, 1, 2, 4),
      view: fc.constantFrom(...VIEWS),
      layers: fc.subarray([...LAYERS]),
      seeThrough: fc.subarray([...LAYERS]),
      isolate: fc.subarray(MUSCLE_IDS.slice(0, 6)),
      side: fc.constantFrom(...SIDES_VIEW),
      mode: fc.constantFrom(...MODES),
      muscle: fc.constantFrom(null, ...MUSCLE_IDS.slice(0, 4)),
    });
    fc.assert(
      fc.property(state, (partial) => {
        const s = { ...DEFAULT_VIEW_STATE, ...partial } as ViewState;
        const again = { ...DEFAULT_VIEW_STATE, ...parseParams(toParams(s)).state } as ViewState;
        expect(toParams(again).toString()).toBe(toParams(s).toString());
        expect(parseParams(toParams(s)).problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
