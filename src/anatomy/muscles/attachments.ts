/**
 * Where a muscle attaches, as places on the bone a teacher points at ("iliac fossa", "lesser trochanter",
 * "L2 transverse process"): for each end (origin, insertion), the landmarks nearest its fibres' end points
 * (same segment, within REACH), each anchored at the fibre end it names — derived from the paths, so a
 * path that moves takes its labels with it. Where no landmark names an attachment well (the outer ilium
 * between the gluteal lines has none), a short name from Gray's is given here instead, anchored at the
 * middle of the fibre ends.
 */
import type { Vec3 } from '../math/vec3';
import { neutralFrames, toWorld } from '../model/kinematics';
import { LANDMARKS } from '../model/landmarks';
import type { SegmentId } from '../model/segments';
import type { Muscle } from './catalog';
import type { MuscleName } from './types';

/** How far (m, neutral pose) an attachment may be from the landmark that names it. */
export const REACH = 0.03;
const MAX_PER_END = 3;

export interface Attachment {
  /** Short name people read on the model. */
  name: string;
  /** Landmark id, when a landmark names it. */
  landmark?: string;
  /** Where to anchor the label: a point on a segment (segment frame, metres). */
  segment: SegmentId;
  at: Vec3;
}

export interface Attachments {
  origin: Attachment[];
  insertion: Attachment[];
}

/** Landmarks that do not name an attachment (skin landmarks, joint centres, vertebral body centres). */
const NOT_BONY = /gluteal_fold|umbilicus|perineum|femoral_head|acetabulum|_body$|arcuate_line|sacroiliac_joint|pisi/;

/** Attachments no landmark names well, after Gray's Anatomy (42nd ed.). */
const NAMED: Partial<Record<MuscleName, Partial<Record<keyof Attachments, string>>>> = {
  iliacus: { origin: 'iliac fossa' },
  gluteus_maximus: { origin: 'back of the ilium, sacrum and coccyx', insertion: 'gluteal tuberosity and iliotibial tract' },
  gluteus_medius: { origin: 'outer ilium, between the anterior and posterior gluteal lines' },
  gluteus_minimus: { origin: 'outer ilium, between the anterior and inferior gluteal lines' },
  piriformis: { origin: 'front of the sacrum (S2–S4)' },
  obturator_internus: { origin: 'inner face of the obturator membrane' },
  obturator_externus: { origin: 'outer face of the obturator membrane' },
  pectineus: { insertion: 'pectineal line of the femur' },
  adductor_brevis: { insertion: 'upper linea aspera' },
  semimembranosus: { insertion: 'back of the medial tibial condyle' },
};

/** Short names for long landmark labels. */
const SHORT: Record<string, string> = {
  asis: 'ASIS',
  aiis: 'AIIS',
  psis: 'PSIS',
  iliac_crest_top: 'iliac crest',
  iliac_crest_posterior: 'iliac crest (back)',
  iliac_tubercle: 'iliac tubercle',
};

function shortName(id: string, label: string): string {
  const base = id.replace(/_[rl]$/, '');
  return SHORT[base] ?? label.replace(/ \((right|left)\)$/, '').replace(/\s*\(.*\)$/, '');
}

export function attachmentsOf(m: Muscle): Attachments {
  const frames = neutralFrames();
  const end = (which: keyof Attachments): Attachment[] => {
    const points = m.fibres.map((f) => (which === 'origin' ? f.points[0]! : f.points[f.points.length - 1]!));
    const named = NAMED[m.name]?.[which];
    if (named) {
      // One label at the fibre end nearest the middle of them all.
      const worlds = points.map((p) => toWorld(frames, p.segment, p.at) as Vec3);
      const mid = [0, 1, 2].map((k) => worlds.reduce((s, w) => s + w[k]!, 0) / worlds.length);
      let best = 0;
      worlds.forEach((w, i) => {
        const d = Math.hypot(w[0] - mid[0]!, w[1] - mid[1]!, w[2] - mid[2]!);
        const b = worlds[best]!;
        if (d < Math.hypot(b[0] - mid[0]!, b[1] - mid[1]!, b[2] - mid[2]!)) best = i;
      });
      return [{ name: named, segment: points[best]!.segment, at: [...points[best]!.at] as Vec3 }];
    }
    const out: Attachment[] = [];
    const taken = new Set<string>();
    for (const p of points) {
      const w = toWorld(frames, p.segment, p.at);
      let bestD = REACH;
      let best: (typeof LANDMARKS)[number] | null = null;
      for (const l of LANDMARKS) {
        if (l.segment !== p.segment || taken.has(l.id) || NOT_BONY.test(l.id)) continue;
        const q = toWorld(frames, l.segment, l.at);
        const d = Math.hypot(q[0] - w[0], q[1] - w[1], q[2] - w[2]);
        if (d < bestD) {
          bestD = d;
          best = l;
        }
      }
      if (best && out.length < MAX_PER_END) {
        taken.add(best.id);
        out.push({ name: shortName(best.id, best.label), landmark: best.id, segment: p.segment, at: [...p.at] as Vec3 });
      }
    }
    return out;
  };
  return { origin: end('origin'), insertion: end('insertion') };
}
