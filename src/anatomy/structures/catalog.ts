/**
 * Every structure that is not a muscle, with the ids of SPEC.md: the bones, and the path-bound ones
 * (ligaments, fascia, the diaphragm, nerves, vessels) resolved like the muscles — right-side definitions
 * placed on both sides, the left mirrored — so that evaluating, measuring and drawing them is the same
 * code as for a muscle (src/anatomy/path).
 */
import type { Vec3 } from '../math/vec3';
import { SEGMENT_INDEX, type SegmentId, SIDES, type Side } from '../model/segments';
import type { FibreDef } from '../muscles/types';
import { type Fibre, type PathBody, type Placement, placed, resolveFibre, resolveSegment } from '../path/resolve';
import { isMuscleId, MUSCLES } from '../muscles/catalog';
import { type Attachment, attachmentsByBone, BONE_DEFS, type BoneName, boneId } from './bones';
import { BONE_FACTS } from './facts/bones';
import { LIGAMENT_FACTS } from './facts/ligaments';
import { NERVE_FACTS, VESSEL_FACTS } from './facts/nervesVessels';
import { diaphragm } from './paths/diaphragm';
import { iliotibialTract, thoracolumbarFascia } from './paths/fascia';
import {
  iliofemoralLigament,
  iliolumbarLigament,
  inguinalLigament,
  ischiofemoralLigament,
  pubofemoralLigament,
  sacrospinousLigament,
  sacrotuberousLigament,
} from './paths/ligaments';
import {
  femoralNerve,
  genitofemoralNerve,
  lateralFemoralCutaneousNerve,
  lumbarPlexus,
  obturatorNerve,
  sciaticNerve,
} from './paths/nerves';
import {
  abdominalAorta,
  commonIliacArtery,
  commonIliacVein,
  externalIliacArtery,
  externalIliacVein,
  femoralArtery,
  femoralVein,
  inferiorVenaCava,
} from './paths/vessels';
import type { FibreDrawing, PathStructureDef, SheetDrawing, StructureFacts, StructureKind } from './types';
import { STRUCTURE_CYLINDERS } from './wrapObjects';

/** In the order people meet them: ligaments and fascia, then nerves, then vessels. */
export const PATH_STRUCTURE_DEFS: readonly PathStructureDef[] = [
  inguinalLigament,
  iliofemoralLigament,
  pubofemoralLigament,
  ischiofemoralLigament,
  sacrotuberousLigament,
  sacrospinousLigament,
  iliolumbarLigament,
  diaphragm,
  thoracolumbarFascia,
  iliotibialTract,
  lumbarPlexus,
  femoralNerve,
  obturatorNerve,
  lateralFemoralCutaneousNerve,
  genitofemoralNerve,
  sciaticNerve,
  abdominalAorta,
  inferiorVenaCava,
  commonIliacArtery,
  commonIliacVein,
  externalIliacArtery,
  externalIliacVein,
  femoralArtery,
  femoralVein,
];

const FACTS: Readonly<Record<string, StructureFacts>> = { ...LIGAMENT_FACTS, ...NERVE_FACTS, ...VESSEL_FACTS };

/** How a fibre is drawn, with the band's facing point placed on its segment. */
export type ResolvedFibreDrawing =
  | { shape: 'tube'; radius: number }
  | {
      shape: 'band';
      width: number;
      thickness: number;
      facing?: { segment: SegmentId; segmentIndex: number; at: Vec3 };
    };

export interface StructureDrawing {
  /** One per fibre, in the order of `fibres`. */
  fibres: ResolvedFibreDrawing[];
  /** Surfaces across named fibres (fascia). */
  sheets: SheetDrawing[];
  source: string;
}

interface StructureBase {
  id: string;
  name: string;
  /** Undefined for single (midline) structures. */
  side?: Side;
  kind: StructureKind;
  displayName: string;
}

/** A ligament, fascia, nerve or vessel: fibres like a muscle's, and how to draw them. */
export interface PathStructure extends StructureBase, PathBody {
  kind: Exclude<StructureKind, 'bone'>;
  fibres: Fibre[];
  drawing: StructureDrawing;
}

/** A bone: a node of bones.glb carried by a segment. */
export interface BoneStructure extends StructureBase {
  name: BoneName;
  kind: 'bone';
  segment: SegmentId;
}

export type Structure = PathStructure | BoneStructure;

const SIDE_WORD: Record<Side, string> = { r: 'right', l: 'left' };

function resolveDrawing(f: FibreDrawing, where: Placement): ResolvedFibreDrawing {
  if (f.shape === 'tube' || !f.facing) return { ...f } as ResolvedFibreDrawing;
  const segment = resolveSegment(f.facing.segment, where.side);
  const at = f.facing.at;
  return {
    shape: 'band',
    width: f.width,
    thickness: f.thickness,
    facing: { segment, segmentIndex: SEGMENT_INDEX[segment], at: where.mirror ? [at[0], at[1], -at[2]] : [...at] },
  };
}

/** The fibres of one structure on one side (or of a single one), each with its placement and drawing. */
function placedFibres(
  def: PathStructureDef,
  side: Side | undefined,
): { def: FibreDef; where: Placement; name: string }[] {
  if (side) {
    const own = side === 'l' && def.left ? def.left : def.fibres;
    const where: Placement = side === 'l' && def.left ? { side: 'l', mirror: false } : placed(side);
    return own.map((f) => ({ def: f, where, name: f.name }));
  }
  return [
    ...def.fibres.map((f) => ({ def: f, where: placed('r'), name: f.name })),
    ...SIDES.flatMap((s) =>
      (def.bothSides ?? []).map((f) => ({ def: f, where: placed(s), name: `${f.name} (${SIDE_WORD[s]})` })),
    ),
  ];
}

function buildPath(def: PathStructureDef, side: Side | undefined): PathStructure {
  const list = placedFibres(def, side);
  const drawingOf = (name: string) => def.drawing.fibres?.[name] ?? def.drawing.default;
  const bothSides = new Set((def.bothSides ?? []).map((f) => f.name));
  const sheets = (def.drawing.sheets ?? []).flatMap((sheet): SheetDrawing[] =>
    !side && sheet.fibres.some((n) => bothSides.has(n))
      ? SIDES.map((s) => ({
          ...sheet,
          name: `${sheet.name} (${SIDE_WORD[s]})`,
          fibres: sheet.fibres.map((n) => (bothSides.has(n) ? `${n} (${SIDE_WORD[s]})` : n)),
        }))
      : [sheet],
  );
  const facts = FACTS[def.name];
  if (!facts) throw new Error(`no facts for ${def.name}`);
  return {
    id: side ? `${def.name}_${side}` : def.name,
    name: def.name,
    ...(side ? { side } : {}),
    kind: def.kind,
    displayName: facts.displayName,
    fibres: list.map(({ def: f, where, name }) => ({ ...resolveFibre(f, where, STRUCTURE_CYLINDERS), name })),
    drawing: {
      fibres: list.map(({ def: f, where }) => resolveDrawing(drawingOf(f.name), where)),
      sheets,
      source: def.drawing.source,
    },
  };
}

export const PATH_STRUCTURES: readonly PathStructure[] = PATH_STRUCTURE_DEFS.flatMap((d) =>
  d.paired ? SIDES.map((s) => buildPath(d, s)) : [buildPath(d, undefined)],
);

export const BONE_STRUCTURES: readonly BoneStructure[] = BONE_DEFS.flatMap((b) =>
  (b.paired ? SIDES : [undefined]).map(
    (side): BoneStructure => ({
      id: boneId(b, side),
      name: b.name,
      ...(side ? { side } : {}),
      kind: 'bone',
      displayName: BONE_FACTS[b.name].displayName,
      segment: side === 'l' ? (b.segment.replace(/_r$/, '_l') as SegmentId) : b.segment,
    }),
  ),
);

/** Every non-muscle structure: bones first, then the path-bound ones. */
export const STRUCTURES: readonly Structure[] = [...BONE_STRUCTURES, ...PATH_STRUCTURES];

export const STRUCTURE_IDS: readonly string[] = STRUCTURES.map((s) => s.id);

const BY_ID = new Map<string, Structure>(STRUCTURES.map((s) => [s.id, s]));

export const isStructureId = (s: string): boolean => BY_ID.has(s);

/** The structure with this id (throws for an unknown id; check with isStructureId first). */
export function structure(id: string): Structure {
  const s = BY_ID.get(id);
  if (!s) throw new Error(`unknown structure ${id}`);
  return s;
}

export const isPathStructure = (s: Structure): s is PathStructure => s.kind !== 'bone';

/** Kind of any id: a structure's kind, 'muscle' for a muscle, undefined for an unknown id. */
export const kindOf = (id: string): StructureKind | 'muscle' | undefined =>
  BY_ID.get(id)?.kind ?? (isMuscleId(id) ? 'muscle' : undefined);

/** Every path-bound structure (optionally of some kinds): resolved fibres and drawing spec, ready to pose. */
export function pathStructures(...kinds: Exclude<StructureKind, 'bone'>[]): readonly PathStructure[] {
  return kinds.length ? PATH_STRUCTURES.filter((s) => kinds.includes(s.kind)) : PATH_STRUCTURES;
}

/** Facts of a path-bound structure, by its name (both sides share them). */
export const structureFacts = (name: string): StructureFacts | undefined => FACTS[name];

/** How people read a structure: "Iliofemoral ligament (right)", or the bare name when single. */
export const structureLabel = (s: Structure) => (s.side ? `${s.displayName} (${SIDE_WORD[s.side]})` : s.displayName);

/** Ligaments measured like muscles (`myomap motion --muscles iliofemoral_ligament_r`): the paired ones. */
export const LENGTH_STRUCTURES: readonly PathStructure[] = PATH_STRUCTURES.filter(
  (s) => s.kind === 'ligament' && s.side,
);

let attached: Map<string, Attachment[]> | undefined;

/** What attaches to a bone (muscles, ligaments and fascia, by their path ends), derived once from the paths. */
export function boneAttachments(boneId: string): readonly Attachment[] {
  attached ??= attachmentsByBone([
    ...MUSCLES,
    ...PATH_STRUCTURES.filter((s) => s.kind === 'ligament' || s.kind === 'fascia'),
  ]);
  return attached.get(boneId) ?? [];
}
