/**
 * The parts of the 3D view that overlays cover (the motion timeline, a caption, a bottom sheet), as the
 * layout declares them: CSS custom properties `--view-inset-top|right|bottom|left` (px) on the canvas or
 * any ancestor. The camera frames the model in what is left.
 */
import type { Insets } from '../../geometry/framing/fit';

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

export function viewInsets(canvas: HTMLElement, width: number, height: number): Insets {
  const style = getComputedStyle(canvas);
  const px = (side: (typeof SIDES)[number]) => {
    const v = Number.parseFloat(style.getPropertyValue(`--view-inset-${side}`));
    return Number.isFinite(v) && v > 0 ? v : 0;
  };
  // Never let overlays take more than 60 % of either direction: the model must stay visible.
  const cap = (a: number, b: number, total: number) => {
    const sum = a + b;
    return sum > 0.6 * total ? (0.6 * total) / sum : 1;
  };
  const top = px('top');
  const bottom = px('bottom');
  const left = px('left');
  const right = px('right');
  const v = cap(top, bottom, height);
  const h = cap(left, right, width);
  return { top: (top * v) / height, bottom: (bottom * v) / height, left: (left * h) / width, right: (right * h) / width };
}
