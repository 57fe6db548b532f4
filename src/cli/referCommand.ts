/**
 * `myomap refer --at x,y,z`: the muscles whose referral zones cover the body-surface point nearest to
 * (x, y, z) — ground frame, metres, neutral standing (pelvis origin at 0, 0.95, 0) — most relevant first.
 */
import { existsSync } from 'node:fs';
import type { Vec3 } from '../anatomy/math/vec3';
import { refer } from '../anatomy/referral/refer';
import { BODY_GLB, loadBodyMesh } from '../geometry/skin/load';
import { nearestSurfacePoint } from '../geometry/skin/nearest';
import { parseFlags, UsageError } from './usage';

export function parsePoint(raw: string | undefined): Vec3 {
  const parts = (raw ?? '').split(',').map((s) => s.trim());
  const numeric = parts.length === 3 && parts.every((p) => /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(p));
  if (!numeric) {
    throw new UsageError(
      `refer needs --at x,y,z: three numbers in metres, ground frame (x forward, y up, z to the right), e.g. --at -0.16,1.1,0.05; got "${raw ?? ''}"`,
    );
  }
  return parts.map(Number) as Vec3;
}

export async function referCommand(args: readonly string[]): Promise<string> {
  const { positionals, flags } = parseFlags(args, ['at'], []);
  if (positionals.length) throw new UsageError(`refer takes only --at x,y,z; unexpected "${positionals[0]}"`);
  const at = parsePoint(flags.get('at'));
  if (!existsSync(BODY_GLB)) throw new Error(`${BODY_GLB} is missing; run \`npm run models\``);
  const body = await loadBodyMesh();
  const near = nearestSurfacePoint(body, at);
  const n: Vec3 = [0, 0, 0];
  near.vertices.forEach((v, k) => {
    for (let c = 0; c < 3; c++) n[c] = n[c]! + body.normals[v * 3 + c]! * near.barycentric[k]!;
  });
  const l = Math.hypot(...n) || 1;
  const hits = refer(near.point, [n[0] / l, n[1] / l, n[2] / l]);
  return `${JSON.stringify(
    hits.map((h) => ({ muscle: h.muscle, zone: h.zone, evidence: h.evidence, pattern: h.pattern, description: h.description })),
    null,
    2,
  )}\n`;
}
