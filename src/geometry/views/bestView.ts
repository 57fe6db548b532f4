/**
 * A structure's best view: the preset or stored camera from which the camera sees most of its essential referral zone on
 * the skin and most of the structure past the bones. Where a structure has no zone, the structure alone
 * decides. Ties go to the first in PREFERENCE (the front-oblique view people know best).
 */
import type { Vec3 } from '../../anatomy/math/vec3';
import { isStoredCamera, type ViewName, viewDirection } from './directions';
import { shareSeen } from './visibility';

export const PREFERENCE: readonly ViewName[] = [
  'oblique',
  'anterior',
  'posterior',
  'right',
  'left',
  'front_left',
  'front_right',
  'back_right',
  'back_left',
  'superior',
];
export const CANDIDATE_DIRECTIONS: readonly Vec3[] = PREFERENCE.map(viewDirection);

/** Weight of the zone against the structure when both count. */
const ZONE_WEIGHT = 0.65;
/** A stored camera must do clearly better than a preset to be chosen: presets are what people know. */
const STORED_HANDICAP = 0.08;

export interface ViewScore {
  view: ViewName;
  /** Share of the essential zone's area seen (null: no essential zone). */
  zone: number | null;
  /** Share of the structure seen past the bones. */
  structure: number;
  score: number;
}

/**
 * Score every candidate: `zoneWeights` per skin triangle (area × membership of the essential zone) or
 * null, `seen[i]` the triangles seen from PREFERENCE[i], `structureSeen[i]` the share of the structure
 * seen from there.
 */
export function scoreViews(zoneWeights: Float64Array | null, seen: readonly Uint8Array[], structureSeen: readonly number[]): ViewScore[] {
  return PREFERENCE.map((view, i) => {
    const zone = zoneWeights ? shareSeen(zoneWeights, seen[i]!) : null;
    const structure = structureSeen[i]!;
    const seenScore = zone === null ? structure : ZONE_WEIGHT * zone + (1 - ZONE_WEIGHT) * structure;
    const score = seenScore - (isStoredCamera(view) ? STORED_HANDICAP : 0);
    return { view, zone, structure, score };
  });
}

export function bestOf(scores: readonly ViewScore[]): ViewScore {
  return scores.reduce((a, b) => (b.score > a.score + 1e-9 ? b : a));
}
