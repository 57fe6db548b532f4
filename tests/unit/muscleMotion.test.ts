/**
 * The muscle bodies in motion, posed on the CPU with the same arithmetic as the vertex shader, at 20
 * phases of every motion: each keeps its volume (a shortening muscle thickens), no surface sinks into
 * bone beyond the residuals listed here, attachments stay on their bone, and posing every muscle for a
 * frame allocates nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { neutralPose } from '../../src/anatomy/model/coordinates';
import { computeFrames, createFrames, neutralFrames } from '../../src/anatomy/model/kinematics';
import { MOTION_IDS, MOTIONS, type MotionId } from '../../src/anatomy/motions';
import { deformBody } from '../../src/geometry/bodies/deform';
import { meshVolume } from '../../src/geometry/bodies/measure';
import { STATIONS } from '../../src/geometry/bodies/pathPoser';
import { boneAt } from '../../src/geometry/bones/hitTest';
import { commitPose, createFrameState } from '../../src/state/frame';
import { allocationsPerCall } from './helpers/allocations';
import { nearestBone } from './helpers/bones';
import { type LoadedBodies, loadMuscleBodies } from '../../scripts/models/loadMuscleBodies';

const PHASES = 20;
/** Deeper than this inside a bone counts (the surfaces are simplified to within 1.5 mm of the built ones). */
const TOLERANCE = 0.002;
/**
 * Known residuals, deepest allowed (m), by motion and muscle name: where a body's surface, carried by
 * its path, still sinks into a bone it wraps round.
 */
const RESIDUALS: Partial<Record<MotionId, Record<string, number>>> = {};

let loaded: LoadedBodies;
interface Contact {
  vertex: number;
  bone: string;
}
/** Per body: the vertices of its attachments that lie on bone in the neutral pose. */
let contacts: Contact[][];

beforeAll(async () => {
  loaded = await loadMuscleBodies();
  const frames = neutralFrames();
  contacts = loaded.bodies.map((b) => {
    const rows = new Set(b.rows);
    const { bind } = b.bound.binding;
    const out: Contact[] = [];
    for (let v = 0; v < b.bound.binding.count; v++) {
      const x = bind[v * 4 + 1]!;
      if (!rows.has(bind[v * 4]!) || (x > 0.5 && x < STATIONS - 1.5)) continue;
      const p = b.bound.positions;
      const near = nearestBone(frames, p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!);
      if (near && near.field > -0.0015) out.push({ vertex: v, bone: near.bone });
    }
    return out;
  });
});

/** Pose every body at each phase of a motion and hand each posed body to `visit`. */
function each(
  motion: MotionId,
  visit: (body: number, posed: Float32Array, frames: ReturnType<typeof createFrames>, phase: number) => void,
) {
  const pose = neutralPose();
  const frames = createFrames();
  const posed = new Float32Array(Math.max(...loaded.bodies.map((b) => b.bound.positions.length)));
  for (let i = 0; i < PHASES; i++) {
    const phase = i / PHASES;
    MOTIONS[motion].evaluate(phase, pose);
    computeFrames(pose, frames);
    loaded.poser.update(frames, pose);
    loaded.bodies.forEach((b, k) => {
      deformBody(loaded.poser.data, b.bound.binding, posed);
      visit(k, posed, frames, phase);
    });
  }
}

describe('muscle bodies in motion', () => {
  it.each(MOTION_IDS)('%s: every body keeps its volume within ±10 %%', (motion) => {
    const rest = loaded.bodies.map((b) => meshVolume(b.bound.positions, b.indices));
    const worst = new Map<string, number>();
    each(motion, (k, posed) => {
      const b = loaded.bodies[k]!;
      const change = meshVolume(posed.subarray(0, b.bound.positions.length), b.indices) / rest[k]! - 1;
      if (Math.abs(change) > Math.abs(worst.get(b.muscle.id) ?? 0)) worst.set(b.muscle.id, change);
    });
    const off = [...worst].filter(([, c]) => Math.abs(c) > 0.1).map(([id, c]) => `${id} ${(c * 100).toFixed(1)} %`);
    expect(off).toEqual([]);
  });

  it.each(MOTION_IDS)('%s: muscle surfaces stay out of bone', (motion) => {
    const deepest = new Map<string, { depth: number; bone: string; phase: number }>();
    const hit = { bone: '', depth: 0 };
    each(motion, (k, posed, frames, phase) => {
      const b = loaded.bodies[k]!;
      for (let v = 0; v < b.bound.binding.count; v++) {
        const h = boneAt(frames, posed[v * 3]!, posed[v * 3 + 1]!, posed[v * 3 + 2]!, hit);
        if (!h || h.depth <= TOLERANCE) continue;
        const d = deepest.get(b.muscle.id);
        if (!d || h.depth > d.depth) deepest.set(b.muscle.id, { depth: h.depth, bone: h.bone, phase });
      }
    });
    const allowed = RESIDUALS[motion] ?? {};
    const report = [...deepest].map(
      ([id, d]) => `${id} ${(d.depth * 1000).toFixed(1)} mm into ${d.bone} at phase ${d.phase.toFixed(2)}`,
    );
    if (report.length) console.log(`${motion}: residual surface penetration\n  ${report.join('\n  ')}`);
    const over = [...deepest].filter(([id, d]) => d.depth > (allowed[id.replace(/_[rl]$/, '')] ?? TOLERANCE));
    expect(over.map(([id, d]) => `${id} ${(d.depth * 1000).toFixed(1)} mm into ${d.bone}`)).toEqual([]);
  });

  it.each(MOTION_IDS)('%s: attachments stay within 4 mm of their bone', (motion) => {
    const worst = new Map<string, number>();
    each(motion, (k, posed, frames) => {
      const b = loaded.bodies[k]!;
      for (const c of contacts[k]!) {
        const near = nearestBone(
          frames,
          posed[c.vertex * 3]!,
          posed[c.vertex * 3 + 1]!,
          posed[c.vertex * 3 + 2]!,
          c.bone,
        );
        const off = near ? Math.abs(near.field) : Number.POSITIVE_INFINITY;
        if (off > (worst.get(b.muscle.id) ?? 0)) worst.set(b.muscle.id, off);
      }
    });
    const off = [...worst].filter(([, d]) => d > 0.004).map(([id, d]) => `${id} ${(d * 1000).toFixed(1)} mm`);
    expect(off).toEqual([]);
    expect(contacts.every((c) => c.length > 0)).toBe(true);
  });
});

describe('posing the muscles', () => {
  it('allocates nothing per frame (segment frames, lengths, every path into the texture data)', async () => {
    const frame = createFrameState();
    // 50 poses of the gait cycle, cycled through.
    const poses = Array.from({ length: 50 }, (_, i) => MOTIONS.gait.evaluate(i / 50, neutralPose()));
    const next = new Int32Array(1);
    function posingOneFrame() {
      frame.pose.set(poses[next[0]!]!);
      next[0] = (next[0]! + 1) % poses.length;
      commitPose(frame);
      loaded.poser.update(frame.frames, frame.pose);
    }
    for (let i = 0; i < 2000; i++) posingOneFrame();
    const a = await allocationsPerCall(posingOneFrame, 200);
    expect(a.perCall, JSON.stringify(a.top)).toBe(0);
  });
});
