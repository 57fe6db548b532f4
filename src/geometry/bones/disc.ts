/**
 * Intervertebral discs, T11/T12 to L5/S1: a wedge filling the gap between the endplates of neighbouring
 * bodies (spine.ts's endplates; most of the lordosis is in the discs), kidney-shaped like the bodies,
 * bulging a little. Each disc is carried by the vertebra above it (its segment frame; T11's is the
 * torso), so it moves with that vertebra.
 */
import { endplates, jointCentre, LUMBAR_LEVELS, levelOf, S1_ENDPLATE, S1_NORMAL, T11_T12 } from '../../anatomy/model/spine';
import type { VertebraId } from '../../anatomy/model/segments';
import { bounded, type Field, type Shape, smin } from './sdf';
import type { V3 } from './vec';

const deg = Math.PI / 180;

/** The bone below each vertebra ('s1' under L5). */
const BELOW: Record<VertebraId | 't11', VertebraId | 's1'> = {
  l5: 's1',
  l4: 'l5',
  l3: 'l4',
  l2: 'l3',
  l1: 'l2',
  t12: 'l1',
  t11: 't12',
};

/** The disc under vertebra `v` (above the next one down, or the sacrum), in `v`'s segment frame. */
export function disc(v: VertebraId | 't11'): Shape {
  const level = levelOf(v);
  const origin = v === 't11' ? T11_T12 : jointCentre(LUMBAR_LEVELS.find((l) => l.vertebra === v)!);
  const under = BELOW[v];
  // Both endplates face into the disc: v's lower one (its outward normal points down) and the upper one below.
  const top = endplates(v).lower;
  const bottom = under === 's1' ? { at: S1_ENDPLATE, n: S1_NORMAL } : endplates(under).upper;
  const tp: V3 = [top.at[0] - origin[0], top.at[1] - origin[1], 0];
  const bp: V3 = [bottom.at[0] - origin[0], bottom.at[1] - origin[1], 0];
  const tn: V3 = [-top.n[0], -top.n[1], 0];
  const bn: V3 = [bottom.n[0], bottom.n[1], 0];
  const c: V3 = [(tp[0] + bp[0]) / 2, (tp[1] + bp[1]) / 2, 0];
  const belowBody = under === 's1' ? level.body : levelOf(under).body;
  const ra = ((level.body.depth + belowBody.depth) / 4) * 1.03;
  const rz = ((level.body.width + belowBody.width) / 4) * 1.03;
  const t = level.axisTilt * deg;
  const ant: V3 = [Math.cos(t), -Math.sin(t), 0];
  const f: Field = (x, y, z) => {
    // Between the endplates (the top plane's normal flipped to point down into the disc) …
    const gapTop = -((x - tp[0]) * tn[0] + (y - tp[1]) * tn[1]);
    const gapBottom = (x - bp[0]) * bn[0] + (y - bp[1]) * bn[1];
    const slab = Math.min(gapTop, gapBottom) + 0.0004;
    // … and inside the kidney-shaped outline, bulging a little at mid-height.
    const a = (x - c[0]) * ant[0] + (y - c[1]) * ant[1];
    const k = Math.sqrt((a / ra) ** 2 + (z / rz) ** 2);
    const bulge = 1 + 0.025 * Math.max(0, Math.min(1, slab / 0.004));
    const back = a + ra * 0.84 + 0.004 * (z / rz) ** 2;
    const sec = smin((bulge - k) * Math.min(ra, rz), back, 0.004);
    return smin(slab, sec, 0.002);
  };
  const m = Math.max(ra, rz) + 0.012;
  return bounded({ f, lo: [c[0] - m, c[1] - m, -rz - 0.003], hi: [c[0] + m, c[1] + m, rz + 0.003] });
}
