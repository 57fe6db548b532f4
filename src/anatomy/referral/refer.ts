/**
 * "It hurts here — which muscles could it be?": every zone covering a skin point (neutral standing),
 * most relevant first: essential before spillover, the muscle's own side before both sides, stronger
 * evidence first.
 */
import type { Vec3 } from '../math/vec3';
import { MUSCLES } from '../muscles/catalog';
import type { MuscleId } from '../muscles/types';
import { SIDES } from '../model/segments';
import { zoneMembership } from './evaluate';
import { PATTERNS } from './patterns';
import type { Pattern, Zone, ZoneType } from './types';

export interface ReferralHit {
  muscle: MuscleId;
  zone: ZoneType;
  evidence: Zone['evidence'];
  pattern: string;
  zoneId: string;
  description: string;
  laterality: Zone['laterality'];
  /** 0..1: how squarely the point lies in the zone (1 well inside, lower near its edge). */
  coverage: number;
}

const EVIDENCE_RANK = { verified: 0, recalled: 1, uncertain: 2 } as const;
const LATERALITY_RANK = { ipsilateral: 0, midline: 1, bilateral: 2 } as const;
const ORDER = new Map(MUSCLES.map((m, i) => [m.id, i]));

/**
 * Every zone covering point `p` (with outward normal `n`) at least `threshold` inside, for each muscle
 * and side that has it, most relevant first.
 */
export function zonesAt(p: Vec3, n: Vec3, threshold = 0.5): ReferralHit[] {
  const hits: ReferralHit[] = [];
  for (const pattern of PATTERNS) {
    for (const name of pattern.muscles) {
      for (const side of SIDES) {
        for (const zone of pattern.zones) {
          const coverage = zoneMembership(zone, side, p, n);
          if (coverage < threshold) continue;
          hits.push({
            muscle: `${name}_${side}`,
            zone: zone.type,
            evidence: zone.evidence,
            pattern: pattern.id,
            zoneId: zone.id,
            description: zone.description,
            laterality: zone.laterality,
            coverage,
          });
        }
      }
    }
  }
  hits.sort(
    (a, b) =>
      (a.zone === b.zone ? 0 : a.zone === 'essential' ? -1 : 1) ||
      LATERALITY_RANK[a.laterality] - LATERALITY_RANK[b.laterality] ||
      EVIDENCE_RANK[a.evidence] - EVIDENCE_RANK[b.evidence] ||
      b.coverage - a.coverage ||
      ORDER.get(a.muscle)! - ORDER.get(b.muscle)!,
  );
  return hits;
}

/** The zones covering point `p`: one line per muscle and zone type (its strongest match), most relevant first. */
export function refer(p: Vec3, n: Vec3, threshold = 0.5): ReferralHit[] {
  const hits = zonesAt(p, n, threshold);
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.muscle}|${h.zone}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The patterns a muscle has (by name; both sides share them). */
export function patternsOf(name: Pattern['muscles'][number]): Pattern[] {
  return PATTERNS.filter((p) => p.muscles.includes(name));
}
