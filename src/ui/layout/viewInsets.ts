/**
 * Tells the scene how much of the 3D view the UI covers — CSS pixels, as `--view-inset-bottom|right` on
 * the stage (what the camera's fit reads) and as `viewInsets` in the store (to watch for changes) — so the
 * camera can frame the body in the part that shows: on a phone, the open sheet (along the bottom, or down
 * the right side when the phone is held sideways). The view's own
 * box never changes for UI (the sheet lies over it), only these insets do.
 */
import { type RefObject, useEffect } from 'react';
import { useStore } from '../../state/store';
import { isNarrow } from './narrow';
import { PANEL_IDS } from './PhoneTabs';

export function useViewInsets(stage: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const ro = new ResizeObserver(() => update());
    let watched: HTMLElement | null = null;
    function update() {
      const s = useStore.getState();
      const panel = s.drawer && isNarrow() ? document.getElementById(PANEL_IDS[s.drawer]) : null;
      if (panel !== watched) {
        if (watched) ro.unobserve(watched);
        if (panel) ro.observe(panel);
        watched = panel;
      }
      // A sheet across the bottom (upright phone) or down the right side (phone held sideways).
      const side = panel !== null && panel.offsetWidth < el!.clientWidth * 0.9;
      const bottom = panel && !side ? Math.round(Math.min(panel.offsetHeight, el!.clientHeight)) : 0;
      const right = panel && side ? Math.round(panel.offsetWidth) : 0;
      // The camera reads these (src/scene/framing/insets.ts) whenever it fits the view.
      el!.style.setProperty('--view-inset-bottom', `${bottom}px`);
      el!.style.setProperty('--view-inset-right', `${right}px`);
      const now = s.viewInsets;
      if (now.bottom !== bottom || now.right !== right || now.top || now.left) s.set('viewInsets', { top: 0, right, bottom, left: 0 });
    }
    ro.observe(el);
    update();
    let frame = 0;
    const off = useStore.subscribe((s, prev) => {
      if (s.drawer === prev.drawer && s.sheet === prev.sheet && s.mode === prev.mode) return;
      // After React has shown the panel.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    });
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
      off();
    };
  }, [stage]);
}
