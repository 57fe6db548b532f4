/** Camera presets: the side each view looks from. How far and where exactly the camera stands is fitted to what is shown (CameraRig). */
import { viewDirection } from '../geometry/views/directions';
import type { ViewId } from '../state/types';

export { viewDirection };

export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
}

export const VIEW_LABELS: Record<ViewId, string> = {
  anterior: 'Front',
  posterior: 'Back',
  left: 'Left side',
  right: 'Right side',
  superior: 'From above',
  oblique: 'Oblique',
};

/** A fixed camera per preset for a body standing at the origin (the bench baseline, which has no fitting). */
const T: [number, number, number] = [0, 0.8, 0];
const D = 3.1;
export const VIEW_POSES: Record<ViewId, CameraPose> = Object.fromEntries(
  (Object.keys(VIEW_LABELS) as ViewId[]).map((v) => {
    const d = viewDirection(v);
    return [v, { position: [T[0] + d[0] * D, T[1] + d[1] * D, T[2] + d[2] * D], target: T }];
  }),
) as Record<ViewId, CameraPose>;

