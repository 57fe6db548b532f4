/**
 * The toolbar: view presets, modes and tools. On a wide screen it sits in the header; on a phone the
 * same buttons are in the "More" panel (the header has no room, and the bottom is where thumbs are).
 */
import { EmbedButton } from './embed/EmbedDialog';
import { VIEW_LABELS } from '../scene/views';
import { useStore } from '../state/store';
import { VIEWS } from '../state/types';
import { saveScreenshot } from './screenshot';

export function ViewButtons() {
  const view = useStore((s) => s.view);
  const s = useStore.getState();
  return (
    <nav className="views" aria-label="Views">
      {VIEWS.map((v) => (
        <button key={v} type="button" className="chip" aria-pressed={view === v} onClick={() => s.setView(v)}>
          {VIEW_LABELS[v]}
        </button>
      ))}
    </nav>
  );
}

export function ModeButtons() {
  const zones = useStore((s) => s.zones);
  const mode = useStore((s) => s.mode);
  const s = useStore.getState();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset
    <div className="modes" role="group" aria-label="Modes">
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
      <button
        type="button"
        className="chip"
        aria-pressed={mode === 'quiz'}
        onClick={() => s.setMode(mode === 'quiz' ? 'explore' : 'quiz')}
      >
        Quiz
      </button>
      <button type="button" className="chip" onClick={() => s.setMode('present')} title="Presenter mode for a projector (Esc to leave)">
        Present
      </button>
    </div>
  );
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.();
}

const CameraIcon = () => (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
    <path
      fill="currentColor"
      d="M9 4 7.2 6H4a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-3.2L15 4H9Zm3 4.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Zm0 2a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5Z"
    />
  </svg>
);
const FullscreenIcon = () => (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
    <path fill="none" stroke="currentColor" strokeWidth="2.2" d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />
  </svg>
);

/** Screenshot, fullscreen, embed and help: icons in the header, words in the "More" panel. */
export function ToolButtons({ words = false }: { words?: boolean }) {
  const s = useStore.getState();
  return (
    <>
      <button
        type="button"
        className="chip tool"
        onClick={saveScreenshot}
        aria-label={words ? undefined : 'Screenshot'}
        title="Save the view as a PNG image"
      >
        {words ? 'Screenshot' : <CameraIcon />}
      </button>
      <button
        type="button"
        className="chip tool"
        onClick={toggleFullscreen}
        aria-label={words ? undefined : 'Fullscreen'}
        title="Fill the screen (Esc to leave)"
      >
        {words ? 'Fullscreen' : <FullscreenIcon />}
      </button>
      <EmbedButton />
      <button
        type="button"
        className="chip tool"
        aria-label={words ? undefined : 'Keyboard shortcuts'}
        title="Keyboard shortcuts (?)"
        onClick={() => s.set('helpOpen', true)}
      >
        {words ? 'Keyboard shortcuts' : '?'}
      </button>
    </>
  );
}

/** The header's toolbar (wide screens). */
export function Toolbar() {
  const drawer = useStore((s) => s.drawer);
  const s = useStore.getState();
  return (
    <div className="toolbar">
      <ViewButtons />
      <ModeButtons />
      <div className="tools" role="toolbar" aria-label="Tools">
        <button
          type="button"
          className="chip"
          aria-expanded={drawer === 'layers'}
          aria-controls="panel-layers"
          onClick={() => s.set('drawer', drawer === 'layers' ? null : 'layers')}
        >
          Layers
        </button>
        <ToolButtons />
      </div>
    </div>
  );
}
