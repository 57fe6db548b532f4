/** Which path-bound structures are shown: their layer, and the side (isolation is a list of muscles). */
import type { PathStructure } from '../../anatomy/structures';
import type { Store } from '../../state/store';
import { layerOfKind } from '../../state/structureLayer';

export function structureVisible(s: Pick<Store, 'layers' | 'side' | 'hidden'>, p: PathStructure): boolean {
  if (!s.layers.includes(layerOfKind(p.kind))) return false;
  // Midline structures (aorta, vena cava, diaphragm, thoracolumbar fascia) show on either side.
  if (s.side !== 'both' && p.side && p.side !== s.side) return false;
  return !(s.hidden as readonly string[]).includes(p.id);
}

/** What a vessel carries, from its name: arteries (and the aorta) red, veins (and the vena cava) blue. */
export const isVein = (p: PathStructure): boolean => /vein|vena/.test(p.name);
