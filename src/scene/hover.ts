/** Hover for a group of pickable meshes: the nearest one under the pointer is named in the store (the hover label). */
import type { ThreeEvent } from '@react-three/fiber';
import { useStore } from '../state/store';

export function hoverHandlers(
  idOf: (e: ThreeEvent<PointerEvent>) => string,
  /** Whether the pointer passes on to what lies behind (a see-through bone): then it names nothing. */
  passes: (e: ThreeEvent<PointerEvent>) => boolean = () => false,
) {
  return {
    onPointerOver: (e: ThreeEvent<PointerEvent>) => {
      if (passes(e)) return;
      e.stopPropagation();
      useStore.getState().setHovered(idOf(e));
    },
    onPointerOut: (e: ThreeEvent<PointerEvent>) => {
      if (useStore.getState().hovered === idOf(e)) useStore.getState().setHovered(null);
    },
  };
}
