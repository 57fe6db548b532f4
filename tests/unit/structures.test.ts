/**
 * The non-muscle structures: every id of SPEC.md with its kind and side, facts checked against a small
 * hand-written table, the relations a teacher points at measured in the neutral pose, and the
 * iliofemoral ligament tightening in the back stride.
 */
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/anatomy/math/vec3';
import { COORDINATE_INDEX, neutralPose, poseFrom } from '../../src/anatomy/model/coordinates';
import { LUMBAR_LEVELS } from '../../src/anatomy/model/spine';
import { MOTIONS } from '../../src/anatomy/motions';
import { muscle } from '../../src/anatomy/muscles/catalog';
import { lengthOf, momentArm } from '../../src/anatomy/path/mechanics';
import { hasSource, SOURCES } from '../../src/anatomy/sources';
import {
  BONE_FACTS,
  isPathStructure,
  isStructureId,
  kindOf,
  PATH_STRUCTURES,
  pathStructures,
  STRUCTURE_IDS,
  STRUCTURES,
  structure,
  structureFacts,
} from '../../src/anatomy/structures';
import { pcsa } from '../../src/geometry/muscles/bodyShapes';
import { atHeight, closest, dist, mark, mean, nearestOn, path, section } from './structureGeometry';

const mm = 0.001;
const sided = (name: string) => [`${name}_r`, `${name}_l`];

/** SPEC.md, "Other structures": id → kind. */
const SPEC: Record<string, string> = Object.fromEntries([
  ...['t11', 't12', 'l1', 'l2', 'l3', 'l4', 'l5', 'sacrum', 'coccyx', 'pelvis'].map((id) => [id, 'bone']),
  ...['rib_11', 'rib_12', 'femur', 'patella', 'tibia', 'fibula', 'talus', 'foot']
    .flatMap(sided)
    .map((id) => [id, 'bone']),
  ...[
    'inguinal_ligament',
    'iliofemoral_ligament',
    'pubofemoral_ligament',
    'ischiofemoral_ligament',
    'sacrotuberous_ligament',
    'sacrospinous_ligament',
    'iliolumbar_ligament',
  ]
    .flatMap(sided)
    .map((id) => [id, 'ligament']),
  ['thoracolumbar_fascia', 'fascia'],
  ...sided('iliotibial_tract').map((id) => [id, 'fascia']),
  ...[
    'lumbar_plexus',
    'femoral_nerve',
    'obturator_nerve',
    'lateral_femoral_cutaneous_nerve',
    'genitofemoral_nerve',
    'sciatic_nerve',
  ]
    .flatMap(sided)
    .map((id) => [id, 'nerve']),
  ['abdominal_aorta', 'vessel'],
  ['inferior_vena_cava', 'vessel'],
  ...[
    'common_iliac_artery',
    'common_iliac_vein',
    'external_iliac_artery',
    'external_iliac_vein',
    'femoral_artery',
    'femoral_vein',
  ]
    .flatMap(sided)
    .map((id) => [id, 'vessel']),
]);

describe('structure ids', () => {
  it('has every id of SPEC.md with its kind and side, and nothing else but the diaphragm', () => {
    for (const [id, kind] of Object.entries(SPEC)) {
      expect(isStructureId(id), id).toBe(true);
      expect(kindOf(id), id).toBe(kind);
      const side = /_([rl])$/.exec(id)?.[1];
      expect(structure(id).side, id).toBe(side);
    }
    expect([...STRUCTURE_IDS].sort()).toEqual([...Object.keys(SPEC), 'diaphragm'].sort());
    // The diaphragm's kind is one of SPEC's: its tendinous posterior attachments sit with the ligaments.
    expect(kindOf('diaphragm')).toBe('ligament');
    expect(new Set(STRUCTURE_IDS).size).toBe(STRUCTURE_IDS.length);
  });

  it('keeps muscles and structures apart', () => {
    expect(isStructureId('psoas_major_r')).toBe(false);
    expect(kindOf('psoas_major_r')).toBe('muscle');
    expect(kindOf('psoas_r')).toBeUndefined();
  });

  it('gives every path-bound structure a drawing for each fibre, of the sizes cited', () => {
    for (const s of PATH_STRUCTURES) {
      expect(s.drawing.fibres, s.id).toHaveLength(s.fibres.length);
      for (const sheet of s.drawing.sheets) {
        for (const n of sheet.fibres)
          expect(
            s.fibres.some((f) => f.name === n),
            `${s.id} sheet ${sheet.name}: ${n}`,
          ).toBe(true);
      }
    }
    const radius = (id: string) => {
      const s = structure(id);
      const d = isPathStructure(s) ? s.drawing.fibres[0]! : undefined;
      return d?.shape === 'tube' ? d.radius : Number.NaN;
    };
    // Brief and sources: aorta ≈ 10 mm, vena cava ≈ 11 mm, common iliacs 5–6.5 mm, external iliacs and femorals 4–5.5 mm, nerves 1.5–6 mm.
    expect(radius('abdominal_aorta')).toBeCloseTo(0.01, 3);
    expect(radius('inferior_vena_cava')).toBeCloseTo(0.011, 3);
    for (const id of ['common_iliac_artery_r', 'common_iliac_vein_l']) expect(radius(id)).toBeGreaterThanOrEqual(0.005);
    for (const id of ['external_iliac_artery_r', 'femoral_artery_l', 'femoral_vein_r']) {
      expect(radius(id)).toBeGreaterThanOrEqual(0.004);
      expect(radius(id)).toBeLessThanOrEqual(0.0055);
    }
    for (const s of pathStructures('nerve'))
      for (const d of s.drawing.fibres)
        expect(d.shape === 'tube' && d.radius >= 0.0015 && d.radius <= 0.006, s.id).toBe(true);
    // The Y of Bigelow: two bands, and the iliotibial tract a broad sheet over three fibres.
    expect(
      structure('iliofemoral_ligament_l').kind === 'ligament' &&
        (structure('iliofemoral_ligament_l') as { fibres: unknown[] }).fibres,
    ).toHaveLength(2);
    const itt = structure('iliotibial_tract_r');
    expect(isPathStructure(itt) && itt.drawing.sheets[0]!.fibres).toHaveLength(3);
  });

  it('mirrors the left side, except the veins that differ', () => {
    for (const s of PATH_STRUCTURES.filter((x) => x.side === 'r' && x.name !== 'common_iliac_vein')) {
      const l = structure(`${s.name}_l`);
      if (!isPathStructure(l)) throw new Error(s.id);
      s.fibres.forEach((f, i) => {
        f.points.forEach((p, k) => {
          expect(l.fibres[i]!.points[k]!.at[2], `${s.id} ${f.name}`).toBeCloseTo(-p.at[2], 9);
        });
      });
    }
  });
});

/** Hand-written: what a teacher would say. */
const ROOTS: Record<string, string[]> = {
  lumbar_plexus: ['L1', 'L2', 'L3', 'L4'],
  femoral_nerve: ['L2', 'L3', 'L4'],
  obturator_nerve: ['L2', 'L3', 'L4'],
  lateral_femoral_cutaneous_nerve: ['L2', 'L3'],
  genitofemoral_nerve: ['L1', 'L2'],
  sciatic_nerve: ['L4', 'L5', 'S1', 'S2', 'S3'],
};

describe('structure facts', () => {
  it.each(PATH_STRUCTURES.filter((s) => s.side !== 'l').map((s) => s.name))(
    '%s is described, related and cited',
    (name) => {
      const f = structureFacts(name)!;
      expect(f.displayName.length).toBeGreaterThan(4);
      for (const field of ['description', 'relations', 'function'] as const)
        expect(f[field].length, field).toBeGreaterThan(60);
      expect(['verified', 'recalled', 'uncertain']).toContain(f.evidence);
      expect(f.citations.length).toBeGreaterThan(0);
      for (const c of f.citations) expect(hasSource(c.source), c.source).toBe(true);
      const s = PATH_STRUCTURES.find((x) => x.name === name)!;
      if (s.kind === 'ligament' || s.kind === 'fascia') expect(f.attachments, name).toBeDefined();
      if (s.kind === 'nerve' || s.kind === 'vessel') expect(f.course, name).toBeDefined();
      for (const fb of s.fibres)
        expect(
          SOURCES.some((x) => fb.source.includes(x.key)),
          `${name}: ${fb.source}`,
        ).toBe(true);
      expect(
        SOURCES.some((x) => s.drawing.source.includes(x.key)),
        `${name} drawing: ${s.drawing.source}`,
      ).toBe(true);
    },
  );

  it('gives the nerve roots of the table', () => {
    for (const [name, roots] of Object.entries(ROOTS)) expect(structureFacts(name)!.roots, name).toEqual(roots);
  });

  it('attaches the inguinal ligament from the ASIS to the pubic tubercle, in words and in place', () => {
    const f = structureFacts('inguinal_ligament')!;
    expect(f.attachments!.from).toMatch(/anterior superior iliac spine/i);
    expect(f.attachments!.to).toMatch(/pubic tubercle/i);
    for (const side of ['r', 'l']) {
      const p = path(`inguinal_ligament_${side}`);
      expect(dist(p[0]!, mark(`asis_${side}`))).toBeLessThan(5 * mm);
      expect(dist(p[p.length - 1]!, mark(`pubic_tubercle_${side}`))).toBeLessThan(5 * mm);
    }
  });

  it('attaches the iliofemoral ligament from the AIIS to the intertrochanteric line', () => {
    for (const band of ['lateral (superior) band', 'medial (inferior) band']) {
      const p = path('iliofemoral_ligament_r', band, 'femur_r');
      const aiis = mark('aiis_r', 'femur_r');
      expect(dist(p[0]!, aiis), band).toBeLessThan(20 * mm);
      expect(dist(p[p.length - 1]!, mark('intertrochanteric_line_r', 'femur_r')), band).toBeLessThan(25 * mm);
    }
  });

  it('describes every bone, with its landmarks and what attaches to it derived from the data', async () => {
    const { structureCommand } = await import('../../src/cli/structuresCommand');
    for (const b of STRUCTURES.filter((s) => s.kind === 'bone' && s.side !== 'l')) {
      const f = BONE_FACTS[b.name as keyof typeof BONE_FACTS];
      expect(f.description.length, b.id).toBeGreaterThan(60);
      for (const c of f.citations) expect(hasSource(c.source)).toBe(true);
    }
    const femur = JSON.parse(structureCommand(['femur_r']));
    const onFemur = femur.attachments.map((a: { id: string; end: string }) => `${a.id} ${a.end}`);
    expect(onFemur).toContain('psoas_major_r insertion');
    expect(onFemur).toContain('iliofemoral_ligament_r insertion');
    expect(onFemur.some((a: string) => a.endsWith('_l insertion'))).toBe(false);
    const fibula = JSON.parse(structureCommand(['fibula_l']));
    expect(fibula.attachments.map((a: { id: string }) => a.id)).toContain('biceps_femoris_long_l');
    const rib = JSON.parse(structureCommand(['rib_12_r']));
    expect(rib.attachments.map((a: { id: string }) => a.id)).toContain('quadratus_lumborum_r');
    expect(rib.attachments.map((a: { id: string }) => a.id)).toContain('iliocostalis_lumborum_r');
    // Longissimus reaches the thoracic transverse processes, which the model has no mesh for.
    expect(rib.attachments.map((a: { id: string }) => a.id)).not.toContain('longissimus_thoracis_r');
    const sacrum = JSON.parse(structureCommand(['sacrum']));
    expect(sacrum.attachments.map((a: { id: string }) => a.id)).toContain('piriformis_r');
  });
});

/** Psoas major's section at height y: the centroid of its fibres and its radius if round. */
function psoasAt(y: number) {
  const pts = section('psoas_major_r', y);
  return { pts, centre: mean(pts), radius: Math.sqrt(pcsa(muscle('psoas_major_r')) / Math.PI) };
}

/** Sample heights (m) between a and b. */
const heights = (a: number, b: number, step = 0.01) =>
  Array.from({ length: Math.floor((a - b) / step) + 1 }, (_, i) => a - i * step);

describe('relations in the neutral pose (pelvis frame, right side)', () => {
  it('femoral triangle: nerve lateral to the artery, artery lateral to the vein, all under the inguinal ligament, the artery at the mid-inguinal point', () => {
    const ligament = path('inguinal_ligament_r');
    const at = (id: string) => closest(path(id), ligament);
    const nerve = at('femoral_nerve_r');
    const artery = at('femoral_artery_r');
    const vein = at('femoral_vein_r');
    expect(nerve.onA[2] - artery.onA[2]).toBeGreaterThan(8 * mm);
    expect(artery.onA[2] - vein.onA[2]).toBeGreaterThan(6 * mm);
    for (const c of [nerve, artery, vein]) {
      expect(c.distance).toBeLessThan(12 * mm);
      // Behind the ligament (deep to it).
      expect(c.onA[0]).toBeLessThan(c.onB[0]);
    }
    const midInguinal = mean([mark('asis_r'), mark('pubic_symphysis')]);
    expect(Math.abs(artery.onA[2] - midInguinal[2])).toBeLessThan(8 * mm);
    // The lateral femoral cutaneous nerve passes just medial to the ASIS.
    const lfcn = at('lateral_femoral_cutaneous_nerve_r');
    const asis = mark('asis_r');
    expect(asis[2] - lfcn.onA[2]).toBeGreaterThan(8 * mm);
    expect(asis[2] - lfcn.onA[2]).toBeLessThan(25 * mm);
    // Under the ligament, not through it (Gray's: it enters the thigh deep to the inguinal ligament): the
    // ligament is drawn as a band 3 mm thick and the nerve as a tube 3 mm across.
    expect(lfcn.onB[0] - lfcn.onA[0], 'LFCN behind the inguinal ligament').toBeGreaterThan(3.5 * mm);
  });

  it('the aorta on the left front of the lumbar bodies, dividing at L4; the vena cava to its right, forming at L5', () => {
    const aorta = path('abdominal_aorta');
    const cava = path('inferior_vena_cava');
    for (const y of heights(0.25, 0.12, 0.02)) {
      const a = atHeight(aorta, y)!;
      const c = atHeight(cava, y)!;
      expect(a[2], `aorta at ${y}`).toBeLessThan(0);
      expect(c[2] - a[2], `vena cava right of the aorta at ${y}`).toBeGreaterThan(15 * mm);
    }
    const level = (v: string) => LUMBAR_LEVELS.find((l) => l.vertebra === v)!;
    const within = (p: Vec3, v: 'l4' | 'l5') => {
      const body = mark(`${v}_body`, v);
      const h = level(v).body.height / 2;
      return p[1] > body[1] - h - 4 * mm && p[1] < body[1] + h + 1 * mm && p[0] > body[0];
    };
    const bifurcation = path('abdominal_aorta', undefined, 'l4').at(-1)!;
    expect(within(bifurcation, 'l4'), 'aortic bifurcation at L4').toBe(true);
    expect(within(path('inferior_vena_cava', undefined, 'l5')[0]!, 'l5'), 'vena cava forms at L5').toBe(true);
  });

  it('the common iliac arteries divide in front of the sacroiliac joints', () => {
    for (const side of ['r', 'l']) {
      const end = path(`common_iliac_artery_${side}`).at(-1)!;
      const joint = mark(`sacroiliac_joint_front_${side}`);
      expect(end[0] - joint[0]).toBeGreaterThan(10 * mm);
      expect(Math.abs(end[1] - joint[1])).toBeLessThan(15 * mm);
      expect(Math.abs(end[2] - joint[2])).toBeLessThan(20 * mm);
    }
    // The right artery crosses in front of the left common iliac vein, the tubes (6 and 6.5 mm) apart.
    const c = closest(path('common_iliac_artery_r'), path('common_iliac_vein_l'));
    expect(c.onA[0] - c.onB[0]).toBeGreaterThan(5 * mm);
    expect(c.distance).toBeGreaterThan(12.5 * mm);
  });

  it('the external iliac vessels run along the medial border of psoas, the vein medial to the artery', () => {
    for (const y of heights(0.04, -0.04)) {
      const artery = atHeight(path('external_iliac_artery_r'), y)!;
      const vein = atHeight(path('external_iliac_vein_r'), y)!;
      const psoas = psoasAt(y).pts;
      expect(artery[2], `artery at ${y}`).toBeLessThan(Math.min(...psoas.map((p) => p[2])));
      expect(vein[2], `vein at ${y}`).toBeLessThan(artery[2]);
    }
  });

  it('the lumbar plexus lies within psoas, in its back part, in front of the transverse processes', () => {
    const tp = (['l2', 'l3', 'l4'] as const).map((v) => mark(`${v}_transverse_root_r`));
    for (const root of ['L2 root', 'L3 root', 'L4 root']) {
      const p = path('lumbar_plexus_r', root);
      // Past the first 15 mm, where the root leaves its foramen behind the muscle.
      const start = p[0]!;
      for (const y of heights(p[0]![1] - 0.008, p.at(-1)![1] + 0.002, 0.005)) {
        const q = atHeight(p, y);
        if (!q || dist(q, start) < 15 * mm) continue;
        const psoas = psoasAt(y);
        const off = Math.hypot(q[0] - psoas.centre[0], q[2] - psoas.centre[2]);
        expect(off, `${root} at ${y}: ${(off / mm).toFixed(1)} mm from the psoas axis`).toBeLessThan(psoas.radius);
        expect(q[0], `${root} at ${y} behind the middle of psoas`).toBeLessThan(psoas.centre[0]);
        expect(q[0], `${root} at ${y} in front of the transverse processes`).toBeGreaterThan(
          Math.max(...tp.map((t) => t[0])),
        );
      }
    }
  });

  it('the genitofemoral nerve runs down the front of psoas', () => {
    const gfn = path('genitofemoral_nerve_r');
    for (const y of heights(0.13, 0.0)) {
      const q = atHeight(gfn, y)!;
      const psoas = psoasAt(y).pts;
      expect(q[0], `at ${y}`).toBeGreaterThan(Math.max(...psoas.map((p) => p[0])) + 8 * mm);
      expect(q[2], `at ${y}`).toBeGreaterThan(Math.min(...psoas.map((p) => p[2])) - 5 * mm);
      expect(q[2], `at ${y}`).toBeLessThan(Math.max(...psoas.map((p) => p[2])) + 5 * mm);
    }
  });

  it('the femoral nerve leaves the lateral border of psoas and runs in the groove between psoas and iliacus', () => {
    const fn = path('femoral_nerve_r');
    for (const y of heights(0.06, -0.02)) {
      const q = atHeight(fn, y)!;
      const psoas = psoasAt(y).pts;
      const iliacus = section('iliacus_r', y);
      expect(q[2], `lateral to psoas at ${y}`).toBeGreaterThan(Math.max(...psoas.map((p) => p[2])));
      expect(q[2], `medial to the lateral iliacus at ${y}`).toBeLessThan(Math.max(...iliacus.map((p) => p[2])));
      // On the front of the iliacus fibres that lie medial to it.
      for (const p of iliacus.filter((p) => p[2] < q[2]))
        expect(q[0], `in front of iliacus at ${y}`).toBeGreaterThan(p[0]);
    }
  });

  it('the obturator nerve leaves the medial border of psoas and reaches the obturator canal', () => {
    const obt = path('obturator_nerve_r');
    for (const y of heights(0.07, 0.05)) {
      expect(atHeight(obt, y)![2]).toBeLessThan(Math.min(...psoasAt(y).pts.map((p) => p[2])));
    }
    const canal = mark('obturator_canal_r');
    expect(Math.min(...obt.map((p) => dist(p, canal)))).toBeLessThan(3 * mm);
  });

  it('the sciatic nerve leaves below piriformis, passes between the ischial tuberosity and the greater trochanter and down the back of the thigh', () => {
    const sciatic = path('sciatic_nerve_r', 'tibial nerve');
    const piriformis = path('piriformis_r');
    const notch = closest(sciatic, piriformis);
    expect(notch.onA[1]).toBeLessThan(notch.onB[1]);
    const it = mark('ischial_tuberosity_r');
    const gt = mark('greater_trochanter_r');
    const between = atHeight(sciatic, it[1])!;
    expect(between[2]).toBeGreaterThan(it[2]);
    expect(between[2]).toBeLessThan(gt[2]);
    expect(between[0]).toBeLessThan(it[0] + 10 * mm);
    for (const p of path('sciatic_nerve_r', 'tibial nerve', 'femur_r').filter((q) => q[1] < -0.15 && q[1] > -0.35)) {
      expect(p[0], 'behind the femur').toBeLessThan(-0.015);
    }
  });

  it('the diaphragm: crura on L1–L3 (right) and L1–L2 (left), arcuate ligaments over psoas and quadratus lumborum', () => {
    const d = structure('diaphragm');
    if (!isPathStructure(d)) throw new Error('diaphragm');
    const lowest = (name: string) => d.fibres.find((f) => f.name === name)!.points[0]!.segment;
    expect(lowest('right crus')).toBe('l3');
    expect(lowest('left crus')).toBe('l2');
    const medial = path('diaphragm', 'medial arcuate ligament (right)');
    const psoasTop = path('psoas_major_r', 'from T12/L1');
    const c = closest(medial, psoasTop);
    expect(c.onA[0] - c.onB[0], 'medial arcuate in front of psoas').toBeGreaterThan(5 * mm);
    const lateral = path('diaphragm', 'lateral arcuate ligament (right)');
    let crossed = 0;
    for (const y of heights(0.222, 0.216, 0.002)) {
      const q = atHeight(lateral, y);
      if (!q) continue;
      for (const p of section('quadratus_lumborum_r', y).filter((p) => Math.abs(p[2] - q[2]) < 15 * mm)) {
        expect(q[0] - p[0], `lateral arcuate in front of QL at ${y}`).toBeGreaterThan(10 * mm);
        crossed++;
      }
    }
    expect(crossed).toBeGreaterThan(0);
    // Medial arcuate: L1 body to the L1 transverse process; lateral arcuate: that process to the 12th rib.
    expect(dist(medial[0]!, mark('l1_body_side_r'))).toBeLessThan(10 * mm);
    expect(dist(medial.at(-1)!, mark('l1_transverse_tip_r'))).toBeLessThan(12 * mm);
    expect(dist(lateral[0]!, mark('l1_transverse_tip_r'))).toBeLessThan(12 * mm);
    const rib = [mark('rib12_medial_r'), mark('rib12_tip_r')];
    expect(dist(lateral.at(-1)!, nearestOn(rib, lateral.at(-1)!)), 'on the 12th rib').toBeLessThan(8 * mm);
    // The aorta passes behind the median arcuate ligament.
    const median = path('diaphragm', 'median arcuate ligament');
    const aorta = path('abdominal_aorta');
    expect(closest(median, aorta).distance, 'clear of the aorta (10 mm in radius)').toBeGreaterThan(11 * mm);
    const top = median[Math.floor(median.length / 2)]!;
    expect(top[0] - nearestOn(aorta, top)[0], 'arching over its front').toBeGreaterThan(10 * mm);
  });

  it('the iliotibial tract lies on the outside of the thigh, from the iliac crest to the tibia', () => {
    for (const f of [
      'anterior border (tensor fasciae latae)',
      'middle (iliac tubercle)',
      'posterior border (gluteus maximus)',
    ]) {
      const p = path('iliotibial_tract_r', f, 'femur_r');
      for (const q of p.filter((x) => x[1] < -0.02 && x[1] > -0.36))
        expect(q[2], `${f} at ${q[1]}`).toBeGreaterThan(0.05);
      const tibia = path('iliotibial_tract_r', f, 'tibia_r').at(-1)!;
      expect(dist(tibia, mark('gerdy_tubercle_r', 'tibia_r'))).toBeLessThan(15 * mm);
    }
  });
});

describe('the iliofemoral ligament over a motion', () => {
  const id = 'iliofemoral_ligament_r';
  const lig = structure(id);
  if (!isPathStructure(lig)) throw new Error(id);

  it('lengthens in the back stride and is longest where the hip is most extended', () => {
    const pose = neutralPose();
    const hip = COORDINATE_INDEX.hip_flexion_r;
    const rows = Array.from({ length: 101 }, (_, i) => {
      MOTIONS.gait.evaluate(i / 100, pose);
      return { phase: i / 100, hip: pose[hip]!, length: lengthOf(lig, pose) };
    });
    const longest = rows.reduce((a, b) => (b.length > a.length ? b : a));
    const mostExtended = rows.reduce((a, b) => (b.hip < a.hip ? b : a));
    expect(mostExtended.hip).toBeLessThan(-10);
    expect(Math.abs(longest.phase - mostExtended.phase)).toBeLessThanOrEqual(0.06);
    const heelStrike = rows[0]!;
    expect(longest.length - heelStrike.length).toBeGreaterThan(8 * mm);
    // The facts quote ≈ 70 mm at heel strike and ≈ 84 mm in the back stride.
    expect(heelStrike.length).toBeGreaterThan(0.067);
    expect(heelStrike.length).toBeLessThan(0.073);
    expect(longest.length).toBeGreaterThan(0.081);
    expect(longest.length).toBeLessThan(0.087);
  });

  it('shortens as the hip flexes, and resists extension (a flexing moment arm)', () => {
    const lengths = [0, 30, 60, 90, 120].map((deg) => lengthOf(lig, poseFrom({ hip_flexion_r: deg })));
    for (let i = 1; i < lengths.length; i++) expect(lengths[i]!).toBeLessThan(lengths[i - 1]!);
    expect(lengths[4]! / lengths[0]!).toBeLessThan(0.7);
    expect(lengthOf(lig, poseFrom({ hip_flexion_r: -20 }))).toBeGreaterThan(lengths[0]! + 4 * mm);
    expect(momentArm(lig, 'hip_flexion_r', neutralPose())).toBeGreaterThan(0.005);
    // Its lateral band checks external rotation: it pulls the hip into internal rotation.
    expect(momentArm(lig, 'hip_rotation_r', neutralPose())).toBeGreaterThan(0);
  });
});
