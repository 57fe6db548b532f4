/**
 * Rising from a chair (seat at knee height), after the phases of Schenkman et al. 1990: flexion
 * momentum (trunk leans forward, 0–35 %), seat-off and momentum transfer (knees move over the feet),
 * extension (35–85 %), stabilisation. The feet stay planted; phase 0 is seated, phase 1 standing.
 */
import type { Pose } from '../model/coordinates';
import { heelPoint, placeAnchor } from '../model/contact';
import { buildTrack, evalTrack } from './keyframes';
import type { Motion } from './types';

/** Both legs alike. Thigh angle to the vertical = pelvis_tilt + hip_flexion. */
const legs = (hip: number, knee: number, ankle: number) => ({
  hip_flexion_r: hip,
  hip_flexion_l: hip,
  knee_angle_r: knee,
  knee_angle_l: knee,
  ankle_angle_r: ankle,
  ankle_angle_l: ankle,
});

const TRACK = buildTrack(
  [
    // Seated upright: thighs level, pelvis tilted back 10°, lumbar spine slightly flexed.
    { phase: 0, values: { pelvis_tilt: 10, lumbar_extension: -10, ...legs(80, -90, 0) } },
    // Trunk leans forward over the thighs, the pelvis rolling forward.
    { phase: 0.3, values: { pelvis_tilt: -15, lumbar_extension: -18, ...legs(105, -92, 10) } },
    // Seat-off: knees forward over the feet, maximal trunk lean.
    { phase: 0.4, values: { pelvis_tilt: -20, lumbar_extension: -20, ...legs(108, -85, 15) } },
    // Extension under way.
    { phase: 0.65, values: { pelvis_tilt: -10, lumbar_extension: -10, ...legs(55, -45, 8) } },
    { phase: 0.85, values: { pelvis_tilt: -2, lumbar_extension: -2, ...legs(10, -8, 1) } },
    { phase: 1, values: { pelvis_tilt: 0, lumbar_extension: 0, ...legs(0, 0, 0) } },
  ],
  false,
);

/** The feet stay where they are when standing, 10 cm behind the neutral standing heel line. */
const HEEL = heelPoint('r');

export const sitToStand: Motion = {
  id: 'sit_to_stand',
  label: 'Sit to stand',
  description: 'Rising from a chair: lean forward, lift off the seat, straighten up.',
  periodic: false,
  duration: 2.5,
  segments: [
    { id: 'flexion_momentum', label: 'Lean forward', from: 0, to: 0.35 },
    { id: 'seat_off', label: 'Seat-off', from: 0.35, to: 0.45 },
    { id: 'extension', label: 'Straighten up', from: 0.45, to: 1 },
  ],
  citations: [{ source: 'schenkman1990' }],
  provenance:
    'Keyframes for the phases of rising described by Schenkman et al. 1990 (hip flexion peaking near 105° at seat-off, knees 90° to 0°, ankles up to 15° of dorsiflexion), joined by smooth curves; the heels are held in place.',
  evaluate(phase: number, out: Pose): Pose {
    evalTrack(TRACK, phase, out);
    return placeAnchor(out, { ...HEEL, world: [-0.128, 0, 0] });
  },
};
