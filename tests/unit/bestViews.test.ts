/**
 * Every muscle's link opens where its pain shows: from the stored best view, at least half of the
 * essential zone's area on the skin faces the camera unhidden, and the muscle itself is mostly in sight
 * past the bones. Also: the stored views are not stale, and a back muscle opens from behind.
 */
import { describe, expect, it } from 'vitest';
import { neutralFrames } from '../../src/anatomy/model/kinematics';
import { MUSCLES } from '../../src/anatomy/muscles/catalog';
import { PATH_STRUCTURES } from '../../src/anatomy/structures';
import { type ViewName, viewDirection } from '../../src/geometry/views/directions';
import { loadBodyMesh } from '../../scripts/models/readBody';
import { pointsSeenPastBone, shareSeen, skinTrianglesSeen, triangleAreas } from '../../src/geometry/views/visibility';
import data from '../../src/state/bestViews.json';
import { essentialWeights, musclePoints } from '../../scripts/models/bestViews';
import { modelSourceHash, readManifest } from '../../scripts/models/manifest';

const VIEWS = data.views as Record<string, ViewName>;

describe('best views', () => {
  it('are stored for every muscle and are not stale', () => {
    for (const m of MUSCLES) expect(VIEWS[m.id], m.id).toBeTruthy();
    expect(readManifest().derived?.bestViews?.sourceHash).toBe(modelSourceHash('bestViews'));
  });

  it('open back muscles from behind and front muscles from the front', () => {
    for (const id of ['piriformis_r', 'gluteus_maximus_l', 'multifidus_lumborum_r', 'biceps_femoris_long_l']) {
      expect(VIEWS[id], id).toMatch(/posterior|back_/);
    }
    for (const id of ['rectus_femoris_r', 'sartorius_l', 'pectineus_r']) expect(VIEWS[id], id).toMatch(/anterior|front_|oblique/);
    // Left and right twins open on mirrored sides.
    expect(VIEWS.tensor_fasciae_latae_r).not.toBe(VIEWS.tensor_fasciae_latae_l);
  });

  it('open nerves, vessels and ligaments from the side where they lie nearest the surface', () => {
    for (const s of PATH_STRUCTURES) expect(VIEWS[s.id], s.id).toBeTruthy();
    expect(VIEWS.sciatic_nerve_r).toMatch(/posterior|back_/);
    expect(VIEWS.sacrotuberous_ligament_l).toMatch(/posterior|back_/);
    expect(VIEWS.thoracolumbar_fascia).toBe('posterior');
    for (const id of ['femoral_nerve_r', 'femoral_artery_l', 'inguinal_ligament_r', 'abdominal_aorta']) {
      expect(VIEWS[id], id).toMatch(/anterior|front_|oblique/);
    }
    expect(VIEWS.iliotibial_tract_r).toMatch(/right|oblique|front_right|back_right/);
    expect(VIEWS.iliotibial_tract_l).toMatch(/left|front_left|back_left/);
  });

  it('show at least half of every essential zone, and most of the muscle', async () => {
    const skin = await loadBodyMesh();
    const areas = triangleAreas(skin);
    const views = [...new Set(Object.values(VIEWS))];
    const seen = new Map(views.map((v) => [v, skinTrianglesSeen(skin, [viewDirection(v)])[0]!] as const));
    const short: string[] = [];
    for (const m of MUSCLES) {
      const view = VIEWS[m.id]!;
      const weights = essentialWeights(skin, areas, m);
      if (weights) {
        const share = shareSeen(weights, seen.get(view)!);
        if (share < 0.5) short.push(`${m.id} zone ${share.toFixed(2)} from ${view}`);
      }
      const structure = pointsSeenPastBone(neutralFrames(), musclePoints(m), viewDirection(view), 0.012);
      if (structure < (weights ? 0.1 : 0.5)) short.push(`${m.id} muscle ${structure.toFixed(2)} from ${view}`);
    }
    expect(short).toEqual([]);
  });
});
