/**
 * Placing labels beside their anchors on screen so that no two overlap and none leaves the view: each
 * label tries a ring of places around its anchor (outward from the middle of the model first, nearer
 * before farther), keeps last frame's place while it is still free (so labels do not jump as the body
 * turns), and is left out when no place is free — the most important labels are placed first.
 */

export interface LabelInput {
  id: string;
  /** May go far from its anchor when the places near it are taken (the labels that matter most). */
  far?: boolean;
  /** Anchor on screen, px. */
  x: number;
  y: number;
  /** Size of the label box, px. */
  width: number;
  height: number;
  /** Higher goes first. */
  priority: number;
}

export interface Placement {
  id: string;
  /** Top-left of the label box, px. */
  left: number;
  top: number;
  /** Which of the candidate places it took (kept between frames). */
  slot: number;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Directions tried, as angles (degrees, 0 = right, 90 = down), and distances from the anchor, px. */
const ANGLES = [-30, 30, -150, 150, 0, 180, -90, 90, -60, 60, -120, 120];
const DISTANCES = [34, 64, 100];
export const SLOTS = ANGLES.length * DISTANCES.length;
/** Space kept between labels, and from the view's edge, px. */
const GAP = 4;

function boxAt(l: LabelInput, slot: number): Rect {
  const a = (ANGLES[slot % ANGLES.length]! * Math.PI) / 180;
  const d = DISTANCES[Math.floor(slot / ANGLES.length)]!;
  const cx = l.x + Math.cos(a) * d;
  const cy = l.y + Math.sin(a) * d;
  // The box sits on the far side of the point the line reaches, so the line ends at its edge.
  const left = Math.cos(a) >= 0.2 ? cx : Math.cos(a) <= -0.2 ? cx - l.width : cx - l.width / 2;
  const top = Math.sin(a) >= 0.5 ? cy : Math.sin(a) <= -0.5 ? cy - l.height : cy - l.height / 2;
  return { left, top, right: left + l.width, bottom: top + l.height };
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;

/** Slots in the order to try: those pointing away from `centre` first. */
function order(l: LabelInput, centre: { x: number; y: number }): number[] {
  const away = Math.atan2(l.y - centre.y, l.x - centre.x);
  return Array.from({ length: SLOTS }, (_, s) => s).sort((s1, s2) => {
    const d1 = Math.floor(s1 / ANGLES.length) - Math.floor(s2 / ANGLES.length);
    if (d1) return d1;
    const diff = (s: number) => {
      const a = (ANGLES[s % ANGLES.length]! * Math.PI) / 180;
      return Math.abs(Math.atan2(Math.sin(a - away), Math.cos(a - away)));
    };
    return diff(s1) - diff(s2);
  });
}

/**
 * Place `labels` in a view `width`×`height`; `previous` are last frame's placements; `centre` is where
 * the model's middle is on screen; `blocked` are areas no label may cover (e.g. the anchors' dots).
 */
export function placeLabels(
  labels: readonly LabelInput[],
  width: number,
  height: number,
  centre: { x: number; y: number },
  previous: ReadonlyMap<string, number> = new Map(),
  blocked: readonly Rect[] = [],
): Placement[] {
  const placed: Rect[] = [...blocked];
  const out: Placement[] = [];
  const inView = (r: Rect) => r.left >= GAP && r.top >= GAP && r.right <= width - GAP && r.bottom <= height - GAP;
  for (const l of [...labels].sort((a, b) => b.priority - a.priority)) {
    const before = previous.get(l.id);
    const tries = before === undefined ? order(l, centre) : [before, ...order(l, centre).filter((s) => s !== before)];
    for (const slot of tries) {
      if (!l.far && slot >= ANGLES.length * (DISTANCES.length - 1)) continue;
      const r = boxAt(l, slot);
      if (!inView(r) || placed.some((p) => overlaps(p, r))) continue;
      placed.push(r);
      out.push({ id: l.id, left: r.left, top: r.top, slot });
      break;
    }
  }
  return out;
}
