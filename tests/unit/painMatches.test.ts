/**
 * "Where does it hurt?": a muscle's count of covered marks never exceeds the marks painted, even where
 * two of its zones overlap (issue 12: "covers 3 of 2 marks").
 */
import { expect, it } from 'vitest';
import type { Vec3 } from '../../src/anatomy/math/vec3';
import { refer } from '../../src/anatomy/referral/refer';
import { loadBodyMesh } from '../../scripts/models/readBody';
import { painMatches } from '../../src/scene/zonesShown';
import { loadReferral } from '../../src/state/referral';

it('counts each painted mark once per muscle, however many of its zones cover it', async () => {
  const body = await loadBodyMesh();
  await loadReferral();
  // Skin points where one muscle has two zones (two patterns, or essential and spillover) over the point.
  const doubled: { p: Vec3; n: Vec3; muscle: string }[] = [];
  for (let v = 0; v < body.positions.length / 3 && doubled.length < 2; v++) {
    const p: Vec3 = [body.positions[v * 3]!, body.positions[v * 3 + 1]!, body.positions[v * 3 + 2]!];
    const n: Vec3 = [body.normals[v * 3]!, body.normals[v * 3 + 1]!, body.normals[v * 3 + 2]!];
    const hits = refer(p, n).map((h) => h.muscle);
    const twice = hits.find((m, i) => hits.indexOf(m) !== i);
    if (twice && (!doubled.length || doubled[0]!.muscle === twice)) doubled.push({ p, n, muscle: twice });
  }
  expect(doubled).toHaveLength(2);
  const painPoints = doubled.map(({ p, n }) => ({ p, n }));
  const matches = painMatches({ painPoints });
  expect(matches.length).toBeGreaterThan(0);
  for (const m of matches) expect(m.points).toBeLessThanOrEqual(painPoints.length);
  expect(matches.find((m) => m.muscle === doubled[0]!.muscle)!.points).toBe(2);
});
