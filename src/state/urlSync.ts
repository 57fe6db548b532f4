/**
 * Keeps the address bar and the store in step: read once at start (ignored parameters are named in a
 * notice), then every change of link-carried state rewrites the URL (replaceState, so Back still leaves).
 */
import { bestViewOf } from './bestView';
import { parseParams, toParams } from './url';
import { useStore, viewState } from './store';

export function startUrlSync(target: Pick<Location, 'search' | 'pathname' | 'hash'> = window.location): () => void {
  const { state, problems } = parseParams(target.search);
  const s = useStore.getState();
  s.apply(state);
  if (state.t !== undefined) s.setPhase(state.t);
  // A link that names a muscle but no view opens on the muscle's best view.
  if (state.muscle && !state.view) {
    const best = bestViewOf(state.muscle);
    if (best) s.turnTo(best);
  }
  for (const p of problems) s.notify(`Link: ${p}.`);
  let last = '';
  const write = () => {
    const params = toParams(viewState());
    const origin = new URLSearchParams(target.search).get('origin');
    if (origin) params.set('origin', origin);
    const q = params.toString();
    if (q === last) return;
    last = q;
    history.replaceState(history.state, '', `${target.pathname}${q ? `?${q}` : ''}${target.hash}`);
  };
  write();
  return useStore.subscribe(write);
}
