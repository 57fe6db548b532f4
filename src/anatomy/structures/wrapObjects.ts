/**
 * Wrap cylinders of the non-muscle structures (right side; the left is mirrored when resolved). Their
 * paths may also name the muscles' cylinders (src/anatomy/muscles/wrapObjects.ts): the sciatic nerve
 * passes under the hip like the hamstrings (`under_hip`), the ischiofemoral ligament behind it like
 * piriformis (`hip_capsule`).
 */
import { WRAP_CYLINDERS } from '../muscles/wrapObjects';
import type { WrapCylinderDef } from '../muscles/types';

const OWN: readonly WrapCylinderDef[] = [
  {
    // The front of the hip capsule over the femoral head (≈ 24 mm in radius, capsule ≈ 4 mm: gray), which
    // the medial band of the iliofemoral ligament and the pubofemoral ligament lie on: a cylinder on the
    // hip's flexion axis, passed over on whichever side is shorter. As the hip extends they are drawn
    // round it; as it flexes they lift off and slacken. (The lateral band runs to the intertrochanteric
    // line lateral to the head and clears it without wrapping.)
    id: 'hip_capsule_front',
    segment: 'pelvis',
    centre: [-0.0707, -0.0661, 0.0835],
    rotation: [0, 0, 0],
    radius: 0.028,
    quadrant: 'all',
    source: 'myomap',
  },
  {
    // The back of the femoral condyles with the popliteal fat over them, which the tibial and common
    // fibular nerves pass behind: on the knee's flexion axis through the condyles' centre of curvature,
    // with the radius of the condyles (≈ 20 mm, gray) plus ≈ 12 mm of the popliteal fossa's contents.
    // Clear of the nerves in standing; as the knee bends they wrap round it instead of cutting the bone.
    id: 'behind_knee',
    segment: 'femur',
    centre: [-0.005, -0.395, 0],
    rotation: [0, 0, 0],
    radius: 0.032,
    quadrant: '-x',
    source: 'myomap',
  },
  {
    // The front of the anterior inferior iliac spine with the origin of rectus femoris on it, which the
    // lateral femoral cutaneous nerve crosses below the inguinal ligament: its front reaches 8 mm in
    // front of the point where the nerve leaves the ligament. Its axis runs from side to side, so the
    // nerve is held forward over it while the hip is extended or partly flexed and leaves it smoothly as
    // the flexing thigh carries its line clear in front; turning or adducting the hip only moves the
    // nerve along the axis. (A contact point here made the length jump where the line swept past it
    // sideways.)
    id: 'front_of_aiis',
    segment: 'pelvis',
    centre: [-0.033, -0.045, 0.11],
    rotation: [0, 0, 0],
    radius: 0.025,
    quadrant: '+x',
    source: 'myomap',
  },
];

/** Every cylinder a structure path may name. */
export const STRUCTURE_CYLINDERS: readonly WrapCylinderDef[] = [...WRAP_CYLINDERS, ...OWN];
