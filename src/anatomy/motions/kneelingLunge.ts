/**
 * The half-kneeling hip flexor stretch, right leg behind: the right knee rests on the floor, the left
 * foot is planted in front, and the pelvis glides forward with a slight backward tilt ("tuck"), which
 * extends the right hip and stretches its psoas and iliacus. Keys solve the front leg by inverse
 * kinematics so its foot stays flat where it was placed.
 */
import type { Vec3 } from '../math/vec3';
import { kneePoint, placeAnchor, solePoints } from '../model/contact';
import { COORDINATE_INDEX, neutralPose, type Pose } from '../model/coordinates';
import { solveIK } from '../model/ik';
import { buildTrack, evalTrack, type Key } from './keyframes';
import type { Motion } from './types';

const KNEE = kneePoint('r');
/** The right knee stays here; the left heel 55 cm in front of it. */
const KNEE_AT: Vec3 = [0, 0, 0.09];
const LEFT_HEEL_X = 0.55;

/**
 * `thigh`: right thigh angle to the vertical (negative = behind); `tilt`: posterior pelvic tilt.
 * The right foot is pointed (45° plantarflexion); the legs' other angles are solved below.
 */
function key(phase: number, thigh: number, tilt: number): Key {
  const values: Key['values'] = {
    pelvis_tilt: tilt,
    lumbar_extension: -tilt,
    hip_flexion_r: thigh - tilt,
    knee_angle_r: -90 - thigh,
    ankle_angle_r: -45,
    hip_flexion_l: 85 - tilt,
    knee_angle_l: -90,
    ankle_angle_l: 5,
  };
  return { phase, values };
}

const SOLVED = ['knee_angle_r', 'hip_flexion_l', 'knee_angle_l', 'ankle_angle_l'] as const;

/** The right shank rises off the floor just enough for the toes to rest on it; the left foot lies flat. */
function solveLegs(k: Key): Key {
  const pose = evalTrack(buildTrack([k], false), 0, neutralPose());
  const [heel, met1] = solePoints('l');
  const toe = solePoints('r')[3]!;
  solveIK(
    pose,
    ['pelvis_tx', 'pelvis_ty', ...SOLVED],
    [
      { ...KNEE, world: [KNEE_AT[0], KNEE_AT[1], undefined] },
      { ...toe, world: [undefined, 0.004, undefined] },
      { ...heel!, world: [LEFT_HEEL_X, 0, undefined] },
      { ...met1!, world: [undefined, 0, undefined] },
    ],
  );
  const values = { ...k.values };
  for (const c of SOLVED) values[c] = pose[COORDINATE_INDEX[c]]!;
  return { phase: k.phase, values };
}

let track: ReturnType<typeof buildTrack> | undefined;
function getTrack() {
  track ??= buildTrack(
    [key(0, 0, 0), key(0.25, -8, 3), key(0.5, -16, 6), key(0.75, -8, 3)].map(solveLegs),
    true,
  );
  return track;
}

export const kneelingLunge: Motion = {
  id: 'kneeling_lunge',
  label: 'Kneeling lunge stretch',
  description: 'Half-kneeling on the right knee, the pelvis glides forward and tucks under: the right hip flexors stretch.',
  periodic: true,
  duration: 6,
  citations: [{ source: 'neumann2010' }],
  provenance:
    'Right thigh from vertical to 16° behind it with 6° of posterior pelvic tilt, the right knee and toes on the floor; the front (left) leg is solved so its foot stays flat 55 cm in front of the right knee.',
  evaluate(phase: number, out: Pose): Pose {
    evalTrack(getTrack(), phase, out);
    return placeAnchor(out, { ...KNEE, world: KNEE_AT });
  },
};
