/**
 * The drawn nerves, vessels and ligaments (src/geometry/structures/tubeGeometry.ts): every vertex stays
 * within its cross-section of the posed path, the surface follows the pose, and re-posing allocates nothing.
 */
import { describe, expect, it } from 'vitest';
import { COORDINATE_INDEX, neutralPose, type Pose } from '../../src/anatomy/model/coordinates';
import { computeFrames } from '../../src/anatomy/model/kinematics';
import { MOTIONS } from '../../src/anatomy/motions';
import { fibrePolyline, maxPolylinePoints } from '../../src/anatomy/path/musclePath';
import { PATH_STRUCTURES, type PathStructure, structure } from '../../src/anatomy/structures';
import { RING, SAMPLES, StructureGeometry } from '../../src/geometry/structures/tubeGeometry';
import { steadyAllocationsPerCall } from './helpers/allocations';

const HIP = COORDINATE_INDEX.hip_flexion_r;

/** Gait at the back of the right stride: the phase where the right hip is most extended. */
function backStride(): Pose {
  let best = neutralPose();
  for (let i = 0; i < 100; i++) {
    const p = MOTIONS.gait.evaluate(i / 100, neutralPose());
    if (p[HIP]! < best[HIP]!) best = p;
  }
  return best;
}

/** Farthest any fibre vertex lies from its fibre's posed polyline, beyond the fibre's reach (m). */
function worstOffPath(g: StructureGeometry, pose: Pose): number {
  const frames = computeFrames(pose);
  let worst = Number.NEGATIVE_INFINITY;
  g.structure.fibres.forEach((fibre, f) => {
    const line = new Float64Array(maxPolylinePoints(fibre) * 3);
    const n = fibrePolyline(fibre, frames, pose, line);
    for (let v = f * SAMPLES * RING; v < (f + 1) * SAMPLES * RING; v++) {
      const x = g.positions[v * 3]!;
      const y = g.positions[v * 3 + 1]!;
      const z = g.positions[v * 3 + 2]!;
      let near = Number.POSITIVE_INFINITY;
      for (let i = 0; i + 1 < n; i++) {
        const ax = line[i * 3]!;
        const ay = line[i * 3 + 1]!;
        const az = line[i * 3 + 2]!;
        const dx = line[i * 3 + 3]! - ax;
        const dy = line[i * 3 + 4]! - ay;
        const dz = line[i * 3 + 5]! - az;
        const l2 = dx * dx + dy * dy + dz * dz;
        const t = l2 > 0 ? Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy + (z - az) * dz) / l2)) : 0;
        near = Math.min(near, Math.hypot(x - ax - dx * t, y - ay - dy * t, z - az - dz * t));
      }
      worst = Math.max(worst, near - g.reach[f]!);
    }
  });
  return worst;
}

const CASES = ['femoral_nerve_r', 'inguinal_ligament_r'];
const POSES: [string, Pose][] = [
  ['neutral', neutralPose()],
  ['gait, back of the stride', backStride()],
];

describe('structure tubes', () => {
  for (const id of CASES) {
    for (const [name, pose] of POSES) {
      it(`${id} lies on its path in ${name}`, () => {
        const s = structure(id) as PathStructure;
        // Built in neutral, then re-posed: the update, not the constructor, is what is checked.
        const g = new StructureGeometry(s, computeFrames(neutralPose()), neutralPose());
        g.update(computeFrames(pose), pose);
        expect(worstOffPath(g, pose)).toBeLessThan(0.0005);
        expect(g.positions.every(Number.isFinite) && g.normals.every(Number.isFinite)).toBe(true);
      });
    }
  }

  it('follows the pose: the femoral nerve moves when the hip flexes', () => {
    const s = structure('femoral_nerve_r') as PathStructure;
    const neutral = neutralPose();
    const g = new StructureGeometry(s, computeFrames(neutral), neutral);
    const before = g.positions.slice();
    const flexed = neutralPose();
    flexed[HIP] = 70; // degrees
    g.update(computeFrames(flexed), flexed);
    let moved = 0;
    for (let v = 0; v < before.length / 3; v++) {
      moved = Math.max(
        moved,
        Math.hypot(
          g.positions[v * 3]! - before[v * 3]!,
          g.positions[v * 3 + 1]! - before[v * 3 + 1]!,
          g.positions[v * 3 + 2]! - before[v * 3 + 2]!,
        ),
      );
    }
    // The saphenous nerve runs to the medial knee: flexing the hip 70° carries it by decimetres.
    expect(moved).toBeGreaterThan(0.1);
    expect(worstOffPath(g, flexed)).toBeLessThan(0.0005);
  });

  it('builds every structure with finite, unit normals', () => {
    const pose = neutralPose();
    const frames = computeFrames(pose);
    for (const s of PATH_STRUCTURES) {
      const g = new StructureGeometry(s, frames, pose);
      expect(g.positions.every(Number.isFinite), s.id).toBe(true);
      for (let v = 0; v < g.normals.length / 3; v++) {
        const l = Math.hypot(g.normals[v * 3]!, g.normals[v * 3 + 1]!, g.normals[v * 3 + 2]!);
        expect(Math.abs(l - 1), `${s.id} normal ${v}`).toBeLessThan(1e-3);
      }
      expect(Math.max(...g.index)).toBeLessThan(g.positions.length / 3);
    }
  });

  it('re-posing allocates nothing', async () => {
    const geometries = PATH_STRUCTURES.map(
      (s) => new StructureGeometry(s, computeFrames(neutralPose()), neutralPose()),
    );
    const poses = Array.from({ length: 50 }, (_, i) => MOTIONS.gait.evaluate(i / 50, neutralPose()));
    const frames = poses.map((p) => computeFrames(p));
    const next = new Int32Array(1);
    function posingStructures() {
      const i = next[0]!;
      next[0] = (i + 1) % poses.length;
      for (let k = 0; k < geometries.length; k++) geometries[k]!.update(frames[i]!, poses[i]!);
    }
    for (let i = 0; i < 500; i++) posingStructures();
    const a = await steadyAllocationsPerCall(posingStructures, 100);
    expect(a.perCall, JSON.stringify(a.top)).toBe(0);
  });
});
