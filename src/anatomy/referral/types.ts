/**
 * Referred-pain zones as data (Travell & Simons' patterns): each pattern belongs to one or more muscles
 * and has essential zones (solid in the Trigger Point Manual) and spillover zones (stippled). Every zone
 * is a union of regions described on anatomical landmarks — a strip of the trunk between two
 * levels, a part of a limb between two fractions of its length and around part of its circumference, a
 * patch around a landmark — so the data reads like the book and does not depend on any mesh.
 * Written for the right side; a left muscle's zones are the mirror image.
 */
import * as z from 'zod/mini';
import { MUSCLE_NAMES } from '../muscles/types';

// zod/mini has no messages of its own ("Invalid input"): English ones, as full zod gives, for whoever
// validates data with these schemas (tests, tools). The app imports only the types from here.
z.config(z.locales.en());

export const ZONE_TYPES = ['essential', 'spillover'] as const;
export type ZoneType = (typeof ZONE_TYPES)[number];

const evidence = z.enum(['verified', 'recalled', 'uncertain']);
const citation = z.object({ source: z.string().check(z.minLength(1)), where: z.optional(z.string()) });
const landmarkId = z.string().check(z.minLength(2));

/** Part of the trunk (pelvis up to the lower chest) by height and distance from the midline. */
const trunkRegion = z.object({
  kind: z.literal('trunk'),
  /** Lower and upper limits: landmark ids whose neutral heights bound the region (either order). */
  from: landmarkId,
  to: landmarkId,
  /** Distance from the midline, metres [min, max]. */
  lateral: z.tuple([z.number().check(z.minimum(0)), z.number().check(z.minimum(0))]),
  /** Which face of the trunk: by the surface normal. */
  facing: z.enum(['posterior', 'anterior', 'lateral', 'any']),
});

/** Part of a limb: from/to as fractions of its length (0 = hip/knee/ankle end), around an arc of its circumference. */
const limbRegion = z.object({
  kind: z.literal('limb'),
  limb: z.enum(['thigh', 'leg', 'foot']),
  from: z.number().check(z.minimum(-0.3), z.maximum(1.3)),
  to: z.number().check(z.minimum(-0.3), z.maximum(1.3)),
  /** Arc around the limb, degrees: 0 = front, 90 = outer side, 180 = back, 270 = inner side; may wrap (e.g. [300, 60]). */
  around: z.tuple([z.number().check(z.minimum(0), z.maximum(360)), z.number().check(z.minimum(0), z.maximum(360))]),
});

/** A roughly round patch of skin over a landmark, facing outward from it. */
const patchRegion = z.object({
  kind: z.literal('patch'),
  at: landmarkId,
  /** Radius on the skin, metres. */
  radius: z.number().check(z.positive(), z.maximum(0.2)),
  /** Optional shift of the centre from the landmark, metres, in the world frame of the right side. */
  offset: z.optional(z.tuple([z.number(), z.number(), z.number()])),
});

export const regionSchema = z.discriminatedUnion('kind', [trunkRegion, limbRegion, patchRegion]);
export type Region = z.infer<typeof regionSchema>;

export const zoneSchema = z.object({
  id: z.string().check(z.minLength(2)),
  type: z.enum(ZONE_TYPES),
  /** How the book would describe it, in plain words ("beside the lumbar spine from T12 to the sacrum, 3–7 cm out"). */
  description: z.string().check(z.minLength(15)),
  /** ipsilateral: the muscle's own side; bilateral: both sides; midline: across the middle (e.g. coccyx). */
  laterality: z.enum(['ipsilateral', 'bilateral', 'midline']),
  evidence,
  citations: z.array(citation).check(z.minLength(1)),
  regions: z.array(regionSchema).check(z.minLength(1)),
});
export type Zone = z.infer<typeof zoneSchema>;

export const patternSchema = z.object({
  id: z.string().check(z.minLength(2)),
  /** Shown to people: "Iliopsoas", "Gluteus medius, trigger point 1". */
  label: z.string().check(z.minLength(3)),
  muscles: z.array(z.enum(MUSCLE_NAMES)).check(z.minLength(1)),
  /** Trigger-point ids (from the muscle facts) that give this pattern. */
  triggerPoints: z.array(z.string()),
  zones: z.array(zoneSchema).check(z.minLength(1)),
  /** Anything people should know about this pattern (e.g. "psoas minor: assumed, no distinct pattern"). */
  note: z.optional(z.string()),
});
export type Pattern = z.infer<typeof patternSchema>;
