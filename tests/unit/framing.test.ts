/**
 * Fitting the camera: every point lands inside the part of the view left free by overlays, the content
 * touches that part's edge (the camera is as close as it can be), and a standing body fills ≥ 70 % of
 * the view's height from every horizontal preset. Projection is checked with three.js's own camera, not
 * with the fitting maths.
 */
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { fitCamera, type Insets } from '../../src/geometry/framing/fit';
import { viewDirection } from '../../src/scene/views';
import type { ViewId } from '../../src/state/types';

function project(points: Float64Array, position: number[], target: number[], fov: number, aspect: number) {
  const cam = new THREE.PerspectiveCamera(fov, aspect, 0.01, 100);
  cam.position.set(position[0]!, position[1]!, position[2]!);
  cam.up.set(0, 1, 0);
  cam.lookAt(target[0]!, target[1]!, target[2]!);
  cam.updateMatrixWorld();
  const out: { x: number; y: number; z: number }[] = [];
  const v = new THREE.Vector3();
  for (let i = 0; i < points.length; i += 3) {
    v.set(points[i]!, points[i + 1]!, points[i + 2]!).project(cam);
    out.push({ x: v.x, y: v.y, z: v.z });
  }
  return out;
}

/** A standing body's outline: a box 0.45 m wide, 0.3 m deep, from the floor to 1.45 m. */
function body(): Float64Array {
  const pts: number[] = [];
  for (const x of [-0.15, 0.15]) for (const y of [0, 1.45]) for (const z of [-0.22, 0.22]) pts.push(x, y, z);
  return Float64Array.from(pts);
}

describe('camera fit', () => {
  const cases: [ViewId, number, Insets][] = [
    ['anterior', 16 / 9, { top: 0, right: 0, bottom: 0, left: 0 }],
    ['posterior', 16 / 9, { top: 0, right: 0, bottom: 0.3, left: 0 }],
    ['right', 390 / 500, { top: 0.05, right: 0, bottom: 0, left: 0 }],
    ['oblique', 4 / 3, { top: 0, right: 0.25, bottom: 0.1, left: 0.1 }],
    ['superior', 1, { top: 0, right: 0, bottom: 0, left: 0 }],
  ];
  it.each(cases)('%s at aspect %f: every point inside the free part, touching its edge', (view, aspect, insets) => {
    const points = body();
    const fit = fitCamera({ points, toCamera: viewDirection(view), up: [0, 1, 0], fovY: 30, aspect, insets, margin: 0.04 });
    const ndc = project(points, fit.position, fit.target, 30, aspect);
    const x0 = -1 + 2 * insets.left;
    const x1 = 1 - 2 * insets.right;
    const y0 = -1 + 2 * insets.bottom;
    const y1 = 1 - 2 * insets.top;
    for (const p of ndc) {
      expect(p.z).toBeLessThan(1);
      expect(p.x).toBeGreaterThanOrEqual(x0 - 1e-6);
      expect(p.x).toBeLessThanOrEqual(x1 + 1e-6);
      expect(p.y).toBeGreaterThanOrEqual(y0 - 1e-6);
      expect(p.y).toBeLessThanOrEqual(y1 + 1e-6);
    }
    // As close as it can be: the content spans the free part, less the margin, in one direction.
    const spanY = Math.max(...ndc.map((p) => p.y)) - Math.min(...ndc.map((p) => p.y));
    const spanX = Math.max(...ndc.map((p) => p.x)) - Math.min(...ndc.map((p) => p.x));
    const fill = Math.max(spanY / (y1 - y0), spanX / (x1 - x0));
    expect(fill).toBeGreaterThan(0.88);
  });

  it.each(['anterior', 'posterior', 'left', 'right', 'oblique'] as ViewId[])(
    'a standing body seen from %s fills at least 70 %% of a 16:9 view with head-end and feet in frame',
    (view) => {
      const points = body();
      const fit = fitCamera({ points, toCamera: viewDirection(view), up: [0, 1, 0], fovY: 30, aspect: 16 / 9 });
      const ndc = project(points, fit.position, fit.target, 30, 16 / 9);
      const top = Math.max(...ndc.map((p) => p.y));
      const bottom = Math.min(...ndc.map((p) => p.y));
      expect(top).toBeLessThanOrEqual(1);
      expect(bottom).toBeGreaterThanOrEqual(-1);
      expect((top - bottom) / 2).toBeGreaterThan(0.7);
    },
  );
});

describe('a structure framed alone', () => {
  it('keeps the camera at least `near` from every point, so a kneecap-sized box shows its surroundings', () => {
    // A patella: 4.5 × 5 × 2 cm. Without a floor the fit comes close enough for it to fill the view.
    const pts: number[] = [];
    for (const x of [0.09, 0.11]) for (const y of [0.475, 0.525]) for (const z of [0.0575, 0.1025]) pts.push(x, y, z);
    const points = Float64Array.from(pts);
    const input = { points, toCamera: viewDirection('anterior'), up: [0, 1, 0] as [number, number, number], fovY: 30, aspect: 16 / 9 };
    const span = (near?: number) => {
      const fit = fitCamera({ ...input, near });
      const ndc = project(points, fit.position, fit.target, 30, 16 / 9);
      const nearest = Math.min(
        ...Array.from({ length: 8 }, (_, i) =>
          Math.hypot(pts[i * 3]! - fit.position[0], pts[i * 3 + 1]! - fit.position[1], pts[i * 3 + 2]! - fit.position[2]),
        ),
      );
      return { height: (Math.max(...ndc.map((p) => p.y)) - Math.min(...ndc.map((p) => p.y))) / 2, nearest };
    };
    expect(span().height).toBeGreaterThan(0.8);
    const framed = span(0.55);
    expect(framed.nearest).toBeGreaterThanOrEqual(0.55 - 1e-4);
    expect(framed.height).toBeLessThan(0.25);
  });
});
