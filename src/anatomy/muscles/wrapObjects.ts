/**
 * Wrapping cylinders (right side; left mirrored in catalog.ts). gait2392 has none: its iliopsoas uses a
 * conditional point in front of the hip and its gluteus maximus via points. myomap wraps the iliopsoas
 * over the femoral head as Rajagopal et al. 2016 do, and the gluteus maximus over the greater trochanter
 * so it drapes over it as the hip flexes.
 */
import type { WrapCylinderDef } from './types';

export const WRAP_CYLINDERS: readonly WrapCylinderDef[] = [
  {
    // The femoral head and hip capsule, which the iliopsoas tendon crosses in front of the hip. Centred
    // on the hip joint (so the femoral attachments stay outside it in every pose) with the radius of
    // head + capsule + half the tendon; the role of Rajagopal's PS/IL_at_brim cylinders.
    id: 'femoral_head',
    segment: 'pelvis',
    centre: [-0.0707, -0.0661, 0.0835],
    rotation: [0, 0, 0],
    radius: 0.038,
    quadrant: '+x',
    source: 'myomap, after rajagopal2016 (PS_at_brim, IL_at_brim)',
  },
  {
    // The greater trochanter and the back of the hip, which gluteus maximus drapes over as the hip
    // flexes: a cylinder on the flexion axis through the femoral head, reaching the posterior surface of
    // the trochanter plus the muscle's depth. Cut across the hip's flexion axis so the muscle bends round
    // it in the plane in which it moves (Rajagopal 2016 wraps gluteus maximus on mediolateral cylinders).
    id: 'greater_trochanter',
    segment: 'femur',
    centre: [0, 0, 0.035],
    rotation: [0, 0, 0],
    radius: 0.046,
    quadrant: '-x',
    source: 'myomap, after rajagopal2016 (Gmax1–3_at_pelvis)',
  },
];
