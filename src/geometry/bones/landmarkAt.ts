/** Landmark positions for bone building (right side; the left is mirrored by the caller). */
import { landmark } from '../../anatomy/model/landmarks';
import type { V3 } from './vec';

export const L = (id: string): V3 => landmark(id).at as unknown as V3;
