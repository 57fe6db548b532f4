/**
 * From fibre definitions (right side, segment frames; src/anatomy/muscles/types.ts) to fibres ready to
 * evaluate: segment ids and indices, coordinate indices of conditional points, cylinder frames. Muscles
 * and the other path-bound structures (ligaments, fascia, nerves, vessels) share this, so that their
 * lengths, motion and drawing all come from the same path code (musclePath.ts).
 */
import { createTransform, multiply, setEulerXYZ, type Transform } from '../math/transform';
import type { Vec3 } from '../math/vec3';
import { COORDINATE_INDEX, type CoordinateName } from '../model/coordinates';
import { SEGMENT_INDEX, type SegmentId, type Side } from '../model/segments';
import type { FibreDef, FunctionalGroup, Quadrant, SegmentBase, WrapCylinderDef } from '../muscles/types';

export interface ResolvedPoint {
  segment: SegmentId;
  segmentIndex: number;
  at: Vec3;
  /** Defined index in the fibre (conditional points keep their index when inactive). */
  index: number;
  when?: { coordinate: CoordinateName; coordinateIndex: number; range: readonly [number, number] };
  /** Bony edge of a contact point (segment frame; see PathPointDef.contact). */
  contact?: { normal: Vec3; rounded?: number };
  /** What an end point is attached to when it is not a modelled bone (see PathPointDef.attachedTo). */
  attachedTo?: string;
}

export interface ResolvedCylinder {
  id: string;
  segment: SegmentId;
  segmentIndex: number;
  /** Cylinder frame → segment frame. */
  local: Transform;
  radius: number;
  quadrant: Quadrant;
}

export interface Fibre {
  name: string;
  points: ResolvedPoint[];
  wraps: { cylinder: ResolvedCylinder; range: readonly [number, number] }[];
  share: number;
  groups?: FunctionalGroup[];
  source: string;
}

/** Anything drawn and measured along fibre paths: a muscle, a ligament, a nerve… */
export interface PathBody {
  id: string;
  fibres: readonly Fibre[];
}

export function resolveSegment(base: SegmentBase, side: Side): SegmentId {
  return (
    base === 'femur' || base === 'tibia' || base === 'patella' || base === 'foot' ? `${base}_${side}` : base
  ) as SegmentId;
}

/** How a definition is placed: on which side's leg segments, and whether its coordinates are mirrored (z negated). */
export interface Placement {
  side: Side;
  mirror: boolean;
}

/** The usual placement: right-side definitions as written, left ones mirrored. */
export const placed = (side: Side): Placement => ({ side, mirror: side === 'l' });

const mirrorVec = (v: Vec3, mirror: boolean): Vec3 => (mirror ? [v[0], v[1], -v[2]] : [...v]);

export function resolveCylinder(def: WrapCylinderDef, where: Placement): ResolvedCylinder {
  const segment = resolveSegment(def.segment, where.side);
  const [rx, ry, rz] = def.rotation;
  // Mirroring the cylinder frame negates the x and y Euler angles.
  const local = where.mirror
    ? setEulerXYZ(-rx, -ry, rz, createTransform())
    : setEulerXYZ(rx, ry, rz, createTransform());
  const c = mirrorVec(def.centre, where.mirror);
  const translate = createTransform();
  translate[9] = c[0];
  translate[10] = c[1];
  translate[11] = c[2];
  multiply(translate, local, local);
  return {
    id: `${def.id}_${where.side}`,
    segment,
    segmentIndex: SEGMENT_INDEX[segment],
    local,
    radius: def.radius,
    quadrant: def.quadrant,
  };
}

/** One fibre, placed; `cylinders` are the wrap objects its `wraps` may name. */
export function resolveFibre(f: FibreDef, where: Placement, cylinders: readonly WrapCylinderDef[]): Fibre {
  return {
    name: f.name,
    share: f.share,
    source: f.source,
    ...(f.groups ? { groups: f.groups } : {}),
    points: f.points.map((p, index) => {
      const segment = resolveSegment(p.segment, where.side);
      const resolved: ResolvedPoint = {
        segment,
        segmentIndex: SEGMENT_INDEX[segment],
        at: mirrorVec(p.at, where.mirror),
        index,
      };
      if (p.contact) resolved.contact = { ...p.contact, normal: mirrorVec(p.contact.normal, where.mirror) };
      if (p.attachedTo) resolved.attachedTo = p.attachedTo;
      if (p.when) {
        const coordinate = `${p.when.coordinate}_${where.side}` as CoordinateName;
        resolved.when = { coordinate, coordinateIndex: COORDINATE_INDEX[coordinate], range: p.when.range };
      }
      return resolved;
    }),
    wraps: (f.wraps ?? []).map((w) => {
      const def = cylinders.find((c) => c.id === w.cylinder);
      if (!def) throw new Error(`unknown wrap cylinder ${w.cylinder} in fibre ${f.name}`);
      return { cylinder: resolveCylinder(def, where), range: w.range };
    }),
  };
}
