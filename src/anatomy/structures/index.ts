/**
 * The non-muscle structures: what the scene, the UI and the CLI use. Bones are nodes of bones.glb;
 * everything else is path-bound (fibres like a muscle's, posed and measured by src/anatomy/path) with a
 * drawing spec (tube, band or sheet) for the body builder.
 */
export {
  type Attachment,
  attachmentsByBone,
  BONE_NAMES,
  type BoneName,
  boneOfLandmark,
  LANDMARKS_BY_BONE,
} from './bones';
export {
  BONE_STRUCTURES,
  boneAttachments,
  type BoneStructure,
  isPathStructure,
  isStructureId,
  kindOf,
  LENGTH_STRUCTURES,
  PATH_STRUCTURES,
  type PathStructure,
  pathStructures,
  type ResolvedFibreDrawing,
  STRUCTURE_IDS,
  STRUCTURES,
  type Structure,
  type StructureDrawing,
  structure,
  structureFacts,
  structureLabel,
} from './catalog';
export { BONE_FACTS } from './facts/bones';
export { STRUCTURE_KINDS, type BoneFacts, type SheetDrawing, type StructureFacts, type StructureKind } from './types';
