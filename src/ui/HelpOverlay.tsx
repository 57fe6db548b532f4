/** The keyboard help (press ?). A modal dialog that closes on Esc or its button. */
import { useEffect, useRef } from 'react';
import { useStore } from '../state/store';
import { SHORTCUTS } from './shortcuts';

export function HelpOverlay() {
  const open = useStore((s) => s.helpOpen);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title">
      <div className="overlay-box">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(([k, w]) => (
              <tr key={k}>
                <th scope="row">
                  <kbd>{k}</kbd>
                </th>
                <td>{w}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>Mouse: drag to turn, right-drag or two fingers to pan, scroll or pinch to zoom; click a muscle to select it.</p>
        <button ref={close} type="button" className="button" onClick={() => useStore.getState().set('helpOpen', false)}>
          Close
        </button>
      </div>
    </div>
  );
}
