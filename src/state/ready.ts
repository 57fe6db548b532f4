/**
 * The page's one "ready" signal: set once the first viewer has drawn its first frame with the models in
 * place, or has given up drawing (no WebGL, a renderer that could not start) and shows its fallback.
 * Tests, the embed bridge and the notices wait on it: `window.myomapReady` and a `myomap:ready` event
 * whose detail says whether the model is drawn.
 */
export interface ReadyDetail {
  /** The 3D model is on screen (false: the viewer shows its text fallback). */
  webgl: boolean;
}

type ReadyWindow = Window & { myomapReady?: boolean; myomapReadyAt?: number; myomapWebGL?: boolean };

export function signalReady(detail: ReadyDetail): void {
  if (typeof window === 'undefined') return;
  const w = window as ReadyWindow;
  if (w.myomapReady) return;
  w.myomapReadyAt = performance.now();
  w.myomapWebGL = detail.webgl;
  w.myomapReady = true;
  window.dispatchEvent(new CustomEvent<ReadyDetail>('myomap:ready', { detail }));
}

/** Call `f` once the page is ready (now, if it already is); returns a function that cancels the wait. */
export function whenReady(f: (detail: ReadyDetail) => void): () => void {
  if (typeof window === 'undefined') {
    f({ webgl: false });
    return () => {};
  }
  const w = window as ReadyWindow;
  if (w.myomapReady) {
    f({ webgl: w.myomapWebGL ?? false });
    return () => {};
  }
  const on = (e: Event) => f((e as CustomEvent<ReadyDetail>).detail);
  window.addEventListener('myomap:ready', on, { once: true });
  return () => window.removeEventListener('myomap:ready', on);
}
