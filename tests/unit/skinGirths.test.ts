/**
 * The body surface's proportions: tape girths of the neutral body.glb at the anatomical levels, each
 * within 5 % of the published mean it is built to (src/geometry/skin/anthropometry.ts), and the tape
 * itself checked on shapes whose girth is known.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type BodyMesh, loadBodyMesh } from '../../scripts/models/readBody';
import { GIRTH_SCALE, GIRTH_SITES, REFERENCE, SUBJECT, targetGirth } from '../../src/geometry/skin/anthropometry';
import { girth, hullPerimeter, siteGirth } from '../../src/geometry/skin/girth';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBodyMesh();
});

/** A closed tube of radius r around the vertical axis through (cx, cz), from y = 0 to 1. */
function tube(r: number, cx = 0, cz = 0, n = 64): { positions: Float32Array; indices: Uint32Array } {
  const positions = new Float32Array(n * 2 * 3);
  const indices: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    positions.set([cx + r * Math.cos(a), 0, cz + r * Math.sin(a)], i * 3);
    positions.set([cx + r * Math.cos(a), 1, cz + r * Math.sin(a)], (n + i) * 3);
    const j = (i + 1) % n;
    indices.push(i, j, n + i, j, n + j, n + i);
  }
  return { positions, indices: Uint32Array.from(indices) };
}

function join(...meshes: { positions: Float32Array; indices: Uint32Array }[]) {
  const positions = new Float32Array(meshes.reduce((s, m) => s + m.positions.length, 0));
  const indices: number[] = [];
  let offset = 0;
  for (const m of meshes) {
    positions.set(m.positions, offset * 3);
    for (const i of m.indices) indices.push(i + offset);
    offset += m.positions.length / 3;
  }
  return { positions, indices: Uint32Array.from(indices) };
}

describe('the tape', () => {
  it('measures a round tube as 2πr (to its polygon)', () => {
    const polygon = 64 * 2 * 0.1 * Math.sin(Math.PI / 64);
    expect(girth(tube(0.1), 0.5)).toBeCloseTo(polygon, 6);
  });

  it('spans hollows like a tape: two tubes side by side measure round both, one side measures one', () => {
    const legs = join(tube(0.08, 0, 0.1), tube(0.08, 0, -0.1));
    const polygon = 64 * 2 * 0.08 * Math.sin(Math.PI / 64);
    // Around both: the two half-circles and the two straight runs between them.
    expect(girth(legs, 0.5)).toBeCloseTo(polygon + 2 * 0.2, 3);
    expect(siteGirth(legs, { heights: [0.5], pick: 'only', side: 'right' }).girth).toBeCloseTo(polygon, 6);
  });

  it('hull of a square is its perimeter', () => {
    expect(hullPerimeter([[0, 0], [1, 0], [1, 1], [0, 1], [0.5, 0.5]])).toBeCloseTo(4, 9);
  });
});

describe('scaling to the model subject', () => {
  it('scales girths by √(mass/stature) from the reference men to the 1.80 m, 75.16 kg gait2392 subject', () => {
    expect(SUBJECT).toEqual({ stature: 1.8, mass: 75.16 });
    expect(GIRTH_SCALE).toBeCloseTo(Math.sqrt(75.16 / 1.8 / (REFERENCE.mass / REFERENCE.stature)), 12);
    expect(GIRTH_SCALE).toBeGreaterThan(0.96);
    expect(GIRTH_SCALE).toBeLessThan(0.99);
  });
});

describe('girths of the neutral body.glb', () => {
  it.each(GIRTH_SITES.map((s) => [s.id, s] as const))('%s within 5 % of the scaled published mean', (_id, site) => {
    const { girth: measured, height } = siteGirth(body, site);
    const target = targetGirth(site);
    expect(Number.isFinite(height), 'a section was found').toBe(true);
    expect(Math.abs(measured - target) / target, `${site.id}: ${measured.toFixed(3)} m vs ${target.toFixed(3)} m`).toBeLessThan(0.05);
  });

  it('is a man’s shape, not just five numbers: hip > waist, thigh > calf ≈ knee', () => {
    const g = Object.fromEntries(GIRTH_SITES.map((s) => [s.id, siteGirth(body, s).girth]));
    expect(g.hip!).toBeGreaterThan(g.waist! * 1.05);
    expect(g.thigh!).toBeGreaterThan(g.calf! * 1.3);
    expect(Math.abs(g.calf! - g.knee!) / g.knee!).toBeLessThan(0.08);
  });
});
