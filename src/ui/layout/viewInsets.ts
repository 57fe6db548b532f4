/**
 * Tells the scene how much of the 3D view the UI covers (`viewInsets` in the store, CSS pixels), so the
 * camera can frame the body in the part that shows: on a phone, the open bottom sheet. The view's own
 * box never changes for UI (the sheet lies over it), only these insets do.
 */
import { type RefObject, useEffect } from 'react';
import { useStore } from '../../state/store';
import { isNarrow } from './narrow';

export function useViewInsets(stage: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const update = () => {
      const s = useStore.getState();
      const bottom = isNarrow() && s.drawer ? Math.round(s.sheet * el.clientHeight) : 0;
      const now = s.viewInsets;
      if (now.bottom !== bottom || now.top || now.left || now.right) s.set('viewInsets', { top: 0, right: 0, bottom, left: 0 });
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    const off = useStore.subscribe((s, prev) => {
      if (s.drawer !== prev.drawer || s.sheet !== prev.sheet) update();
    });
    return () => {
      ro.disconnect();
      off();
    };
  }, [stage]);
}
