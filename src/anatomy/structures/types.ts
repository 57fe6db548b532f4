/**
 * Every structure that is not a muscle, as data: bones (meshes in bones.glb), and ligaments, fascia, the
 * diaphragm, nerves and vessels, which are paths of segment-frame points exactly like muscle fibres
 * (src/anatomy/muscles/types.ts), so that they follow every motion and their lengths come from the same
 * path code. Names and kinds follow SPEC.md ("Other structures").
 */
import type { Vec3 } from '../math/vec3';
import type { Side } from '../model/segments';
import type { Citation, Evidence, FibreDef, SegmentBase } from '../muscles/types';

export const STRUCTURE_KINDS = ['bone', 'ligament', 'fascia', 'nerve', 'vessel', 'organ'] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

/** How a fibre is drawn: a round tube (nerves, vessels) or a flat band (ligaments, crura). Metres. */
export type FibreDrawing =
  | { shape: 'tube'; radius: number }
  | {
      shape: 'band';
      width: number;
      thickness: number;
      /** The band's flat face turns away from this point (e.g. the femoral head under a capsular ligament). */
      facing?: { segment: SegmentBase; at: Vec3 };
    };

/**
 * A surface spanning neighbouring fibres, in order (fascia): the fibres are its edges and ribs, so the
 * sheet moves with them. `fibres` are fibre names of the same structure.
 */
export interface SheetDrawing {
  name: string;
  fibres: string[];
  thickness: number;
}

export interface DrawingDef {
  /** Per fibre by name; fibres not listed take `default`. */
  default: FibreDrawing;
  fibres?: Record<string, FibreDrawing>;
  sheets?: SheetDrawing[];
  /** Where the sizes come from. */
  source: string;
}

/** A ligament, fascia, nerve or vessel: where it runs, and how it is drawn. */
export interface PathStructureDef {
  name: string;
  kind: Exclude<StructureKind, 'bone'>;
  /** Paired (`_r`/`_l`) or single (bare name). */
  paired: boolean;
  /**
   * Paired: the right side, mirrored for the left unless `left` is given. Single: the fibres as they lie
   * (z > 0 on the right, z < 0 on the left).
   */
  fibres: FibreDef[];
  /** Paired structures whose two sides differ (the common iliac veins): the left side as it lies, not mirrored. */
  left?: FibreDef[];
  /** Single structures: right-side halves, placed as written and mirrored for the left ("… (left)"). */
  bothSides?: FibreDef[];
  drawing: DrawingDef;
}

/** Facts for people: what a teacher says about it. */
export interface StructureFacts {
  displayName: string;
  /** Other names people search for. */
  synonyms: string[];
  description: string;
  /** What lies next to it: what a teacher points at. */
  relations: string;
  function: string;
  clinical?: string;
  /** Ligaments, fascia: where they attach. */
  attachments?: { from: string; to: string };
  /** Nerves and vessels: where they begin and end. */
  course?: { from: string; to: string };
  /** Nerves: the spinal nerve roots (e.g. L2, L3, L4). */
  roots?: string[];
  /** Nerves: muscles and skin; vessels: the region supplied or drained. */
  supplies?: string;
  evidence: Evidence;
  notes?: string;
  citations: Citation[];
}

/** A bone's facts: the features and attachments are derived from the landmarks and paths (bones.ts). */
export interface BoneFacts {
  displayName: string;
  synonyms: string[];
  description: string;
  relations: string;
  function: string;
  clinical?: string;
  evidence: Evidence;
  citations: Citation[];
}

export type { Side };
