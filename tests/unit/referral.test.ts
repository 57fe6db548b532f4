/**
 * Referred-pain zones (issue 5): the data is well formed and cited, and its regions land on the right
 * part of the body. Probes are skin points built from landmarks (neutral standing; x forward, y up, z to
 * the subject's right) with an outward normal, so no mesh is needed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/anatomy/math/vec3';
import { hasLandmark } from '../../src/anatomy/model/landmarks';
import { MUSCLE_FACTS } from '../../src/anatomy/muscles/facts';
import { MUSCLE_NAMES, type MuscleName } from '../../src/anatomy/muscles/types';
import { landmarkAt, regionMembership } from '../../src/anatomy/referral/evaluate';
import { PATTERNS } from '../../src/anatomy/referral/patterns';
import { patternsOf, type ReferralHit, refer } from '../../src/anatomy/referral/refer';
import { patternSchema, type Region } from '../../src/anatomy/referral/types';
import { hasSource } from '../../src/anatomy/sources';

const ZONES = PATTERNS.flatMap((p) => p.zones.map((z) => ({ pattern: p, zone: z })));
const REGIONS: Region[] = ZONES.flatMap(({ zone }) => zone.regions);

/** Landmark ids a region names. */
function landmarksOf(r: Region): string[] {
  if (r.kind === 'trunk') return [r.from, r.to];
  if (r.kind === 'patch') return [r.at];
  return [];
}

const unit = (v: readonly number[]): Vec3 => {
  const l = Math.hypot(...v);
  return [v[0]! / l, v[1]! / l, v[2]! / l];
};
const add = (a: readonly number[], b: readonly number[]): Vec3 => [a[0]! + b[0]!, a[1]! + b[1]!, a[2]! + b[2]!];
const mid = (a: readonly number[], b: readonly number[]): Vec3 => [
  (a[0]! + b[0]!) / 2,
  (a[1]! + b[1]!) / 2,
  (a[2]! + b[2]!) / 2,
];
const lm = (id: string) => landmarkAt(id, 'r');
const mirror = (v: readonly number[]): Vec3 => [v[0]!, v[1]!, -v[2]!];

/** A skin point and its outward normal. */
interface Probe {
  p: Vec3;
  n: Vec3;
}
const probe = (p: Vec3, n: readonly number[]): Probe => ({ p, n: unit(n) });
const mirrored = ({ p, n }: Probe): Probe => ({ p: mirror(p), n: mirror(n) });

/** The hits at a probe, as "muscle:zone type" strings, plus helpers to read them. */
function at({ p, n }: Probe) {
  const hits = refer(p, n);
  const has = (muscle: string, zone?: 'essential' | 'spillover') =>
    hits.some((h) => h.muscle === muscle && (!zone || h.zone === zone));
  const muscles = new Set<string>(hits.map((h) => h.muscle));
  return { hits, has, muscles };
}

/** Skin points (right side) for named places, from landmarks plus an outward offset. */
const PLACES = {
  // 4 cm right of the L3 spinous process tip and 1.5 cm behind it.
  rightLowBackL3: probe(add(lm('l3_spinous'), [-0.015, 0, 0.04]), [-1, 0, 0]),
  // Front of the thigh 2 cm below the pubic tubercle and 5 cm out: the inner femoral triangle.
  rightUpperFrontThigh: probe(add(lm('pubic_tubercle_r'), [0.05, -0.02, 0.035]), [0.95, 0, -0.3]),
  // Outer side of the thigh halfway from the trochanter to the knee, 3.5 cm out from the bone line.
  rightLateralMidThigh: probe(
    add(mid(lm('greater_trochanter_r'), lm('lateral_epicondyle_r')), [0, 0, 0.035]),
    [0, 0, 1],
  ),
  // Popliteal skin behind the femoral condyles.
  rightBackOfKnee: probe(add(mid(lm('medial_condyle_r'), lm('lateral_condyle_r')), [-0.045, 0.008, 0]), [-1, 0, 0]),
  // Skin over the sacroiliac joint, a little below and lateral to the dimple (PSIS).
  rightSIJoint: probe(add(lm('sacroiliac_joint_r'), [-0.055, -0.014, 0.004]), [-0.95, 0.2, 0.2]),
  // Skin over the coccyx, in the midline at the top of the cleft.
  coccyx: probe(add(lm('coccyx_tip'), [-0.034, 0.01, 0]), [-0.8, -0.6, 0]),
  // Outer leg over the fibula, halfway from the fibular head to the lateral malleolus.
  rightLateralLowerLeg: probe(add(mid(lm('fibular_head_r'), lm('lateral_malleolus_r')), [0.01, 0, 0.008]), [0, 0, 1]),
  // Skin over the greater trochanter.
  rightGreaterTrochanter: probe(add(lm('greater_trochanter_r'), [0, 0, 0.032]), [0, 0, 1]),
  // Skin over the front of the kneecap.
  rightKneecap: probe(add(mid(lm('patella_base_r'), lm('patella_apex_r')), [0.022, 0, 0]), [1, 0, 0]),
  // The middle of the buttock, behind the hip joint.
  rightMidButtock: probe(add(lm('greater_sciatic_notch_r'), [-0.095, -0.03, 0.02]), [-1, 0, 0.1]),
  // Skin of the upper front of the left thigh (for leaks across the midline).
  leftUpperFrontThigh: probe(mirror(add(lm('pubic_tubercle_r'), [0.05, -0.02, 0.035])), [0.95, 0, 0.3]),
} satisfies Record<string, Probe>;

describe('referral data', () => {
  it('every pattern validates against the schema', () => {
    expect(PATTERNS.length).toBeGreaterThan(20);
    for (const p of PATTERNS) {
      const r = patternSchema.safeParse(p);
      expect(r.success, `${p.id}: ${r.success ? '' : r.error.message}`).toBe(true);
    }
  });

  it('pattern ids and zone ids are unique', () => {
    const ids = PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const zoneIds = ZONES.map(({ zone }) => zone.id);
    expect(new Set(zoneIds).size).toBe(zoneIds.length);
  });

  it('every muscle named exists, and every trigger point exists in the facts of one of its muscles', () => {
    for (const p of PATTERNS) {
      for (const m of p.muscles) expect(MUSCLE_NAMES, `${p.id}: ${m}`).toContain(m);
      const known = new Set(p.muscles.flatMap((m) => MUSCLE_FACTS[m].triggerPoints.map((t) => t.id)));
      for (const t of p.triggerPoints) expect(known.has(t), `${p.id}: trigger point ${t}`).toBe(true);
    }
  });

  it('every trigger point in the facts gives exactly one pattern', () => {
    for (const name of MUSCLE_NAMES) {
      for (const t of MUSCLE_FACTS[name].triggerPoints) {
        const owners = PATTERNS.filter((p) => p.muscles.includes(name) && p.triggerPoints.includes(t.id));
        expect(owners.length, `${name}: ${t.id}`).toBe(1);
      }
    }
  });

  it('every zone cites at least one known source, and TS2/TS1 citations say where', () => {
    for (const { pattern, zone } of ZONES) {
      expect(zone.citations.length, zone.id).toBeGreaterThan(0);
      for (const c of zone.citations) {
        expect(hasSource(c.source), `${pattern.id}/${zone.id}: ${c.source}`).toBe(true);
        if (c.source === 'TS2' || c.source === 'TS1') expect(c.where, `${zone.id}: chapter`).toBeTruthy();
      }
    }
  });

  it('evidence is honest: a zone not from the Trigger Point Manual is uncertain; a verified one cites the manual and a source that was read', () => {
    const manual = (z: (typeof ZONES)[number]['zone']) => z.citations.some((c) => ['TS1', 'TS2'].includes(c.source));
    for (const { zone } of ZONES) {
      if (!manual(zone)) expect(zone.evidence, `${zone.id} does not cite the manual`).toBe('uncertain');
      if (zone.evidence === 'verified') {
        expect(manual(zone), zone.id).toBe(true);
        expect(zone.citations.filter((c) => !['TS1', 'TS2', 'TS3'].includes(c.source)).length, zone.id).toBeGreaterThan(0);
      }
    }
    // The TFL's ache behind the hip is in Davies' workbook only.
    const behind = ZONES.find(({ zone }) => zone.id === 'tfl-behind-hip')!.zone;
    expect(behind.citations.map((c) => c.source)).toEqual(['DAV']);
    expect(behind.evidence).toBe('uncertain');
  });

  it('every landmark used exists, with its left mirror', () => {
    for (const r of REGIONS) {
      for (const id of landmarksOf(r)) {
        expect(hasLandmark(id), id).toBe(true);
        if (id.endsWith('_r')) expect(hasLandmark(id.replace(/_r$/, '_l')), `${id} mirror`).toBe(true);
        if (id.endsWith('_l')) throw new Error(`${id}: patterns are written for the right side`);
      }
    }
  });

  it('regions are not degenerate', () => {
    for (const r of REGIONS) {
      if (r.kind === 'trunk') {
        expect(Math.abs(lm(r.from)[1] - lm(r.to)[1]), `${r.from}–${r.to}`).toBeGreaterThan(0.01);
        expect(r.lateral[1]).toBeGreaterThan(r.lateral[0]);
      } else if (r.kind === 'limb') expect(r.to).toBeGreaterThan(r.from);
    }
  });

  it('every muscle with a described pattern has at least one essential zone; every pattern has one', () => {
    const described = MUSCLE_NAMES.filter((m) => m !== 'psoas_minor');
    for (const m of described) {
      const essential = patternsOf(m)
        .flatMap((p) => p.zones)
        .filter((z) => z.type === 'essential');
      expect(essential.length, m).toBeGreaterThan(0);
    }
    for (const p of PATTERNS)
      expect(
        p.zones.some((z) => z.type === 'essential'),
        p.id,
      ).toBe(true);
  });

  it('psoas minor has no distinct pattern: its assumed one is uncertain and says so', () => {
    const [p, ...rest] = patternsOf('psoas_minor');
    expect(rest).toHaveLength(0);
    expect(p!.note).toMatch(/assumed/i);
    for (const z of p!.zones) expect(z.evidence).toBe('uncertain');
  });

  it('psoas major and iliacus share one iliopsoas pattern; the short rotators share piriformis', () => {
    const [ilio] = patternsOf('psoas_major');
    expect(patternsOf('iliacus')).toEqual([ilio]);
    expect(ilio!.muscles).toEqual(['psoas_major', 'iliacus']);
    const piri = patternsOf('piriformis');
    expect(piri).toHaveLength(1);
    const rotators: MuscleName[] = [
      'gemellus_superior',
      'gemellus_inferior',
      'obturator_internus',
      'obturator_externus',
      'quadratus_femoris',
    ];
    for (const m of rotators) expect(patternsOf(m), m).toContain(piri[0]);
    expect(piri[0]!.note).toMatch(/piriformis/i);
  });

  it('muscles with several trigger points keep their patterns apart', () => {
    const count = (m: MuscleName) => patternsOf(m).length;
    expect(count('gluteus_maximus')).toBe(3);
    expect(count('gluteus_medius')).toBe(3);
    expect(count('gluteus_minimus')).toBe(2);
    expect(count('adductor_magnus')).toBe(2);
    expect(count('quadratus_lumborum')).toBe(2);
    // Gluteus medius TrP3: its spread to both sides is uncertain, so only its own side is drawn solid.
    const gmed3 = PATTERNS.find((p) => p.triggerPoints.includes('gmed-trp3'))!;
    for (const z of gmed3.zones) {
      expect(z.evidence).toBe('uncertain');
      if (z.laterality !== 'ipsilateral') expect(z.type, z.id).toBe('spillover');
    }
    expect(gmed3.zones.some((z) => z.laterality === 'bilateral')).toBe(true);
    const admag2 = PATTERNS.find((p) => p.triggerPoints.includes('admag-trp2'))!;
    expect(admag2.zones[0]!.laterality).toBe('midline');
    expect(admag2.zones[0]!.description).toMatch(/skin/);
  });
});

describe('refer: probes on the body', () => {
  it('right low back beside L3: iliopsoas essential on the right, never on the left', () => {
    const { has, muscles } = at(PLACES.rightLowBackL3);
    expect(has('psoas_major_r', 'essential')).toBe(true);
    expect(has('iliacus_r', 'essential')).toBe(true);
    expect(muscles.has('psoas_major_l')).toBe(false);
    expect(muscles.has('iliacus_l')).toBe(false);
  });

  it('left low back beside L3: the left iliopsoas, never the right', () => {
    const { has, muscles } = at(mirrored(PLACES.rightLowBackL3));
    expect(has('psoas_major_l', 'essential')).toBe(true);
    expect(has('iliacus_l', 'essential')).toBe(true);
    expect(muscles.has('psoas_major_r')).toBe(false);
    expect(muscles.has('iliacus_r')).toBe(false);
  });

  it('upper front of the right thigh below the groin crease: iliopsoas, pectineus and adductor longus', () => {
    const { has } = at(PLACES.rightUpperFrontThigh);
    for (const m of ['psoas_major_r', 'iliacus_r', 'pectineus_r', 'adductor_longus_r', 'adductor_brevis_r']) {
      expect(has(m, 'essential'), m).toBe(true);
    }
    // Psoas minor's assumed pattern has no thigh zone.
    expect(has('psoas_minor_r')).toBe(false);
  });

  it('outer right mid-thigh: gluteus minimus (anterior) essential, TFL spillover, not the hamstrings', () => {
    const { hits, has, muscles } = at(PLACES.rightLateralMidThigh);
    expect(
      hits.some(
        (h) => h.muscle === 'gluteus_minimus_r' && h.zone === 'essential' && h.pattern === 'gluteus-minimus-anterior',
      ),
    ).toBe(true);
    expect(has('tensor_fasciae_latae_r', 'spillover')).toBe(true);
    expect(has('tensor_fasciae_latae_r', 'essential')).toBe(false);
    for (const m of ['biceps_femoris_long_r', 'biceps_femoris_short_r', 'semitendinosus_r', 'semimembranosus_r']) {
      expect(muscles.has(m), m).toBe(false);
    }
  });

  it('back of the right knee: biceps femoris essential', () => {
    const { has } = at(PLACES.rightBackOfKnee);
    expect(has('biceps_femoris_long_r', 'essential')).toBe(true);
    expect(has('biceps_femoris_short_r', 'essential')).toBe(true);
    expect(has('semitendinosus_r', 'spillover')).toBe(true);
  });

  it('over the right sacroiliac joint: gluteus medius and maximus, quadratus lumborum, piriformis, iliopsoas', () => {
    const { hits, has } = at(PLACES.rightSIJoint);
    for (const m of [
      'gluteus_medius_r',
      'gluteus_maximus_r',
      'quadratus_lumborum_r',
      'piriformis_r',
      'psoas_major_r',
    ]) {
      expect(has(m, 'essential'), m).toBe(true);
    }
    const zoneOf = (m: string) => hits.find((h) => h.muscle === m && h.zone === 'essential')!.pattern;
    expect(zoneOf('gluteus_medius_r')).toBe('gluteus-medius-trp1');
    expect(zoneOf('quadratus_lumborum_r')).toBe('quadratus-lumborum-deep');
  });

  it('the coccyx: gluteus maximus TrP3, in the midline, on both sides', () => {
    const { hits } = at(PLACES.coccyx);
    for (const side of ['r', 'l']) {
      const h = hits.find((x) => x.muscle === `gluteus_maximus_${side}` && x.zone === 'essential');
      expect(h?.zoneId, side).toBe('gmax3-coccyx');
      expect(h?.laterality).toBe('midline');
    }
    // Gluteus maximus TrP2 spares the coccyx.
    expect(hits.some((h) => h.pattern === 'gluteus-maximus-trp2')).toBe(false);
  });

  it('outer right lower leg: gluteus minimus, anterior part', () => {
    const { hits, muscles } = at(PLACES.rightLateralLowerLeg);
    expect(
      hits.some(
        (h) => h.muscle === 'gluteus_minimus_r' && h.zone === 'essential' && h.zoneId === 'gmin-ant-peroneal-line',
      ),
    ).toBe(true);
    expect(muscles.has('gluteus_minimus_l')).toBe(false);
  });

  it('over the right greater trochanter: quadratus lumborum and TFL', () => {
    const { has } = at(PLACES.rightGreaterTrochanter);
    expect(has('quadratus_lumborum_r', 'essential')).toBe(true);
    expect(has('tensor_fasciae_latae_r', 'essential')).toBe(true);
  });

  it('the right kneecap: rectus femoris essential', () => {
    const { has } = at(PLACES.rightKneecap);
    expect(has('rectus_femoris_r', 'essential')).toBe(true);
    expect(has('biceps_femoris_long_r')).toBe(false);
  });

  it('the middle of the right buttock: piriformis and gluteus maximus TrP2, iliocostalis', () => {
    const { has } = at(PLACES.rightMidButtock);
    expect(has('piriformis_r', 'essential')).toBe(true);
    expect(has('gluteus_maximus_r', 'essential')).toBe(true);
    expect(has('iliocostalis_lumborum_r', 'essential')).toBe(true);
    expect(has('psoas_major_r')).toBe(false);
  });

  it('essential zones come before spillover, the own side before midline and bilateral', () => {
    for (const pl of Object.values(PLACES)) {
      const { hits } = at(pl);
      const firstSpill = hits.findIndex((h) => h.zone === 'spillover');
      if (firstSpill >= 0) expect(hits.slice(firstSpill).every((h) => h.zone === 'spillover')).toBe(true);
      const rank = { ipsilateral: 0, midline: 1, bilateral: 2 } as const;
      for (const type of ['essential', 'spillover'] as const) {
        const ranks = hits.filter((h) => h.zone === type).map((h) => rank[h.laterality]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
  });
});

/** `refer` results as a comparable list, with the muscles' sides swapped when `swap`. */
function canonical(hits: ReferralHit[], swap: boolean): string[] {
  return hits
    .map((h) => {
      const muscle = swap ? h.muscle.replace(/_(r|l)$/, (_, s: string) => (s === 'r' ? '_l' : '_r')) : h.muscle;
      return `${muscle}|${h.zone}|${h.evidence}|${h.zoneId}|${h.coverage.toFixed(6)}`;
    })
    .sort();
}

describe('refer: left and right are mirror images', () => {
  const ALL_LANDMARK_IDS = [...new Set(REGIONS.flatMap(landmarksOf))];
  const around = fc.record({
    at: fc.constantFrom(...ALL_LANDMARK_IDS),
    side: fc.constantFrom('r' as const, 'l' as const),
    d: fc.tuple(
      fc.double({ min: -0.09, max: 0.09, noNaN: true }),
      fc.double({ min: -0.09, max: 0.09, noNaN: true }),
      fc.double({ min: -0.09, max: 0.09, noNaN: true }),
    ),
    tilt: fc.tuple(
      fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    ),
  });
  const anywhere = fc.record({
    p: fc.tuple(
      fc.double({ min: -0.25, max: 0.2, noNaN: true }),
      fc.double({ min: 0, max: 1.3, noNaN: true }),
      fc.double({ min: -0.22, max: 0.22, noNaN: true }),
    ),
    n: fc.tuple(
      fc.double({ min: -1, max: 1, noNaN: true }),
      fc.double({ min: -1, max: 1, noNaN: true }),
      fc.double({ min: -1, max: 1, noNaN: true }),
    ),
  });

  const check = (p: Vec3, n: readonly number[]) => {
    if (Math.hypot(...n) < 0.1) return;
    const u = unit(n);
    expect(canonical(refer(mirror(p), mirror(u)), true)).toEqual(canonical(refer(p, u), false));
  };

  it('near the landmarks the zones are built on (skin-like points, outward normals)', () => {
    let hit = 0;
    fc.assert(
      fc.property(around, ({ at: id, side, d, tilt }) => {
        // A point out from a landmark, with a normal roughly along the way out: a plausible skin point.
        const p = add(landmarkAt(id, side), d);
        const n = add(
          d.map((x) => x / (Math.hypot(...d) || 1)),
          tilt,
        );
        if (refer(p, unit(n)).length) hit++;
        check(p, n);
      }),
      { numRuns: 400 },
    );
    // The property is about something: many of these points are in some zone.
    expect(hit).toBeGreaterThan(100);
  });

  it('anywhere in the body box, with any normal', () => {
    fc.assert(
      fc.property(anywhere, ({ p, n }) => check(p, n)),
      { numRuns: 300 },
    );
  });
});

describe('limb zones stay on their own leg', () => {
  // A limb region (thigh, leg, foot) is a length of the limb and an arc around its axis; the inner arc of
  // one thigh also faces the other thigh, so evaluate.ts confines limb regions to the limb's own side of
  // the midline and to its own skin.
  const wholeThigh: Region = { kind: 'limb', limb: 'thigh', from: 0, to: 1, around: [0, 360] };

  it('a whole-thigh region of the right side covers the right thigh and none of the left', () => {
    for (const pl of [PLACES.rightUpperFrontThigh, PLACES.rightLateralMidThigh, PLACES.rightBackOfKnee]) {
      expect(regionMembership(wholeThigh, 'r', pl.p, pl.n)).toBe(1);
      expect(regionMembership(wholeThigh, 'l', pl.p, pl.n)).toBe(0);
      const m = mirrored(pl);
      expect(regionMembership(wholeThigh, 'r', m.p, m.n)).toBe(0);
      expect(regionMembership(wholeThigh, 'l', m.p, m.n)).toBe(1);
    }
  });

  it('upper front of the right thigh and back of the right knee: nothing from the left side', () => {
    for (const pl of [PLACES.rightUpperFrontThigh, PLACES.rightBackOfKnee, PLACES.rightLateralMidThigh]) {
      expect([...at(pl).muscles].filter((m) => m.endsWith('_l'))).toEqual([]);
      expect([...at(mirrored(pl)).muscles].filter((m) => m.endsWith('_r'))).toEqual([]);
    }
  });

  it('skin-like points off the midline get ipsilateral zones of their own side only', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(PLACES)),
        fc.tuple(
          fc.double({ min: -0.04, max: 0.04, noNaN: true }),
          fc.double({ min: -0.04, max: 0.04, noNaN: true }),
          fc.double({ min: -0.04, max: 0.04, noNaN: true }),
        ),
        (pl, d) => {
          const q = add(pl.p, d);
          if (Math.abs(q[2]) < 0.015) return;
          const other = q[2] > 0 ? '_l' : '_r';
          const hits = refer(q, pl.n);
          if (hits.some((h) => h.laterality === 'ipsilateral')) checked++;
          const wrong = hits.filter((h) => h.laterality === 'ipsilateral' && h.muscle.endsWith(other));
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
    // The property is about something: most of these points lie in some one-sided zone.
    expect(checked).toBeGreaterThan(150);
  });
});
