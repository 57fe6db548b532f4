/**
 * Over the 3D view when every layer that draws something is off (a link's `layers=` left empty, or all
 * unticked): says so, with one button back to the usual layers — a blank view never goes unexplained.
 */
import { useStore } from '../state/store';
import { DEFAULT_VIEW_STATE, DRAWN_LAYERS } from '../state/types';

export function NothingShown() {
  // "Where does it hurt?" always shows the skin to click on.
  const nothing = useStore((s) => s.mode !== 'pain' && !s.layers.some((l) => DRAWN_LAYERS.includes(l)));
  if (!nothing) return null;
  return (
    <div className="nothing-shown" role="note">
      <p>Nothing is shown: every layer is switched off.</p>
      <button type="button" className="button" onClick={() => useStore.getState().setLayers([...DEFAULT_VIEW_STATE.layers])}>
        Show skin, muscles and bones
      </button>
    </div>
  );
}
