/**
 * The viewer at /embed.html, for an <iframe> in someone else's page: the 3D view filling the frame, the
 * selected muscle's name, a small "myomap" credit that opens the same view in the full app, and the
 * education-only line. No app chrome. It is polite to the page around it: until the reader clicks or
 * tabs into it, the wheel scrolls the page instead of zooming, and a vertical swipe scrolls too.
 */
import { useEffect, useState } from 'react';
import { Viewer } from '../scene/Viewer';
import type { ViewerRuntime } from '../state/runtime';
import { whenReady } from '../state/ready';
import { labelOf, selectedId } from '../state/selection';
import { type Notice, useStore, viewState } from '../state/store';
import { toParams } from '../state/url';
import { HoverLabel } from '../ui/HoverLabel';
import '../ui/quietClock';
import { ViewerFallback } from '../ui/ViewerFallback';
import type { Bridge } from './bridge';

export const EMBED_LABEL = '3D model of the lumbar spine, pelvis and legs with the hip muscles';

/** The full app's link for the current view (same folder as embed.html). */
export function fullAppHref(query: string, here: string = window.location.href): string {
  return new URL(`./${query ? `?${query}` : ''}`, here).href;
}

/**
 * In a frame, the viewer is "active" only once the reader clicked, tapped or tabbed into it, until it
 * loses focus. While inactive, wheel events never reach the camera controls (so nothing calls
 * preventDefault and the page scrolls on); a short hint says how to zoom.
 */
function useActivation(framed: boolean) {
  const [active, setActive] = useState(() => !framed || document.hasFocus());
  const [hint, setHint] = useState(false);
  useEffect(() => {
    if (!framed) return;
    let on = document.hasFocus();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const activate = () => {
      on = true;
      setActive(true);
      setHint(false);
    };
    const deactivate = () => {
      on = false;
      setActive(false);
    };
    const onWheel = (e: WheelEvent) => {
      if (on) return;
      e.stopPropagation();
      setHint(true);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(false), 1800);
    };
    window.addEventListener('wheel', onWheel, { capture: true, passive: true });
    window.addEventListener('pointerdown', activate, { capture: true });
    window.addEventListener('focus', activate);
    window.addEventListener('blur', deactivate);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('wheel', onWheel, { capture: true });
      window.removeEventListener('pointerdown', activate, { capture: true });
      window.removeEventListener('focus', activate);
      window.removeEventListener('blur', deactivate);
    };
  }, [framed]);
  return { active, hint };
}

/**
 * The store's notices (e.g. a link parameter that was ignored), copied here so that they stay on screen
 * once the model has appeared: the oldest goes 8 s after the viewer is ready or after the list last
 * changed. The store drops its own copy 10 s after ready; this copy is the one shown.
 */
function useNotices(ready: boolean) {
  const [list, setList] = useState<Notice[]>(() => useStore.getState().notices);
  useEffect(
    () =>
      useStore.subscribe((s, prev) => {
        if (s.notices === prev.notices) return;
        const fresh = s.notices.filter((n) => !prev.notices.includes(n));
        if (fresh.length) setList((l) => [...l, ...fresh].slice(-4));
      }),
    [],
  );
  useEffect(() => {
    if (!ready || !list.length) return;
    const timer = setTimeout(() => setList((l) => l.slice(1)), 8000);
    return () => clearTimeout(timer);
  }, [ready, list]);
  return [list, (id: number) => setList((l) => l.filter((n) => n.id !== id))] as const;
}

export function EmbedApp({ bridge, runtime }: { bridge: Bridge; runtime: ViewerRuntime }) {
  const framed = window.parent !== window;
  const { active, hint } = useActivation(framed);
  const selected = useStore(selectedId);
  const query = useStore((s) => toParams(viewState(s)).toString());
  const [ready, setReady] = useState(false);
  const [notices, dismiss] = useNotices(ready);
  const status = useStore((s) => s.status);
  const modelErrors = useStore((s) => s.modelErrors);
  const name = selected ? labelOf(selected) : null;
  const href = fullAppHref(query);
  // The host hears "ready" once the model is drawn, or once the viewer has fallen back to text.
  const [webgl, setWebgl] = useState(true);
  useEffect(
    () =>
      whenReady((d) => {
        setReady(true);
        setWebgl(d.webgl);
        bridge.ready(d.webgl);
      }),
    [bridge],
  );

  return (
    <main className={`embed${active ? ' active' : ''}`}>
      <div className="embed-stage">
        <Viewer
          runtime={runtime}
          label={name ? `${EMBED_LABEL}; selected: ${name}` : EMBED_LABEL}
          fallback={(reason) => (
            <div className="embed-fallback">
              {name ? <p className="embed-fallback-name">{name}</p> : null}
              <ViewerFallback reason={reason} rest="" />
              <p>
                <a href={href} target="_blank" rel="noopener">
                  Open this view in myomap
                </a>
              </p>
            </div>
          )}
        />
      </div>
      {name && webgl ? (
        <p className="embed-name" aria-hidden="true">
          {name}
        </p>
      ) : null}
      <HoverLabel />
      <p className={`embed-hint${hint ? ' shown' : ''}`} aria-hidden="true">
        Click the model to zoom with the wheel
      </p>
      <div className="embed-notices" aria-live="polite">
        {notices.map((n) => (
          <p key={n.id} className="embed-notice">
            <span>{n.text}</span>
            <button type="button" aria-label="Dismiss notice" onClick={() => dismiss(n.id)}>
              ×
            </button>
          </p>
        ))}
        {modelErrors.map((m) => (
          <p key={m} className="embed-notice error" role="alert">
            <span>{m}</span>
          </p>
        ))}
      </div>
      <p className="embed-credit">
        <span className="embed-disclaimer">Education only, not a diagnosis</span>
        <a href={href} target="_blank" rel="noopener" title="Open this view in the full myomap app (new tab)">
          myomap
        </a>
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
    </main>
  );
}
