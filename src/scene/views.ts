/** Camera presets: where the camera stands and what it looks at, for the body from chest to feet. */
import type { ViewId } from '../state/types';

export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
}

const T: [number, number, number] = [0, 0.74, 0];
const D = 2.85;

export const VIEW_POSES: Record<ViewId, CameraPose> = {
  anterior: { position: [D, 0.78, 0], target: T },
  posterior: { position: [-D, 0.78, 0], target: T },
  right: { position: [0, 0.78, D], target: T },
  left: { position: [0, 0.78, -D], target: T },
  superior: { position: [0.35, 3.1, 0], target: [0, 0.95, 0] },
  oblique: { position: [2.05, 1.3, 1.75], target: T },
};

export const VIEW_LABELS: Record<ViewId, string> = {
  anterior: 'Front',
  posterior: 'Back',
  left: 'Left side',
  right: 'Right side',
  superior: 'From above',
  oblique: 'Oblique',
};
