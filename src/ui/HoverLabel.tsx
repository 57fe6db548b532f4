/** The name of whatever is under the pointer, next to it. */
import { useEffect, useRef } from 'react';
import { labelOf } from '../state/selection';
import { useStore } from '../state/store';

export function labelFor(hovered: string | null): string {
  if (!hovered) return '';
  // Muscles, bones and other structures by id.
  const named = labelOf(hovered);
  if (named) return named;
  if (hovered === 'skin') return 'Skin (body surface)';
  // The discs are drawn with the bones but are no structure of their own.
  if (hovered.startsWith('disc')) return 'Intervertebral disc';
  return hovered;
}

export function HoverLabel() {
  // In the quiz a name under the pointer would give the answer away.
  const hovered = useStore((s) => (s.mode === 'quiz' ? null : s.hovered));
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const move = (e: PointerEvent) => {
      const el = ref.current;
      if (!el) return;
      el.style.transform = `translate(${e.clientX + 14}px, ${e.clientY + 12}px)`;
    };
    window.addEventListener('pointermove', move, { passive: true });
    return () => window.removeEventListener('pointermove', move);
  }, []);
  return (
    <div ref={ref} className="hover-label" aria-hidden="true" hidden={!hovered}>
      {labelFor(hovered)}
    </div>
  );
}
