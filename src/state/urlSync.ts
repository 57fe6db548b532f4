/**
 * Keeps the address bar and the store in step: read once at start (every ignored parameter is named in
 * one notice), then every change of link-carried state rewrites the URL (replaceState, so Back still leaves).
 */
import { bestViewOf } from './bestView';
import { showLayerOf } from './selection';
import { useStore, viewState } from './store';
import { parseParams, toParams } from './url';

/** The one notice for a link's ignored parameters: all their names in a line, the reasons beside. */
export function linkNotice(ignored: readonly string[], problems: readonly string[]): { text: string; details: string[] } | null {
  if (!ignored.length) return null;
  const n = ignored.length;
  const names = [...new Set(ignored)].join(', ');
  return {
    text: `Ignored ${n === 1 ? 'a part' : `${n} parts`} of this link: ${names}.`,
    details: problems.map((p) => `${p}.`),
  };
}

export function startUrlSync(target: Pick<Location, 'search' | 'pathname' | 'hash'> = window.location): () => void {
  const { state, problems, ignored } = parseParams(target.search);
  const s = useStore.getState();
  s.apply(state);
  if (state.t !== undefined) s.setPhase(state.t);
  // A link that names a structure opens with its layer on, and, unless it names a view, on its best view.
  const selected = state.muscle ?? state.structure;
  if (selected) showLayerOf(selected);
  if (selected && !state.view) {
    const best = bestViewOf(selected);
    if (best) s.turnTo(best);
    // A nerve, vessel, ligament or bone is also framed: in the whole body a thin nerve is hard to find,
    // on a phone most of all. A muscle's link keeps the whole body, where its referral zones show.
    if (state.structure) s.set('frameNonce', s.frameNonce + 1);
  }
  const notice = linkNotice(ignored, problems);
  if (notice) s.notify(notice.text, notice.details);
  // null, not '': the first write must also clean a link whose every part was ignored.
  let last: string | null = null;
  const write = () => {
    const params = toParams(viewState());
    const origin = new URLSearchParams(target.search).get('origin');
    if (origin) params.set('origin', origin);
    const q = params.toString();
    if (q === last) return;
    last = q;
    const url = `${target.pathname}${q ? `?${q}` : ''}${target.hash}`;
    if (`${target.pathname}${target.search}${target.hash}` !== url) history.replaceState(history.state, '', url);
  };
  write();
  return useStore.subscribe(write);
}
