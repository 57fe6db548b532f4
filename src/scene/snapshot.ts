/**
 * Pictures of the 3D view from chosen presets, for the printable handout: the camera jumps to each view,
 * two frames are drawn, the canvas is read, and the camera goes back to where it was.
 */
import type { CameraControls } from '@react-three/drei';
import type { ViewId } from '../state/types';
import { VIEW_POSES } from './views';

let controls: CameraControls | null = null;

export function registerControls(c: CameraControls | null) {
  controls = c;
  // For screenshots and debugging: put the camera somewhere precise.
  (window as unknown as { myomapCamera?: (p: number[], t: number[]) => void }).myomapCamera = c
    ? (p, t) => void c.setLookAt(p[0]!, p[1]!, p[2]!, t[0]!, t[1]!, t[2]!, false)
    : undefined;
}

const nextFrame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));

export async function snapshotViews(views: ViewId[]): Promise<string[]> {
  const canvas = document.querySelector<HTMLCanvasElement>('.viewer-canvas canvas');
  const c = controls;
  if (!canvas || !c) return [];
  const position = c.getPosition(c.camera.position.clone());
  const target = c.getTarget(c.camera.position.clone());
  const out: string[] = [];
  for (const v of views) {
    const p = VIEW_POSES[v];
    await c.setLookAt(...p.position, ...p.target, false);
    await nextFrame();
    await nextFrame();
    out.push(canvas.toDataURL('image/png'));
  }
  await c.setLookAt(position.x, position.y, position.z, target.x, target.y, target.z, false);
  return out;
}
