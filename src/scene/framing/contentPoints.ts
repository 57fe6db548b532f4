/**
 * What the camera must keep in view: the outline points of the visible layers (skin, bones), and the
 * visible muscles' paths — or only the isolated structures when some are isolated — in the current pose,
 * or over the whole range of the motion being shown, so that playing it never leaves the frame.
 */
import { neutralPose, type Pose } from '../../anatomy/model/coordinates';
import { computeFrames, createFrames, type Frames } from '../../anatomy/model/kinematics';
import { MUSCLES } from '../../anatomy/muscles/catalog';
import { fibrePolyline, maxPolylinePoints } from '../../anatomy/path/musclePath';
import { MOTIONS } from '../../anatomy/motions';
import { applyPoint } from '../../anatomy/math/transform';
import type { ViewerRuntime } from '../../state/runtime';
import type { Store } from '../../state/store';
import { muscleVisible } from '../visibility';

/** Poses sampled over a motion's range for framing. */
const SAMPLES = 16;
/** Muscle paths run through the middle of the muscle: pad them by about a belly's half-width. */
const MUSCLE_PAD = 0.025;

export type FramingState = Pick<Store, 'layers' | 'side' | 'isolate' | 'hidden' | 'hiddenGroups' | 'mode'>;

/** The poses to keep in view: the motion's range (looped part, or all of it), or the pose on screen. */
export function framedPoses(runtime: ViewerRuntime): Pose[] {
  const spec = runtime.spec();
  if (!spec.motion) return [Float64Array.from(runtime.frame.pose)];
  const [from, to] = spec.range ?? [0, 1];
  const m = MOTIONS[spec.motion];
  return Array.from({ length: SAMPLES }, (_, i) => m.evaluate(from + ((to - from) * i) / (SAMPLES - 1), neutralPose()));
}

function pushOutlines(out: number[], frames: Frames, list: ReturnType<ViewerRuntime['outlines']['get']>) {
  if (!list) return;
  const w = new Float64Array(3);
  for (const { segment, points } of list) {
    const f = frames[segment]!;
    for (let i = 0; i < points.length; i += 3) {
      applyPoint(f, points.subarray(i, i + 3), w);
      out.push(w[0]!, w[1]!, w[2]!);
    }
  }
}

/** Room for the longest fibre polyline, shared by every call. */
let line = new Float64Array(0);

function pushMuscles(out: number[], frames: Frames, pose: Pose, ids: ReadonlySet<string> | null, s: FramingState) {
  for (const m of MUSCLES) {
    if (ids ? !ids.has(m.id) : !muscleVisible(s, m)) continue;
    for (const f of m.fibres) {
      const size = maxPolylinePoints(f) * 3;
      if (line.length < size) line = new Float64Array(size);
      const n = fibrePolyline(f, frames, pose, line);
      for (let i = 0; i < n; i++) {
        const x = line[i * 3]!;
        const y = line[i * 3 + 1]!;
        const z = line[i * 3 + 2]!;
        out.push(x - MUSCLE_PAD, y, z - MUSCLE_PAD, x + MUSCLE_PAD, y, z + MUSCLE_PAD);
      }
    }
  }
}

/** Every point to keep in view, world xyz triples. */
export function contentPoints(runtime: ViewerRuntime, s: FramingState, only?: readonly string[]): Float64Array {
  const out: number[] = [];
  const frames = createFrames();
  const isolated = only?.length ? new Set(only) : s.isolate.length ? new Set<string>(s.isolate) : null;
  for (const pose of framedPoses(runtime)) {
    computeFrames(pose, frames);
    if (isolated) {
      pushMuscles(out, frames, pose, isolated, s);
      continue;
    }
    // The skin holds the bones and muscles (tests/unit/skinContains.test.ts): once it is drawn, its outline
    // is the whole extent, and the muscles' paths over every sampled pose (a fifth of the viewer's start-up
    // script on a software renderer) add nothing.
    const skin = (s.layers.includes('skin') || s.mode === 'pain') && runtime.outlines.get('skin');
    if (skin) {
      pushOutlines(out, frames, skin);
      continue;
    }
    if (s.layers.includes('bones')) pushOutlines(out, frames, runtime.outlines.get('bones'));
    if (s.layers.includes('muscles')) pushMuscles(out, frames, pose, null, s);
  }
  if (!out.length) {
    // Nothing shown yet (models still loading, or every layer off): frame the skeleton's joints.
    computeFrames(runtime.frame.pose, frames);
    for (const f of frames) out.push(f[9]!, f[10]!, f[11]!);
  }
  return Float64Array.from(out);
}
