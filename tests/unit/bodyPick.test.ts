/**
 * Picking a posed muscle body group by group (BodyPick) finds what deforming every vertex and testing
 * every triangle finds: the same nearest front face at the same distance, for the shipped bodies of the
 * hip and back muscles in poses across every motion. If a group's posed box failed to hold its vertices,
 * a hit would go missing here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { neutralPose } from '../../src/anatomy/model/coordinates';
import { computeFrames, createFrames } from '../../src/anatomy/model/kinematics';
import { MOTION_IDS, MOTIONS } from '../../src/anatomy/motions';
import { BodyPick } from '../../src/geometry/picking/bodyPick';
import { deformBody } from '../../src/geometry/bodies/deform';
import { nearestHit, type RayHit } from '../../src/geometry/picking/nearestHit';
import type { GroupHit } from '../../src/geometry/picking/triangleGroups';
import { type LoadedBodies, loadMuscleBodies } from '../../scripts/models/loadMuscleBodies';

let loaded: LoadedBodies;
beforeAll(async () => {
  loaded = await loadMuscleBodies();
});

let seed = 5;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

const MUSCLES = ['psoas_major_r', 'iliacus_r', 'gluteus_maximus_r', 'gluteus_medius_l', 'rectus_femoris_r', 'vastus_lateralis_r', 'quadratus_lumborum_l', 'multifidus_lumborum_r'];

describe('picking a posed muscle body by groups', () => {
  it('finds the nearest front face that deforming and testing the whole body finds', () => {
    const pose = neutralPose();
    const frames = createFrames();
    const got: GroupHit = { distance: 0, triangle: 0, u: 0, v: 0 };
    const want: RayHit = { distance: 0, triangle: 0 };
    let hits = 0;
    let culled = 0;
    for (const motion of MOTION_IDS) {
      for (const phase of [0.1, 0.45, 0.8]) {
        MOTIONS[motion].evaluate(phase, pose);
        computeFrames(pose, frames);
        loaded.poser.update(frames, pose);
        for (const id of MUSCLES) {
          const b = loaded.bodies.find((x) => x.muscle.id === id);
          if (!b) throw new Error(`no body for ${id}`);
          const index = b.bound.geometry.index!.array;
          const pick = new BodyPick(b.bound.binding, b.bound.positions, index);
          pick.setPose(loaded.poser.data);
          const posed = new Float32Array(b.bound.positions.length);
          deformBody(loaded.poser.data, b.bound.binding, posed);
          for (let k = 0; k < 25; k++) {
            // At a random vertex of the posed body, from half a metre away in a random direction.
            const v = Math.floor(random() * (posed.length / 3));
            const d = [random() - 0.5, random() - 0.5, random() - 0.5];
            const l = Math.hypot(d[0]!, d[1]!, d[2]!);
            const dir = d.map((x) => x / l);
            const o = [0, 1, 2].map((c) => posed[v * 3 + c]! + (random() - 0.5) * 0.004 - dir[c]! * 0.5);
            const hit = pick.nearest(o[0]!, o[1]!, o[2]!, dir[0]!, dir[1]!, dir[2]!, 0, 5, got);
            const ref = nearestHit(o[0]!, o[1]!, o[2]!, dir[0]!, dir[1]!, dir[2]!, posed, index, 0, 5, want);
            const where = `${motion} ${phase} ${id} ray ${k}`;
            expect(hit, where).toBe(ref);
            if (!ref) continue;
            hits++;
            expect(got.distance, where).toBeCloseTo(want.distance, 5);
            expect(got.triangle, where).toBe(want.triangle);
          }
          // The groups cull: the picks so far deformed only part of the body.
          const posedVertices = pick.positions.reduce((n, x, i) => (i % 3 === 0 && x !== 0 ? n + 1 : n), 0);
          if (posedVertices < b.bound.positions.length / 3) culled++;
          // Every posed vertex of every group lies in the group's posed box.
          const box = new Float64Array(6);
          const { start } = pick.groups;
          for (let g = 0; g + 1 < start.length; g++) {
            pick.box(g, box);
            for (let t = start[g]! * 3; t < start[g + 1]! * 3; t++) {
              const v = pick.groups.index[t]!;
              for (let c = 0; c < 3; c++) {
                const x = posed[v * 3 + c]!;
                if (x < box[c]! - 1e-6 || x > box[c + 3]! + 1e-6) expect.fail(`${motion} ${phase} ${id}: vertex ${v} outside group ${g}'s box`);
              }
            }
          }
        }
      }
    }
    expect(hits).toBeGreaterThan(MOTION_IDS.length * 3 * MUSCLES.length * 10);
    expect(culled).toBeGreaterThan(0);
  });
});
