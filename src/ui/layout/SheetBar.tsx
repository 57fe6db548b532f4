/**
 * The top of the bottom sheet on a phone (as tall as its content, up to `sheet` of the 3D view's height): a handle to drag it up or down (down to the bottom closes it),
 * the panel's title, and buttons to make it taller or shorter and to close it (for keyboards and
 * screen readers, and for anyone who does not guess that the handle drags). Hidden on wide screens.
 */
import { type PointerEvent, useRef } from 'react';
import { useStore } from '../../state/store';

/** The sheet's height as a share of the 3D view: lowest while dragging, the two sizes of the button, highest. */
export const SHEET_MIN = 0.12;
export const SHEET_HALF = 0.5;
export const SHEET_TALL = 0.9;
/** Let go below this and the sheet closes. */
const CLOSE_BELOW = 0.2;

export function SheetBar({ title }: { title: string }) {
  const sheet = useStore((s) => s.sheet);
  const drag = useRef<{ y: number; start: number; height: number; moved: boolean } | null>(null);
  const s = useStore.getState();
  const tall = sheet >= (SHEET_HALF + SHEET_TALL) / 2;

  const down = (e: PointerEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest('button')) return;
    const stage = document.querySelector<HTMLElement>('.stage');
    const sheet = e.currentTarget.parentElement;
    if (!stage || !sheet) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    // From the height it has (a short panel is shorter than its share), so the sheet follows the finger at once.
    const start = sheet.offsetHeight / stage.clientHeight;
    drag.current = { y: e.clientY, start, height: stage.clientHeight, moved: false };
  };
  const move = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const share = d.start + (d.y - e.clientY) / d.height;
    if (Math.abs(d.y - e.clientY) > 4) d.moved = true;
    useStore.getState().set('sheet', Math.min(SHEET_TALL, Math.max(SHEET_MIN, share)));
  };
  const up = () => {
    const d = drag.current;
    drag.current = null;
    if (!d?.moved) return;
    const st = useStore.getState();
    if (st.sheet < CLOSE_BELOW) {
      st.set('drawer', null);
      st.set('sheet', SHEET_HALF);
    }
  };

  return (
    <div className="sheet-bar" onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={up}>
      <span className="sheet-grip" aria-hidden="true" />
      <span className="sheet-title">{title}</span>
      <button
        type="button"
        className="sheet-button sheet-size"
        aria-label={tall ? 'Make the panel smaller' : 'Make the panel taller'}
        onClick={() => s.set('sheet', tall ? SHEET_HALF : SHEET_TALL)}
      >
        <span aria-hidden="true">{tall ? '▾' : '▴'}</span>
      </button>
      <button type="button" className="sheet-button" aria-label="Close the panel" onClick={() => s.set('drawer', null)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
