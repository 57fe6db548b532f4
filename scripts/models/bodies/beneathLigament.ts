/**
 * The space in front of a ligament that a body passes beneath (iliacus and psoas under the inguinal
 * ligament, in the muscular lacuna): a field, positive in front of the ligament's deep face near its line
 * and further forward away from it, that the builder keeps the body out of as it keeps it out of the
 * bodies it lies over. Without it the iliopsoas bulged 1.7 cm in front of the ligament it runs under.
 */
import { neutralPose } from '../../../src/anatomy/model/coordinates';
import { neutralFrames } from '../../../src/anatomy/model/kinematics';
import { fibrePolyline, maxPolylinePoints } from '../../../src/anatomy/path/musclePath';
import { isPathStructure, structure } from '../../../src/anatomy/structures/catalog';
import type { Field } from './build';

/**
 * How the space held clear widens away from the ligament's line, metres: a trough whose walls curve
 * forward with this radius (at 1.2 cm above or below the line a body may come 7 mm further forward, at
 * 2 cm, 2 cm). A box (held back within a reach, free beyond it) had a step at its edge that creased the
 * iliacus and punched a hole in it where it passes beneath; a smooth trough leaves a smooth groove.
 */
const CURVE = 0.01;

export function frontOfLigament(id: string): Field {
  const s = structure(id);
  if (!isPathStructure(s)) throw new Error(`${id} is not a ligament drawn along a path`);
  const f = s.fibres[0]!;
  const buf = new Float64Array(maxPolylinePoints(f) * 3);
  const count = fibrePolyline(f, neutralFrames(), neutralPose(), buf);
  const pts = Array.from({ length: count }, (_, i) => [buf[i * 3]!, buf[i * 3 + 1]!, buf[i * 3 + 2]!] as const);
  const drawing = s.drawing.fibres[0]!;
  const half = drawing.shape === 'band' ? drawing.thickness / 2 : drawing.radius;
  // The ligament's front: the ground frame's forward axis (it spans the front of the pelvis).
  return (x, y, z) => {
    let best = Number.POSITIVE_INFINITY;
    let value = -1;
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i]!;
      const b = pts[i + 1]!;
      const ux = b[0] - a[0];
      const uy = b[1] - a[1];
      const uz = b[2] - a[2];
      const uu = ux * ux + uy * uy + uz * uz;
      const t = ((x - a[0]) * ux + (y - a[1]) * uy + (z - a[2]) * uz) / uu;
      // Past the ends (the spine, the pubic tubercle) the trough closes as it does above and below.
      const k = Math.min(1, Math.max(0, t));
      const rx = x - (a[0] + ux * k);
      const ry = y - (a[1] + uy * k);
      const rz = z - (a[2] + uz * k);
      const d = rx * rx + ry * ry + rz * rz;
      if (d >= best) continue;
      best = d;
      // The offset from the line in the plane of the front (off the forward axis): across the ligament,
      // and past its end; the allowance grows with its square.
      const off2 = ry * ry + rz * rz;
      value = rx + half - off2 / (2 * CURVE);
    }
    return value;
  };
}
