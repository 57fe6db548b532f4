/**
 * Where the camera looks from: unit vectors from the body towards the camera. The six presets of the
 * URL's `view` (SPEC.md; "oblique" is from the front right and a little above), and four stored cameras
 * a best view may need — from the front or back at 30° to either side, a little below the hips, which
 * show the inner thigh past the other leg. The viewer fits the distance to what is shown.
 */
import type { Vec3 } from '../../anatomy/math/vec3';

export const PRESET_VIEWS = ['anterior', 'posterior', 'left', 'right', 'superior', 'oblique'] as const;
export const STORED_CAMERAS = ['front_left', 'front_right', 'back_left', 'back_right'] as const;
export type PresetView = (typeof PRESET_VIEWS)[number];
export type StoredCamera = (typeof STORED_CAMERAS)[number];
export type ViewName = PresetView | StoredCamera;

const c30 = Math.cos(Math.PI / 6);
const s30 = Math.sin(Math.PI / 6);
const LOW = -0.17;

const RAW: Record<ViewName, Vec3> = {
  anterior: [1, 0.03, 0],
  posterior: [-1, 0.03, 0],
  right: [0, 0.03, 1],
  left: [0, 0.03, -1],
  superior: [0.12, 1, 0],
  oblique: [0.7, 0.2, 0.62],
  front_left: [c30, LOW, -s30],
  front_right: [c30, LOW, s30],
  back_left: [-c30, LOW, -s30],
  back_right: [-c30, LOW, s30],
};

export function viewDirection(view: ViewName): Vec3 {
  const d = RAW[view];
  const l = Math.hypot(d[0], d[1], d[2]);
  return [d[0] / l, d[1] / l, d[2] / l];
}

export const isStoredCamera = (s: string): s is StoredCamera => (STORED_CAMERAS as readonly string[]).includes(s);
