/**
 * Wrapping cylinders (right side; left mirrored in catalog.ts). gait2392 has none: its iliopsoas uses a
 * conditional point in front of the hip and its gluteus maximus via points. myomap wraps the iliopsoas
 * over the femoral head as Rajagopal et al. 2016 do, and the gluteus maximus over the greater trochanter
 * so it drapes over it as the hip flexes. Where gait2392's straight lines would cut bone in deep flexion,
 * sartorius wraps over the femoral shaft, and piriformis and obturator internus over the back of the hip;
 * the quadriceps tendon wraps the front of the distal femur in deep knee flexion.
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
    // Under the hip joint, where the hamstrings pass from the ischial tuberosity once the hip flexes far:
    // gait2392's straight line from the tuberosity to the knee would cut through the femoral head beyond
    // about 90° of flexion. Centred on the hip's flexion axis with the radius of the head plus the
    // muscles under it; in standing and walking the hamstrings pass clear of it, so it leaves their
    // lengths untouched there.
    id: 'under_hip',
    segment: 'pelvis',
    centre: [-0.0707, -0.0661, 0.0835],
    rotation: [0, 0, 0],
    radius: 0.05,
    quadrant: '-y',
    source: 'myomap',
  },
  {
    // The superior pubic ramus and pubic body, which the adductors pass under when the hip is flexed far
    // (their straight lines would cut through the pubis). Clear of their paths in standing and walking.
    id: 'pubic_ramus',
    segment: 'pelvis',
    // On the ramus as it is in gait2392's own pelvis (its top ≈ 6 cm below the ASIS).
    centre: [-0.042, -0.0665, 0.045],
    // Along the ramus, which rises from the pubic body towards the acetabulum.
    rotation: [-0.2773, -0.3385, 0],
    radius: 0.0125,
    quadrant: 'all',
    source: 'myomap',
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
  {
    // The upper femoral shaft with the quadriceps on it, which sartorius crosses obliquely from lateral
    // to medial: with the hip flexed far its straight line from the ASIS to the medial knee would cut
    // the front of the shaft 12–18 cm below the hip. Centred in the shaft there, 2 cm in radius (shaft
    // plus a few millimetres). Its axis leans 23° forward of the shaft's: along the shaft, the axis
    // carried up past the hip would pass through the ASIS when the hip is extended and abducted, and
    // an end point near a cylinder's axis makes the wrap jump. The muscle goes round the nearer side
    // (in deep flexion with the thigh adducted and turned in its line can reach the shaft from the
    // lateral side). Clear of the line in standing (by 13 mm), so gait2392's length there is kept.
    id: 'femoral_shaft',
    segment: 'femur',
    centre: [0.012, -0.145, 0.029],
    rotation: [1.4711, 0.4617, -0.814],
    radius: 0.02,
    quadrant: 'all',
    source: 'myomap',
  },
  {
    // The front of the distal femur (trochlea and condyles), which the quadriceps tendon lies on from
    // about 75° of knee flexion: across the knee's flexion axis, near the transepicondylar axis, with
    // the radius of the trochlea's front (3.5–4 cm from here) plus the tendon. Rajagopal et al. 2016
    // wrap the quadriceps on a cylinder at this place (KnExt_at_fem: centre 4 mm in front of this, radius
    // 25 mm); the larger radius keeps the tendon outside myomap's trochlea. Clear of the tendon near full
    // extension, where the patella holds it off.
    id: 'front_of_knee',
    segment: 'femur',
    centre: [0, -0.4, 0],
    rotation: [0, 0, 0],
    radius: 0.053,
    quadrant: '+x',
    source: 'myomap, after rajagopal2016 (KnExt_at_fem_r)',
  },
  {
    // The back of the hip joint (posterior acetabular rim, capsule and femoral head), which piriformis
    // and the obturator internus tendon cross on their way to the greater trochanter and are drawn
    // against as the hip flexes or turns in. Upright, through the hip centre, with the radius of the
    // posterior rim (≈33 mm from the centre); the muscles pass behind it (-x). In standing piriformis
    // clears it (gait2392's length is kept) and the obturator internus tendon just touches it.
    id: 'hip_capsule',
    segment: 'pelvis',
    centre: [-0.0707, -0.0661, 0.0835],
    rotation: [-Math.PI / 2, 0, 0],
    radius: 0.033,
    quadrant: '-x',
    source: 'myomap',
  },
];
