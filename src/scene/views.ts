/** Camera presets: where the camera stands and what it looks at, for the body from chest to feet. */
import type { ViewId } from '../state/types';

export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
}

/** Aim at the hips and frame the body from the lower chest to the shins: the region myomap is about. */
const T: [number, number, number] = [0, 0.8, 0];
const D = 2.3;
const H = 0.86;

export const VIEW_POSES: Record<ViewId, CameraPose> = {
  anterior: { position: [D, H, 0], target: T },
  posterior: { position: [-D, H, 0], target: T },
  right: { position: [0, H, D], target: T },
  left: { position: [0, H, -D], target: T },
  superior: { position: [0.35, 2.9, 0], target: [0, 0.95, 0] },
  oblique: { position: [1.65, 1.25, 1.45], target: T },
};

export const VIEW_LABELS: Record<ViewId, string> = {
  anterior: 'Front',
  posterior: 'Back',
  left: 'Left side',
  right: 'Right side',
  superior: 'From above',
  oblique: 'Oblique',
};
