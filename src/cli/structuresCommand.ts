/**
 * `myomap structures` (every non-muscle structure: id, name, side, kind) and `myomap structure <id>`
 * (the facts and citations of any structure, muscles included: for a muscle, what `myomap muscle` prints).
 */
import { neutralPose } from '../anatomy/model/coordinates';
import { lengthOf } from '../anatomy/path/mechanics';
import { isMuscleId, MUSCLE_IDS, muscle } from '../anatomy/muscles/catalog';
import type { Citation } from '../anatomy/muscles/types';
import { source } from '../anatomy/sources';
import {
  boneAttachments,
  BONE_FACTS,
  type BoneStructure,
  isStructureId,
  LANDMARKS_BY_BONE,
  LENGTH_STRUCTURES,
  type PathStructure,
  STRUCTURE_IDS,
  STRUCTURES,
  structure,
  structureFacts,
  structureLabel,
} from '../anatomy/structures';
import { muscleDetails } from './musclesCommand';
import { distance } from './suggest';
import { choices, clip, parseArgs, UsageError } from './usage';

export function structuresCommand(args: readonly string[] = []): string {
  parseArgs(args, { command: 'structures', positionals: [] });
  return `${JSON.stringify(
    STRUCTURES.map((s) => ({ id: s.id, name: s.displayName, side: s.side ?? null, kind: s.kind })),
    null,
    2,
  )}\n`;
}

/** The full references of the cited source keys, for people reading the JSON. */
const references = (citations: readonly Citation[]) =>
  [...new Set(citations.map((c) => c.source))].map((k) => ({ key: k, reference: source(k).full }));

function boneDetails(b: BoneStructure) {
  const f = BONE_FACTS[b.name];
  const attached = boneAttachments(b.id);
  const label = (id: string) =>
    isMuscleId(id)
      ? `${muscle(id).displayName} (${muscle(id).side === 'r' ? 'right' : 'left'})`
      : structureLabel(structure(id));
  return {
    id: b.id,
    name: b.displayName,
    side: b.side ?? null,
    kind: b.kind,
    synonyms: f.synonyms,
    description: f.description,
    relations: f.relations,
    function: f.function,
    ...(f.clinical ? { clinical: f.clinical } : {}),
    landmarks: (LANDMARKS_BY_BONE.get(b.id) ?? []).map((l) => ({ id: l.id, label: l.label })),
    attachments: attached.map((a) => ({ id: a.id, name: label(a.id), end: a.end, fibres: a.fibres })),
    segment: b.segment,
    evidence: f.evidence,
    citations: f.citations,
    references: references(f.citations),
  };
}

function pathDetails(s: PathStructure) {
  const f = structureFacts(s.name)!;
  return {
    id: s.id,
    name: s.displayName,
    side: s.side ?? null,
    kind: s.kind,
    synonyms: f.synonyms,
    description: f.description,
    ...(f.attachments ? { attachments: f.attachments } : {}),
    ...(f.course ? { course: f.course } : {}),
    ...(f.roots ? { roots: f.roots } : {}),
    ...(f.supplies ? { supplies: f.supplies } : {}),
    relations: f.relations,
    function: f.function,
    ...(f.clinical ? { clinical: f.clinical } : {}),
    ...(f.notes ? { notes: f.notes } : {}),
    evidence: f.evidence,
    // A ligament's length in neutral standing (m): what `myomap motion --muscles <id>` prints over a motion.
    ...(LENGTH_STRUCTURES.includes(s) ? { neutralLength: Number(lengthOf(s, neutralPose()).toFixed(4)) } : {}),
    fibres: s.fibres.map((x, i) => ({ name: x.name, source: x.source, drawing: s.drawing.fibres[i] })),
    ...(s.drawing.sheets.length ? { sheets: s.drawing.sheets } : {}),
    drawingSource: s.drawing.source,
    citations: f.citations,
    references: references(f.citations),
  };
}

/** A few valid ids close to `raw`: those containing it first, then the nearest by edit distance. */
export function closestIds(raw: string, ids: readonly string[], n = 4): string[] {
  const want = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const containing = ids.filter((id) => want.length > 2 && id.includes(want.replace(/_[rl]$/, '')));
  if (containing.length) return containing.slice(0, n);
  return [...ids]
    .map((id) => ({ id, d: distance(want, id) }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, n)
    .map((x) => x.id);
}

export function structureCommand(args: readonly string[]): string {
  const [id] = parseArgs(args, { command: 'structure', positionals: ['<id>'] }).positionals;
  if (id === undefined) {
    throw new UsageError(
      'structure needs exactly one id, e.g. myomap structure femoral_nerve_r (all ids: myomap structures, myomap muscles)',
    );
  }
  if (isMuscleId(id)) return `${JSON.stringify(muscleDetails(id), null, 2)}\n`;
  if (!isStructureId(id)) {
    const near = closestIds(id, [...STRUCTURE_IDS, ...MUSCLE_IDS]);
    throw new UsageError(`unknown structure "${clip(id)}"; did you mean ${choices(near)}? (all ids: myomap structures)`);
  }
  const s = structure(id);
  return `${JSON.stringify(s.kind === 'bone' ? boneDetails(s) : pathDetails(s), null, 2)}\n`;
}
