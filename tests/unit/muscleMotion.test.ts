/**
 * The muscle bodies in motion, posed on the CPU with the same arithmetic as the vertex shader, at 20
 * phases of every motion: each keeps its volume (a shortening muscle thickens), no surface sinks into
 * bone, attachments stay on their bone (each beyond the residuals measured and listed here), and posing
 * every muscle for a frame allocates nothing.
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
import { steadyAllocationsPerCall } from './helpers/allocations';
import { nearestBone } from './helpers/bones';
import { type LoadedBodies, loadMuscleBodies } from '../../scripts/models/loadMuscleBodies';

const PHASES = 20;
/** Deeper than this inside a bone counts (the surfaces are simplified to within 1.5 mm of the built ones). */
const TOLERANCE = 0.002;
/** Issue 10's bars: volume within ±10 % over every motion, attachments within 4 mm of their bone. */
const VOLUME_BAR = 0.1;
const ATTACHMENT_BAR = 0.004;

/**
 * Known residuals, by motion and muscle name (either side): what the deformation still does wrong,
 * measured on the models in public/models and rounded up (volume to 1 %, millimetres to 0.5 mm). Issue 10
 * stays open until these tables are empty. A body may not do worse than its entry, a body not listed must
 * meet the bar, and an entry whose body now meets the bar must be struck out (so the tables only shrink).
 *   - volume: the largest relative change (none left: a body that would leave ±9 % has its belly weighed
 *     by a factor looked up per frame, calibrated offline into volumeCorrection.json);
 *   - depth: how deep a surface sinks into a bone it passes (m); the vasti, obturator externus and
 *     pectineus sink up to 0.6 mm deeper since their lost volume is given back; and since the models are
 *     stored on a 0.2 mm grid (issue 14's model budget), a vertex may sit up to 0.1 mm off its built place,
 *     which took six entries half a millimetre up (adductor longus and adductor magnus in hip flexion
 *     and sit-to-stand, biceps femoris and vastus medialis in the lunge);
 *   When the patella was raised 25 mm (joints.ts, PATELLA_PATH) vastus intermedius and lateralis came
 *   clear of the bone and were struck out, and rectus femoris, whose tendon now ends higher and wraps the
 *   front of the knee, went 0.5 mm deeper in hip flexion and gait (13.02 and 14.51 mm, rounded up).
 *   - attachment: how far an attachment vertex leaves its bone (m).
 */
type Residuals = Partial<Record<MotionId, Record<string, number>>>;
/** Empty: every body keeps its volume within the bar in every motion (volumeCorrection.json). */
const VOLUME_RESIDUALS: Residuals = {};
const DEPTH_RESIDUALS: Residuals = {
  hip_flexion: {
    adductor_brevis: 0.0085,
    adductor_longus: 0.007,
    adductor_magnus: 0.006,
    biceps_femoris_long: 0.0045,
    biceps_femoris_short: 0.005,
    gastrocnemius_lateral: 0.007,
    gastrocnemius_medial: 0.004,
    gemellus_inferior: 0.004,
    gluteus_maximus: 0.008,
    gluteus_medius: 0.01,
    gluteus_minimus: 0.0135,
    iliacus: 0.008,
    obturator_externus: 0.006,
    obturator_internus: 0.005,
    pectineus: 0.0065,
    piriformis: 0.0065,
    quadratus_femoris: 0.004,
    rectus_femoris: 0.0135,
    sartorius: 0.013,
    semimembranosus: 0.003,
    semitendinosus: 0.008,
    tensor_fasciae_latae: 0.005,
    vastus_medialis: 0.0085,
  },
  gait: {
    adductor_brevis: 0.004,
    adductor_longus: 0.0045,
    adductor_magnus: 0.005,
    gastrocnemius_lateral: 0.007,
    gastrocnemius_medial: 0.004,
    gemellus_inferior: 0.003,
    gluteus_maximus: 0.0075,
    iliacus: 0.004,
    obturator_externus: 0.006,
    obturator_internus: 0.003,
    pectineus: 0.0035,
    quadratus_femoris: 0.005,
    rectus_femoris: 0.015,
    sartorius: 0.0085,
    semimembranosus: 0.003,
    tensor_fasciae_latae: 0.0045,
    vastus_medialis: 0.008,
  },
  sit_to_stand: {
    adductor_brevis: 0.009,
    adductor_longus: 0.007,
    adductor_magnus: 0.006,
    biceps_femoris_long: 0.0045,
    biceps_femoris_short: 0.0025,
    gastrocnemius_lateral: 0.007,
    gastrocnemius_medial: 0.0035,
    gemellus_inferior: 0.003,
    gluteus_maximus: 0.0085,
    gluteus_medius: 0.01,
    gluteus_minimus: 0.0115,
    iliacus: 0.008,
    obturator_externus: 0.004,
    obturator_internus: 0.0045,
    pectineus: 0.005,
    piriformis: 0.0065,
    psoas_major: 0.0025,
    rectus_femoris: 0.013,
    sartorius: 0.0125,
    semimembranosus: 0.003,
    semitendinosus: 0.0085,
    tensor_fasciae_latae: 0.0045,
    vastus_medialis: 0.008,
  },
  kneeling_lunge: {
    adductor_brevis: 0.007,
    adductor_longus: 0.006,
    adductor_magnus: 0.004,
    biceps_femoris_long: 0.004,
    biceps_femoris_short: 0.003,
    gastrocnemius_lateral: 0.0075,
    gemellus_inferior: 0.003,
    gluteus_maximus: 0.0065,
    gluteus_medius: 0.0075,
    gluteus_minimus: 0.0045,
    iliacus: 0.0075,
    obturator_externus: 0.0065,
    obturator_internus: 0.004,
    pectineus: 0.004,
    piriformis: 0.0055,
    quadratus_femoris: 0.0045,
    rectus_femoris: 0.013,
    sartorius: 0.0085,
    semimembranosus: 0.003,
    semitendinosus: 0.0085,
    tensor_fasciae_latae: 0.0045,
    vastus_medialis: 0.0085,
  },
};
const ATTACHMENT_RESIDUALS: Residuals = {
  hip_flexion: {
    adductor_magnus: 0.0045,
    gastrocnemius_medial: 0.006,
    sartorius: 0.0045,
    semitendinosus: 0.0075,
  },
  gait: {
    gastrocnemius_medial: 0.0045,
  },
  sit_to_stand: {
    biceps_femoris_long: 0.0045,
    gastrocnemius_medial: 0.006,
    semitendinosus: 0.0075,
  },
  kneeling_lunge: {
    gastrocnemius_medial: 0.0055,
    semitendinosus: 0.006,
  },
};

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

const nameOf = (id: string) => id.replace(/_[rl]$/, '');

/**
 * Checks the worst value per body (by muscle id) against a bar and the residual table: returns the
 * bodies over their allowance, and the table entries that are no longer needed.
 */
function judge(worst: Map<string, number>, bar: number, table: Record<string, number>, unit: (x: number) => string) {
  const byName = new Map<string, number>();
  for (const [id, w] of worst) byName.set(nameOf(id), Math.max(byName.get(nameOf(id)) ?? 0, Math.abs(w)));
  const report = [...byName].filter(([, w]) => w > bar).map(([n, w]) => `${n} ${unit(w)}`);
  if (report.length) console.log(`  ${report.join('\n  ')}`);
  const over = [...byName]
    .filter(([n, w]) => w > Math.max(bar, table[n] ?? 0))
    .map(([n, w]) => `${n} ${unit(w)} (allowed ${unit(Math.max(bar, table[n] ?? 0))})`);
  const stale = Object.keys(table).filter((n) => (byName.get(n) ?? 0) <= bar);
  return { over, stale };
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
const mm = (x: number) => `${(x * 1000).toFixed(1)} mm`;

describe('muscle bodies in motion', () => {
  it.each(MOTION_IDS)('%s: every body keeps its volume within a tenth (or its listed residual)', (motion) => {
    const rest = loaded.bodies.map((b) => meshVolume(b.bound.positions, b.indices));
    const worst = new Map<string, number>();
    each(motion, (k, posed) => {
      const b = loaded.bodies[k]!;
      const change = meshVolume(posed.subarray(0, b.bound.positions.length), b.indices) / rest[k]! - 1;
      if (Math.abs(change) > Math.abs(worst.get(b.muscle.id) ?? 0)) worst.set(b.muscle.id, change);
    });
    console.log(`${motion}: volume change beyond ±10 %`);
    expect(judge(worst, VOLUME_BAR, VOLUME_RESIDUALS[motion] ?? {}, percent)).toEqual({ over: [], stale: [] });
  });

  it.each(MOTION_IDS)('%s: muscle surfaces stay out of bone (or within their listed residual)', (motion) => {
    const worst = new Map<string, number>();
    const hit = { bone: '', depth: 0 };
    each(motion, (k, posed, frames) => {
      const b = loaded.bodies[k]!;
      for (let v = 0; v < b.bound.binding.count; v++) {
        const h = boneAt(frames, posed[v * 3]!, posed[v * 3 + 1]!, posed[v * 3 + 2]!, hit);
        if (h && h.depth > (worst.get(b.muscle.id) ?? 0)) worst.set(b.muscle.id, h.depth);
      }
    });
    console.log(`${motion}: residual surface penetration`);
    expect(judge(worst, TOLERANCE, DEPTH_RESIDUALS[motion] ?? {}, mm)).toEqual({ over: [], stale: [] });
  });

  it.each(MOTION_IDS)('%s: attachments stay within 4 mm of their bone (or their listed residual)', (motion) => {
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
    console.log(`${motion}: attachments off their bone`);
    expect(judge(worst, ATTACHMENT_BAR, ATTACHMENT_RESIDUALS[motion] ?? {}, mm)).toEqual({ over: [], stale: [] });
    expect(contacts.every((c) => c.length > 0)).toBe(true);
  });
});

describe('posing the muscles', () => {
  it('allocates nothing per frame (segment frames, lengths, paths into the texture data, the volume factors)', async () => {
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
    const a = await steadyAllocationsPerCall(posingOneFrame, 200);
    expect(a.perCall, JSON.stringify(a.top)).toBe(0);
    // CPU per frame of posing every muscle (printed, not asserted: the bench holds the budget of 1 ms).
    const frames = 500;
    const t0 = performance.now();
    for (let i = 0; i < frames; i++) posingOneFrame();
    console.log(`posing all muscles: ${((performance.now() - t0) / frames).toFixed(3)} ms per frame (gait)`);
  });
});
