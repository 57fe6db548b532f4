/**
 * The space in front of a ligament that a body passes beneath (iliacus and psoas under the inguinal
 * ligament, in the muscular lacuna): a field, positive in front of the ligament's deep face within a
 * short reach above and below its line, that the builder keeps the body out of as it keeps it out of the
 * bodies it lies over. Without it the iliopsoas bulged 1.7 cm in front of the ligament it runs under.
 */
import { neutralPose } from '../../../src/anatomy/model/coordinates';
import { neutralFrames } from '../../../src/anatomy/model/kinematics';
import { fibrePolyline, maxPolylinePoints } from '../../../src/anatomy/path/musclePath';
import { isPathStructure, structure } from '../../../src/anatomy/structures/catalog';
import type { Field } from './build';

/** How far above and below its line the ligament holds a body back, metres (it is about 1 cm wide). */
const REACH = 0.012;

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
      // Beyond the ends (past the spine or the pubic tubercle) it holds nothing back.
      if ((t < 0 && i === 0) || (t > 1 && i + 2 === pts.length)) continue;
      const k = Math.min(1, Math.max(0, t));
      const rx = x - (a[0] + ux * k);
      const ry = y - (a[1] + uy * k);
      const rz = z - (a[2] + uz * k);
      const d = rx * rx + ry * ry + rz * rz;
      if (d >= best) continue;
      best = d;
      // In front of the deep face, and within reach above or below the line: the offset across the
      // ligament in the plane of the front (off the forward axis and off the ligament's own direction).
      const l = Math.hypot(uy, uz) || 1;
      const along = (ry * uy + rz * uz) / l;
      const across = Math.sqrt(Math.max(0, ry * ry + rz * rz - along * along));
      value = Math.min(rx + half, REACH - across);
    }
    return value;
  };
}
