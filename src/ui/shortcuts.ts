/** Keyboard shortcuts (listed in the help overlay). Ignored while typing in a field. */
import { muscle } from '../anatomy/muscles/catalog';
import { neighbours } from '../anatomy/muscles/neighbours';
import { MOTIONS } from '../anatomy/motions';
import { selectedId, selectMuscle } from '../state/selection';
import { useStore } from '../state/store';
import { VIEWS } from '../state/types';

export const SHORTCUTS: [keys: string, what: string][] = [
  ['1 – 6', 'Views: front, back, left, right, above, oblique'],
  ['S / B / M', 'Show or hide skin / bones / muscles'],
  ['X', 'X-ray (faint skin)'],
  ['F', 'Frame the selected muscle'],
  ['I', 'Isolate the selected muscle with its neighbours (again: show all)'],
  ['H', 'Hide the selected muscle'],
  ['Z', 'Referral zones on or off'],
  ['Space', 'Play or pause the motion'],
  ['← / →', 'Step the motion back or forward'],
  ['/', 'Search muscles'],
  ['Esc', 'Clear the selection, close overlays'],
  ['?', 'This help'],
];

export function handleShortcut(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return false;
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  const s = useStore.getState();
  const key = e.key;
  const view = Number(key);
  if (view >= 1 && view <= VIEWS.length) s.setView(VIEWS[view - 1]!);
  else if (key === 's' || key === 'S') s.setLayer('skin', !s.layers.includes('skin'));
  else if (key === 'b' || key === 'B') s.setLayer('bones', !s.layers.includes('bones'));
  else if (key === 'm' || key === 'M') s.setLayer('muscles', !s.layers.includes('muscles'));
  else if (key === 'x' || key === 'X') s.set('xray', !s.xray);
  else if ((key === 'f' || key === 'F') && selectedId(s)) s.set('frameNonce', s.frameNonce + 1);
  else if ((key === 'i' || key === 'I') && s.muscle) s.setIsolate(s.isolate.length ? [] : [s.muscle, ...neighbours(muscle(s.muscle))]);
  else if ((key === 'h' || key === 'H') && s.muscle) s.toggleHidden(s.muscle);
  else if (key === 'z' || key === 'Z') s.setZones(!s.zones);
  else if (key === ' ' && s.motion) {
    if (t?.tagName === 'BUTTON') return false;
    s.setPlaying(!s.play);
  } else if ((key === 'ArrowLeft' || key === 'ArrowRight') && s.motion) {
    if (t?.getAttribute('role') === 'slider' || t?.getAttribute('role') === 'listbox') return false;
    const step = (key === 'ArrowLeft' ? -1 : 1) * (e.shiftKey ? 0.1 : 0.02);
    const periodic = MOTIONS[s.motion].periodic;
    const next = s.t + step;
    s.setPlaying(false);
    s.setPhase(periodic ? next - Math.floor(next) : next);
  } else if (key === '/') document.querySelector<HTMLInputElement>('[data-shortcut-target="search"]')?.focus();
  else if (key === '?') s.set('helpOpen', !s.helpOpen);
  else if (key === 'Escape') {
    if (s.helpOpen) s.set('helpOpen', false);
    else if (s.drawer) s.set('drawer', null);
    else selectMuscle(null);
  } else return false;
  e.preventDefault();
  return true;
}
