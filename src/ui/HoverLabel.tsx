/** The name of whatever is under the pointer, next to it. */
import { useEffect, useRef } from 'react';
import { SEGMENT_LABELS, isSegmentId } from '../anatomy/model/segments';
import { labelOf } from '../state/selection';
import { useStore } from '../state/store';

const BONE_NAMES: Record<string, string> = { fibula_r: 'Fibula (right)', fibula_l: 'Fibula (left)' };

export function labelFor(hovered: string | null): string {
  if (!hovered) return '';
  // Muscles and other structures by id (bones come as "bone:<name>").
  const named = labelOf(hovered);
  if (named) return named;
  if (hovered === 'skin') return 'Skin (body surface)';
  const bone = hovered.replace(/^bone:/, '');
  if (BONE_NAMES[bone]) return BONE_NAMES[bone];
  if (isSegmentId(bone)) return SEGMENT_LABELS[bone];
  if (bone.startsWith('disc')) return 'Intervertebral disc';
  return bone;
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
