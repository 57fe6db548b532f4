/**
 * The viewer's end of the postMessage bridge. It listens only to its parent window (and, when the page
 * was opened with `origin=<url>`, only to that origin), answers through `handleMessage`, posts only to
 * the parent (to that origin, else '*'), tells the host when it is ready, and reports selections made
 * by the reader (`source: 'user'`) as well as those the host asked for (`source: 'api'`).
 */
import { labelOf, selectedId } from '../state/selection';
import { useStore } from '../state/store';
import { handleMessage, type PhaseReader, VERSION, type ViewerMessage } from './protocol';

/** The part of `window` the bridge uses (tests pass a stand-in). */
export interface BridgeWindow {
  parent: unknown;
  location: { search: string };
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

export interface Bridge {
  /** Where posts go: an origin, '*' (no origin given), or null (not in a frame, or a bad origin). */
  readonly target: string | null;
  /** A short line for the page when the origin parameter could not be used. */
  readonly problem: string | null;
  /** Post `myomap:ready` (once). */
  ready(webgl: boolean): void;
  post(message: ViewerMessage): void;
  stop(): void;
}

/**
 * The `origin` URL parameter as an origin: absent → any origin may talk ('*'); a valid http(s) URL → its
 * origin; anything else → the bridge stays shut (posting to a guess could leak to the wrong page).
 */
export function parseOrigin(raw: string | null): { origin: string | null; problem: string | null } {
  if (raw === null) return { origin: null, problem: null };
  try {
    const u = new URL(raw);
    if (u.protocol === 'http:' || u.protocol === 'https:') return { origin: u.origin, problem: null };
  } catch {
    // fall through
  }
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return {
    origin: null,
    problem: `origin="${shown}" is not an http(s) origin: the host page cannot talk to this viewer`,
  };
}

/** Open the bridge; `phase` tells where the viewer's playback is (for `getState`). */
export function startBridge(phase: PhaseReader, win: BridgeWindow = window): Bridge {
  const framed = win.parent !== win && win.parent !== null && win.parent !== undefined;
  const { origin, problem } = parseOrigin(new URLSearchParams(win.location.search).get('origin'));
  const target = !framed || problem ? null : (origin ?? '*');
  const parent = win.parent as { postMessage(message: unknown, targetOrigin: string): void };

  const post = (message: ViewerMessage) => {
    if (target === null) return;
    try {
      parent.postMessage(message, target);
    } catch {
      // A parent that went away, or a message that cannot be cloned: nothing to do.
    }
  };

  // While a host message is being carried out, store changes are the host's doing, not the reader's.
  let applying = false;
  const onMessage = (e: MessageEvent) => {
    if (target === null || e.source !== win.parent) return;
    if (origin !== null && e.origin !== origin) return;
    let answers: ViewerMessage[];
    applying = true;
    try {
      answers = handleMessage(e.data, phase);
    } finally {
      applying = false;
    }
    for (const a of answers) post(a);
  };
  win.addEventListener('message', onMessage);

  const unsubscribe = useStore.subscribe((s, prev) => {
    const id = selectedId(s);
    if (applying || id === selectedId(prev)) return;
    post({ type: 'myomap:select', muscle: id, name: id ? labelOf(id) : null, source: 'user' });
  });

  let readySent = false;
  return {
    target,
    problem,
    ready(webgl) {
      if (readySent) return;
      readySent = true;
      post({ type: 'myomap:ready', version: VERSION, webgl });
    },
    post,
    stop() {
      win.removeEventListener('message', onMessage);
      unsubscribe();
    },
  };
}
