/**
 * The layer that draws each kind of structure: the scene shows a structure only with its layer on, and
 * selecting one (a link, the list, the embed API) turns that layer on so the selection is in sight.
 */
import type { StructureKind } from '../anatomy/structures/types';
import type { LayerId } from './types';

/** The diaphragm's crura and arcuate ligaments (and any organ) go with the ligaments. */
const LAYER_OF: Record<StructureKind, LayerId> = {
  bone: 'bones',
  ligament: 'ligaments',
  fascia: 'fascia',
  nerve: 'nerves',
  vessel: 'vessels',
  organ: 'ligaments',
};

export const layerOfKind = (kind: StructureKind): LayerId => LAYER_OF[kind];
