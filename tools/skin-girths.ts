/**
 * Dev tool: the tape girths of the body surface against their targets (src/geometry/skin/anthropometry.ts).
 *   npx tsx tools/skin-girths.ts            — public/models/body.glb
 *   npx tsx tools/skin-girths.ts --field    — straight from the field (sections sampled on a 1.5 mm raster)
 */
import { GIRTH_SITES, targetGirth } from '../src/geometry/skin/anthropometry';
import { bodyDistance } from '../src/geometry/skin/field';
import { hullPerimeter, siteGirth } from '../src/geometry/skin/girth';
import { loadBodyMesh } from '../scripts/models/readBody';

/** Boundary points of the field's section at height y: sign changes along raster edges, interpolated. */
function fieldSection(y: number, h = 0.0015): [number, number][] {
  const out: [number, number][] = [];
  const xs = Math.round(0.5 / h);
  const zs = Math.round(0.6 / h);
  const v = new Float64Array((xs + 1) * (zs + 1));
  for (let i = 0; i <= xs; i++) for (let j = 0; j <= zs; j++) v[i * (zs + 1) + j] = bodyDistance(-0.3 + i * h, y, -0.3 + j * h);
  for (let i = 0; i <= xs; i++) {
    for (let j = 0; j <= zs; j++) {
      const a = v[i * (zs + 1) + j]!;
      if (i < xs) {
        const b = v[(i + 1) * (zs + 1) + j]!;
        if (a < 0 !== b < 0) out.push([-0.3 + (i + a / (a - b)) * h, -0.3 + j * h]);
      }
      if (j < zs) {
        const b = v[i * (zs + 1) + j + 1]!;
        if (a < 0 !== b < 0) out.push([-0.3 + i * h, -0.3 + (j + a / (a - b)) * h]);
      }
    }
  }
  return out;
}

const useField = process.argv.includes('--field');
const mesh = useField ? undefined : await loadBodyMesh();
console.log('site    target   measured  error');
for (const site of GIRTH_SITES) {
  const target = targetGirth(site);
  let result: { girth: number; height: number };
  if (mesh) result = siteGirth(mesh, site);
  else {
    result = { girth: site.pick === 'min' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY, height: Number.NaN };
    const heights = site.pick === 'only' ? site.heights : site.heights.filter((_, i) => i % 2 === 0);
    for (const y of heights) {
      const g = hullPerimeter(fieldSection(y).filter(([, z]) => site.side === 'whole' || z >= 0));
      if (site.pick === 'min' ? g < result.girth : g > result.girth) result = { girth: g, height: y };
    }
  }
  const { girth, height } = result;
  console.log(
    `${site.id.padEnd(7)} ${(target * 100).toFixed(1).padStart(6)} ${(girth * 100).toFixed(1).padStart(8)}  ${(((girth - target) / target) * 100).toFixed(1).padStart(5)} %  (y ${height.toFixed(3)})`,
  );
}
