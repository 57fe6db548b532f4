/**
 * Referral zones painted onto the skin: for up to four muscles (channels), how much each skin vertex lies
 * in their essential and spillover zones — two vec4 vertex attributes, computed once when the muscles on
 * show change (not per frame), from the neutral-pose (bind) positions and normals.
 */
import type { Vec3 } from '../../anatomy/math/vec3';
import { muscle } from '../../anatomy/muscles/catalog';
import type { MuscleId } from '../../anatomy/muscles/types';
import { zoneMembership } from '../../anatomy/referral/evaluate';
import { patternsOf } from '../../anatomy/referral/refer';

export const ZONE_CHANNELS = 4;

export interface ZonePaint {
  essential: Float32Array;
  spillover: Float32Array;
}

export function createZonePaint(vertexCount: number): ZonePaint {
  return { essential: new Float32Array(vertexCount * 4), spillover: new Float32Array(vertexCount * 4) };
}

/** Fill `paint` for the muscles (one per channel; extra ones are ignored). Returns whether anything is lit. */
export function paintZones(
  paint: ZonePaint,
  positions: Float32Array,
  normals: Float32Array,
  muscles: readonly MuscleId[],
  /** Only these patterns (ids), e.g. one trigger point's; all of the muscle's when empty. */
  onlyPatterns: readonly string[] = [],
): boolean {
  paint.essential.fill(0);
  paint.spillover.fill(0);
  const n = positions.length / 3;
  let lit = false;
  const p: Vec3 = [0, 0, 0];
  const nn: Vec3 = [0, 0, 0];
  muscles.slice(0, ZONE_CHANNELS).forEach((id, channel) => {
    const m = muscle(id);
    const zones = patternsOf(m.name)
      .filter((pt) => !onlyPatterns.length || onlyPatterns.includes(pt.id))
      .flatMap((pt) => pt.zones);
    if (!zones.length) return;
    lit = true;
    for (let v = 0; v < n; v++) {
      p[0] = positions[v * 3]!;
      p[1] = positions[v * 3 + 1]!;
      p[2] = positions[v * 3 + 2]!;
      nn[0] = normals[v * 3]!;
      nn[1] = normals[v * 3 + 1]!;
      nn[2] = normals[v * 3 + 2]!;
      let e = 0;
      let s = 0;
      for (const z of zones) {
        const w = zoneMembership(z, m.side, p, nn);
        if (w <= 0) continue;
        if (z.type === 'essential') e = Math.max(e, w);
        else s = Math.max(s, w);
      }
      paint.essential[v * 4 + channel] = e;
      paint.spillover[v * 4 + channel] = s;
    }
  });
  return lit;
}
