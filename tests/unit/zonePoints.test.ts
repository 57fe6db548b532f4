/**
 * Every referral zone, checked point by point: the places its description puts inside it are inside,
 * the places just beyond it are not (tests/unit/zoneReferencePoints.ts, written from the descriptions in
 * body-landmark terms). Each point goes through what `myomap refer` does — the nearest point of the built
 * skin in neutral standing, then the zones there — for every muscle the pattern belongs to, on the right
 * and, mirrored, on the left; a zone of one side must not appear on the other, except where it is drawn
 * across the midline or on both sides.
 */
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/anatomy/math/vec3';
import { PATTERNS } from '../../src/anatomy/referral/patterns';
import { zonesAt } from '../../src/anatomy/referral/refer';
import { referAt } from '../../src/cli/referCommand';
import { skinPointNear } from '../../src/geometry/skin/surface';
import { mirror, SURFACE } from './support/bodyPoints';
import { type ReferencePoint, ZONE_POINTS } from './zoneReferencePoints';

const ZONES = PATTERNS.flatMap((pattern) => pattern.zones.map((zone) => ({ pattern, zone })));

/** Zone ids (with the muscle) covering the skin nearest to `at`, as `myomap refer` finds that skin. */
function zoneIdsAt(at: Vec3): Set<string> {
  const skin = skinPointNear(SURFACE, at);
  return new Set(zonesAt(skin.point, skin.normal).map((h) => `${h.muscle} ${h.zoneId}`));
}

describe('zone reference points', () => {
  it('every zone has at least three points inside and two just outside; every entry is a zone', () => {
    const ids = new Set(ZONES.map(({ zone }) => zone.id));
    const missing = [...ids].filter((id) => {
      const p = ZONE_POINTS[id];
      return !p || p.inside.length < 3 || p.outside.length < 2;
    });
    expect(missing, 'zones without three points inside and two outside').toEqual([]);
    expect(Object.keys(ZONE_POINTS).filter((id) => !ids.has(id)), 'entries for zones that do not exist').toEqual([]);
  });

  it.each(ZONES.map(({ pattern, zone }) => [zone.id, pattern, zone] as const))('%s', (id, pattern, zone) => {
    const points = ZONE_POINTS[id];
    expect(points, `no reference points for ${id}`).toBeDefined();
    const wrong: string[] = [];
    const check = (what: string, [where, at]: ReferencePoint, muscle: string, expected: boolean, p: Vec3 = at) => {
      if (zoneIdsAt(p).has(`${muscle} ${id}`) !== expected) wrong.push(`${what}: ${where} (${muscle})`);
    };
    // Which zones lie on both sides is written in the table from their descriptions; the data must agree.
    const bothSides = points!.across === true;
    expect(zone.laterality === 'ipsilateral', `${id}: laterality ${zone.laterality}`).toBe(!bothSides);
    for (const name of pattern.muscles) {
      for (const point of points!.inside) {
        check('inside, not found', point, `${name}_r`, true);
        check('inside mirrored to the left, not found', point, `${name}_l`, true, mirror(point[1]));
        // A one-sided zone stays on its side; one drawn across the midline or on both sides is on both.
        if (bothSides || Math.abs(point[1][2]) > 0.02) check(bothSides ? 'inside, missing for the other side' : 'inside, also on the other side', point, `${name}_l`, bothSides);
        // What the CLI prints: the muscle with this type of zone.
        if (!referAt(SURFACE, point[1]).some((h) => h.muscle === `${name}_r` && h.zone === zone.type)) {
          wrong.push(`myomap refer at ${point[0]}: no ${zone.type} zone of ${name}_r`);
        }
      }
      for (const point of points!.outside) {
        check('outside, found', point, `${name}_r`, false);
        check('outside mirrored to the left, found', point, `${name}_l`, false, mirror(point[1]));
      }
    }
    expect(wrong).toEqual([]);
  });
});
