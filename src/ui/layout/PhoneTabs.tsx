/**
 * Phones: the panels' buttons along the bottom edge, where a thumb reaches — the muscle list, the details
 * (or the quiz, or "where does it hurt?"), the motion, the layers, and "More" for everything else
 * the toolbar holds on a wide screen. A tap opens that panel in the bottom sheet; again closes it.
 */
import { type Drawer, useStore } from '../../state/store';

export const PANEL_IDS: Record<Drawer, string> = {
  muscles: 'panel-muscles',
  details: 'panel-details',
  motion: 'panel-motion',
  layers: 'panel-layers',
  more: 'panel-more',
};

export function panelTitle(d: Drawer, mode: string): string {
  if (d === 'muscles') return mode === 'quiz' ? 'About' : 'Muscles';
  if (d === 'details') return mode === 'quiz' ? 'Quiz' : mode === 'pain' ? 'Pain' : 'Details';
  if (d === 'motion') return 'Motion';
  if (d === 'layers') return 'Layers';
  return 'More';
}

const TABS: Drawer[] = ['muscles', 'details', 'motion', 'layers', 'more'];

export function PhoneTabs() {
  const drawer = useStore((s) => s.drawer);
  const mode = useStore((s) => s.mode);
  const s = useStore.getState();
  return (
    <nav className="phone-tabs" aria-label="Panels">
      {TABS.map((d) => (
        <button
          key={d}
          type="button"
          className="phone-tab"
          aria-expanded={drawer === d}
          aria-controls={PANEL_IDS[d]}
          onClick={() => s.set('drawer', drawer === d ? null : d)}
        >
          {panelTitle(d, mode)}
        </button>
      ))}
    </nav>
  );
}
