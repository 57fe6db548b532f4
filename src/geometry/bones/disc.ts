/**
 * Intervertebral discs, T12/L1 to L5/S1: a wedge filling the gap between the endplates of neighbouring
 * bodies (the lordosis is largely in the discs), kidney-shaped like the bodies, bulging a little. Each
 * disc is carried by the vertebra above it (its segment frame), so it moves with that vertebra.
 */
import { jointCentre, LUMBAR_LEVELS } from '../../anatomy/model/spine';
import { VERTEBRAE, type VertebraId } from '../../anatomy/model/segments';
import { L } from './landmarkAt';
import { SACRAL_SLOPE } from './sacrum';
import { bounded, type Field, type Shape, smin } from './sdf';
import type { V3 } from './vec';

const deg = Math.PI / 180;

interface Plate {
  /** A point of the endplate and its normal pointing into the disc. */
  at: V3;
  n: V3;
}

/** Lower endplate of vertebra `v`, in the pelvis frame at neutral. */
function lowerEndplate(v: VertebraId): Plate {
  const i = VERTEBRAE.indexOf(v);
  const level = LUMBAR_LEVELS[i]!;
  const t = level.axisTilt * deg;
  const up: V3 = [Math.sin(t), Math.cos(t), 0];
  const o = jointCentre(level);
  const c = L(`${v}_body`);
  const h = level.body.height / 2;
  return { at: [c[0] + o[0] - up[0] * h, c[1] + o[1] - up[1] * h, 0], n: [-up[0], -up[1], 0] };
}

function upperEndplate(v: VertebraId): Plate {
  const i = VERTEBRAE.indexOf(v);
  const level = LUMBAR_LEVELS[i]!;
  const t = level.axisTilt * deg;
  const up: V3 = [Math.sin(t), Math.cos(t), 0];
  const o = jointCentre(level);
  const c = L(`${v}_body`);
  const h = level.body.height / 2;
  return { at: [c[0] + o[0] + up[0] * h, c[1] + o[1] + up[1] * h, 0], n: up };
}

/** The disc under vertebra `v` (above the next one down, or the sacrum), in `v`'s segment frame. */
export function disc(v: VertebraId): Shape {
  const i = VERTEBRAE.indexOf(v);
  const level = LUMBAR_LEVELS[i]!;
  const origin = jointCentre(level);
  const top = lowerEndplate(v);
  const s1 = L('s1_endplate');
  const bottom: Plate =
    i === 0 ? { at: s1, n: [Math.sin(SACRAL_SLOPE), Math.cos(SACRAL_SLOPE), 0] } : upperEndplate(VERTEBRAE[i - 1]!);
  // Into v's frame (axes parallel to the pelvis at neutral).
  const tp: V3 = [top.at[0] - origin[0], top.at[1] - origin[1], 0];
  const bp: V3 = [bottom.at[0] - origin[0], bottom.at[1] - origin[1], 0];
  const c: V3 = [(tp[0] + bp[0]) / 2, (tp[1] + bp[1]) / 2, 0];
  const below = i === 0 ? LUMBAR_LEVELS[0]!.body : LUMBAR_LEVELS[i - 1]!.body;
  const ra = ((level.body.depth + below.depth) / 4) * 1.03;
  const rz = ((level.body.width + below.width) / 4) * 1.03;
  const t = level.axisTilt * deg;
  const ant: V3 = [Math.cos(t), -Math.sin(t), 0];
  const f: Field = (x, y, z) => {
    // Between the endplates (each plane's normal points into the disc) …
    const gapTop = (x - tp[0]) * top.n[0] + (y - tp[1]) * top.n[1];
    const gapBottom = (x - bp[0]) * bottom.n[0] + (y - bp[1]) * bottom.n[1];
    const slab = Math.min(gapTop, gapBottom) + 0.0004;
    // … and inside the kidney-shaped outline, bulging a little at mid-height.
    const a = (x - c[0]) * ant[0] + (y - c[1]) * ant[1];
    const k = Math.sqrt((a / ra) ** 2 + (z / rz) ** 2);
    const bulge = 1 + 0.025 * Math.max(0, Math.min(1, slab / 0.004));
    const back = a + ra * 0.84 + 0.004 * (z / rz) ** 2;
    const sec = smin((bulge - k) * Math.min(ra, rz), back, 0.004);
    return smin(slab, sec, 0.002);
  };
  const m = Math.max(ra, rz) + 0.01;
  return bounded({ f, lo: [c[0] - m, c[1] - m, -rz - 0.003], hi: [c[0] + m, c[1] + m, rz + 0.003] });
}
