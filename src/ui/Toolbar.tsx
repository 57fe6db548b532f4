/** View presets and the tools: screenshot, fullscreen, help; on narrow screens, the panel switches. */
import { EmbedButton } from './embed/EmbedDialog';
import { VIEW_LABELS } from '../scene/views';
import { useStore } from '../state/store';
import { VIEWS } from '../state/types';
import { saveScreenshot } from './screenshot';

export function Toolbar() {
  const view = useStore((s) => s.view);
  const drawer = useStore((s) => s.drawer);
  const zones = useStore((s) => s.zones);
  const mode = useStore((s) => s.mode);
  const s = useStore.getState();
  const toggleDrawer = (d: NonNullable<typeof drawer>) => s.set('drawer', drawer === d ? null : d);
  return (
    <div className="toolbar">
      <nav className="views" aria-label="Views">
        {VIEWS.map((v) => (
          <button key={v} type="button" className="chip" aria-pressed={view === v} onClick={() => s.setView(v)}>
            {VIEW_LABELS[v]}
          </button>
        ))}
      </nav>
      <div className="modes">
        <button type="button" className="chip" aria-pressed={zones} onClick={() => s.setZones(!zones)}>
          Pain zones
        </button>
        <button
          type="button"
          className="chip"
          aria-pressed={mode === 'pain'}
          onClick={() => {
            s.setMode(mode === 'pain' ? 'explore' : 'pain');
            if (mode !== 'pain') s.set('drawer', 'details');
          }}
        >
          Where does it hurt?
        </button>
        <button type="button" className="chip" aria-pressed={mode === 'quiz'} onClick={() => s.setMode(mode === 'quiz' ? 'explore' : 'quiz')}>
          Quiz
        </button>
        <button type="button" className="chip" onClick={() => s.setMode('present')} title="Presenter mode for a projector (Esc to leave)">
          Present
        </button>
      </div>
      <div className="tools" role="toolbar" aria-label="Tools">
        <button type="button" className="chip drawer-toggle" aria-expanded={drawer === 'muscles'} onClick={() => toggleDrawer('muscles')}>
          Muscles
        </button>
        <button type="button" className="chip drawer-toggle" aria-expanded={drawer === 'details'} onClick={() => toggleDrawer('details')}>
          Details
        </button>
        <button type="button" className="chip" aria-expanded={drawer === 'layers'} onClick={() => toggleDrawer('layers')}>
          Layers
        </button>
        <button type="button" className="chip" onClick={saveScreenshot} title="Save the view as a PNG image">
          Screenshot
        </button>
        <button
          type="button"
          className="chip"
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen();
            else void document.documentElement.requestFullscreen?.();
          }}
        >
          Fullscreen
        </button>
        <EmbedButton />
        <button type="button" className="chip" aria-label="Keyboard shortcuts" onClick={() => s.set('helpOpen', true)}>
          ?
        </button>
      </div>
    </div>
  );
}
