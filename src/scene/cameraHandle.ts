/**
 * The camera of one viewer as its runtime offers it to the UI: pictures from chosen presets (for the
 * printable handout: the camera jumps to each view, a frame is drawn, the canvas is read, and the camera
 * goes back to where it was) and a precise look-at for screenshots and tests.
 */
import type { CameraControls } from '@react-three/drei';
import type { Insets } from '../geometry/framing/fit';
import type { CameraHandle } from '../state/runtime';
import type { ViewId } from '../state/types';

/** Resolves after the canvas has drawn a frame with everything set so far. */
export type DrawFrame = () => Promise<void>;

/** `place(view)` puts the camera at a preset, fitted to what is shown. */
export function cameraHandle(
  c: CameraControls,
  canvas: HTMLCanvasElement,
  drawFrame: DrawFrame,
  place: (view: ViewId) => void,
  fittedInsets: () => Insets,
): CameraHandle {
  return {
    async snapshot(views: ViewId[]) {
      const position = c.getPosition(c.camera.position.clone());
      const target = c.getTarget(c.camera.position.clone());
      const out: string[] = [];
      for (const v of views) {
        place(v);
        await drawFrame();
        out.push(canvas.toDataURL('image/png'));
      }
      await c.setLookAt(position.x, position.y, position.z, target.x, target.y, target.z, false);
      await drawFrame();
      return out;
    },
    lookAt(p, t, smooth) {
      void c.setLookAt(p[0]!, p[1]!, p[2]!, t[0]!, t[1]!, t[2]!, smooth);
    },
    fittedInsets,
  };
}
