/**
 * Best views, offline: for every muscle, the view preset that shows most of its essential referral zone
 * on the skin and most of the muscle past the bones; for every other path-bound structure (ligaments,
 * fascia, nerves, vessels), the view that shows most of it past the bones (src/geometry/views). Written
 * to src/state/bestViews.json for the viewer (links, the list, search and the quiz turn the body there).
 * Run by `npm run models` after the body is built, from the same skin the app paints.
 */
import { writeFileSync } from 'node:fs';
import type { Vec3 } from '../../src/anatomy/math/vec3';
import { neutralFrames } from '../../src/anatomy/model/kinematics';
import { neutralPose } from '../../src/anatomy/model/coordinates';
import { MUSCLES, type Muscle } from '../../src/anatomy/muscles/catalog';
import type { PathBody } from '../../src/anatomy/path/resolve';
import { PATH_STRUCTURES } from '../../src/anatomy/structures';
import { fibrePolyline, maxPolylinePoints } from '../../src/anatomy/path/musclePath';
import { zoneMembership } from '../../src/anatomy/referral/evaluate';
import { patternsOf } from '../../src/anatomy/referral/refer';
import { loadBodyMesh } from './readBody';
import { bestOf, CANDIDATE_DIRECTIONS, scoreViews, type ViewScore } from '../../src/geometry/views/bestView';
import {
  meanDepthUnderSkin,
  pointsSeenPastBone,
  type SkinSurface,
  skinTree,
  skinTrianglesSeen,
  triangleAreas,
} from '../../src/geometry/views/visibility';

export const BEST_VIEWS_FILE = 'src/state/bestViews.json';

/** Area × essential-zone membership per skin triangle, or null when the muscle has no essential zone. */
export function essentialWeights(skin: SkinSurface, areas: Float64Array, m: Muscle): Float64Array | null {
  const zones = patternsOf(m.name)
    .flatMap((p) => p.zones)
    .filter((z) => z.type === 'essential');
  if (!zones.length) return null;
  const nv = skin.positions.length / 3;
  const member = new Float64Array(nv);
  const p: Vec3 = [0, 0, 0];
  const n: Vec3 = [0, 0, 0];
  for (let v = 0; v < nv; v++) {
    for (let k = 0; k < 3; k++) {
      p[k] = skin.positions[v * 3 + k]!;
      n[k] = skin.normals[v * 3 + k]!;
    }
    let e = 0;
    for (const z of zones) e = Math.max(e, zoneMembership(z, m.side, p, n));
    member[v] = e;
  }
  const out = new Float64Array(areas.length);
  for (let t = 0; t < areas.length; t++) {
    const a = skin.indices[t * 3]!;
    const b = skin.indices[t * 3 + 1]!;
    const c = skin.indices[t * 3 + 2]!;
    out[t] = (areas[t]! * (member[a]! + member[b]! + member[c]!)) / 3;
  }
  return out;
}

/** Points along a muscle's (or structure's) fibres in neutral standing (ends left out: they sit on bone). */
export function musclePoints(m: Pick<PathBody, 'fibres'>): number[] {
  const frames = neutralFrames();
  const pose = neutralPose();
  const out: number[] = [];
  for (const f of m.fibres) {
    const line = new Float64Array(maxPolylinePoints(f) * 3);
    const count = fibrePolyline(f, frames, pose, line);
    const cum = [0];
    for (let i = 1; i < count; i++) {
      cum.push(cum[i - 1]! + Math.hypot(line[i * 3]! - line[i * 3 - 3]!, line[i * 3 + 1]! - line[i * 3 - 2]!, line[i * 3 + 2]! - line[i * 3 - 1]!));
    }
    const total = cum[count - 1]!;
    for (let s = 1; s <= 9; s++) {
      const target = (total * s) / 10;
      let k = 0;
      while (k < count - 2 && cum[k + 1]! < target) k++;
      const t = (target - cum[k]!) / Math.max(1e-9, cum[k + 1]! - cum[k]!);
      for (let c = 0; c < 3; c++) out.push(line[k * 3 + c]! * (1 - t) + line[(k + 1) * 3 + c]! * t);
    }
  }
  return out;
}

/** A muscle's centre line lies about this far under its surface; a nerve's or vessel's much less. */
const SURFACE_LIFT = 0.012;
const STRUCTURE_LIFT = 0.004;
/** Depth under the skin (m) at which a structure counts as out of sight. */
const DEPTH_SCALE = 0.3;

export interface BestViews {
  views: Record<string, string>;
  scores: Record<string, ViewScore[]>;
}

export async function computeBestViews(): Promise<BestViews> {
  const skin = await loadBodyMesh();
  const areas = triangleAreas(skin);
  const seen = skinTrianglesSeen(skin, CANDIDATE_DIRECTIONS);
  const frames = neutralFrames();
  const views: Record<string, string> = {};
  const scores: Record<string, ViewScore[]> = {};
  for (const m of MUSCLES) {
    const weights = essentialWeights(skin, areas, m);
    const points = musclePoints(m);
    const structure = CANDIDATE_DIRECTIONS.map((d) => pointsSeenPastBone(frames, points, d, SURFACE_LIFT));
    const s = scoreViews(weights, seen, structure);
    scores[m.id] = s;
    views[m.id] = bestOf(s).view;
  }
  // A nerve or vessel is best seen from where bone hides least of it and it lies nearest the surface.
  const tree = skinTree(skin);
  for (const st of PATH_STRUCTURES) {
    const points = musclePoints(st);
    const structure = CANDIDATE_DIRECTIONS.map(
      (d) =>
        pointsSeenPastBone(frames, points, d, STRUCTURE_LIFT) *
        (1 - Math.min(1, meanDepthUnderSkin(tree, points, d) / DEPTH_SCALE)),
    );
    const s = scoreViews(null, seen, structure);
    scores[st.id] = s;
    views[st.id] = bestOf(s).view;
  }
  return { views, scores };
}

export async function writeBestViews(): Promise<BestViews> {
  const best = await computeBestViews();
  const body = {
    about: 'Generated by `npm run models` (scripts/models/bestViews.ts): the view preset or stored camera from which each structure and its essential referral zone are seen best. Do not edit.',
    views: best.views,
  };
  writeFileSync(BEST_VIEWS_FILE, `${JSON.stringify(body, null, 2)}\n`);
  return best;
}
