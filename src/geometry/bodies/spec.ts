/**
 * What a path-bound body is made from: fibres (paths of points on segments, resolved as muscles are),
 * a shape class, and what fixes its size. Muscles are one client (src/geometry/muscles/bodyShapes.ts);
 * ligaments, fascia, nerves and vessels are built by the same builder (scripts/models/bodies) from the
 * same kind of data. Build-time only: the app needs just the fibres to pose a body.
 */
import type { Fibre } from '../../anatomy/muscles/catalog';

/**
 * fusiform: a round belly swelling between tendons (psoas, semitendinosus); fan: fibres converging from a
 * broad origin on a narrow insertion, thickest in the middle (gluteus medius); strap: a flat band of
 * parallel fibres (sartorius); pennate: fibres set obliquely on an aponeurosis along the belly
 * (semimembranosus, rectus femoris); sheet: a broad thin layer (quadratus lumborum, the abdominal wall);
 * tube: constant round section, no belly (nerves, vessels).
 */
export type ShapeClass = 'fusiform' | 'fan' | 'strap' | 'pennate' | 'sheet' | 'tube';

export interface BodyTuning {
  /** Visible tendon (or aponeurosis) at the origin and at the insertion end of each fibre, metres. */
  tendon: { proximal: number; distal: number };
  /** When set, the belly is this long (metres) and the rest of each fibre past it is distal tendon. */
  bellyLength?: number;
  /** Half-width and half-thickness of the tendons, metres (a flat aponeurosis: wide and thin). */
  tendonSection: { halfWidth: number; halfThickness: number };
  /** Width / thickness of a single fibre's belly section (1 = round; the web sets it for several fibres). */
  aspect: number;
  /** How much the belly swells: 0 = even, 0.5 = half as thick at its ends as where it is fullest. */
  swell: number;
  /** Where along the belly it is fullest: 0 = at the origin end, 0.5 = midway, 1 = at the insertion end. */
  peak: number;
  /**
   * The belly reaches down to the bone it lies on across a gap of up to this much (metres), so a body
   * over a hollow (the iliac fossa, the lumbar gutter) fills it rather than bridging it.
   */
  fill: number;
  /**
   * A ground-frame direction the width of a flat section lies along (e.g. [0, 1, 0]: the gemelli run
   * across and are flat up-down). Default: across the bone the body lies on.
   */
  widthAxis?: readonly [number, number, number];
  /** The body's centreline is kept this share of its thickness off the bone it lies on. */
  push: number;
  /**
   * A fan's origin is this many times wider than its fibres span (narrowing to them along the body):
   * where a few drawn fibres stand for an origin along a whole crest or fossa. Default 1.
   */
  fanOrigin?: number;
  /** How far the fleshy footprint reaches past the first / last path point, over the bone, metres. */
  spread: { origin: number; insertion: number };
  /** Ids (as built: e.g. `gluteus_minimus_r`) of bodies lying deep to this one: it is moulded over them. */
  over: readonly string[];
  /** Ids of ligaments (as built: e.g. `inguinal_ligament_r`) the body passes beneath: it is kept behind them. */
  beneath?: readonly string[];
  /** Thickness factor of each fibre (default: from its share of the cross-section). */
  fibreWeights?: readonly number[];
  /** Grid edge of the surface extraction and the triangle budget, when the defaults do not suit. */
  edge?: number;
  triangles?: number;
}

export interface BodySpec {
  /** glTF node name, e.g. `psoas_major_r`. */
  id: string;
  fibres: readonly Fibre[];
  shape: ShapeClass;
  /** A target volume (m³; the thickness is solved for it) or a fixed belly half-thickness (m). */
  size: { volume: number } | { halfThickness: number };
  tuning: BodyTuning;
}
