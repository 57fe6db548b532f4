/**
 * The muscle list: a search box and a listbox labelled "Muscles", grouped by main action, with the
 * other structures (ligaments and fascia, nerves, vessels, bones) in sections after them. Fully usable from the
 * keyboard: type to filter, ↓/↑ to move, Enter to select, Home/End; selection is announced.
 */
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from '../state/store';
import { listSections } from './muscleIndex';
import { selectById, selectedId } from '../state/selection';

/**
 * Bring an option into view in the panel that scrolls it, and nothing else: not the page, and not the
 * Tab key's starting point (Chrome moves that to an element scrolled into view with scrollIntoView, so
 * the first Tab after load skipped the skip link).
 */
function scrollIntoPanel(el: HTMLElement | null) {
  let box = el?.parentElement ?? null;
  while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
  if (!el || !box) return;
  const e = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  // Below a sticky sheet handle, if there is one.
  const top = b.top + (box.querySelector<HTMLElement>('.sheet-bar')?.offsetHeight ?? 0);
  if (e.top < top) box.scrollTop -= top - e.top;
  else if (e.bottom > b.bottom) box.scrollTop += e.bottom - b.bottom;
}

export function MuscleList() {
  const [query, setQuery] = useState('');
  const side = useStore((s) => s.side);
  const selected = useStore(selectedId);
  const sections = useMemo(() => listSections(query, side), [query, side]);
  const flat = useMemo(() => sections.flatMap((s) => s.items.map((m) => m.id)), [sections]);
  const [active, setActive] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const base = useId();
  const optionId = (id: string) => `${base}-${id}`;

  // The option the keyboard is on: the one moved to, else the selection, else the first match.
  const moved = active !== null && flat.includes(active);
  const current = moved ? active : (selected && flat.includes(selected) ? selected : flat[0]) ?? null;

  useEffect(() => {
    if (current) scrollIntoPanel(document.getElementById(optionId(current)));
  });

  const move = (delta: number | 'start' | 'end', fromSearch: boolean) => {
    if (!flat.length) return;
    // From the search box, ↓ goes to the first match (nothing is "on" a match until one moves there).
    const i = fromSearch && !moved ? -1 : current ? flat.indexOf(current) : -1;
    const next = delta === 'start' ? 0 : delta === 'end' ? flat.length - 1 : Math.min(flat.length - 1, Math.max(0, i + delta));
    setActive(flat[next]!);
  };

  const onKey = (e: KeyboardEvent) => {
    const inSearch = e.currentTarget.tagName === 'INPUT';
    switch (e.key) {
      case 'ArrowDown':
        move(1, inSearch);
        break;
      case 'ArrowUp':
        move(-1, inSearch);
        break;
      case 'Home':
        if (inSearch) return;
        move('start', false);
        break;
      case 'End':
        if (inSearch) return;
        move('end', false);
        break;
      case 'PageDown':
        move(8, inSearch);
        break;
      case 'PageUp':
        move(-8, inSearch);
        break;
      case 'Enter':
        if (current) selectById(current, { turn: true });
        break;
      case ' ':
        if (inSearch) return;
        if (current) selectById(current, { turn: true });
        break;
      default:
        return;
    }
    e.preventDefault();
    if (inSearch && e.key.startsWith('Arrow')) listRef.current?.focus();
  };

  return (
    <div className="panel muscle-panel">
      <label className="search">
        <span className="visually-hidden">Search muscles</span>
        <input
          type="search"
          placeholder="Search: psoas, hip flexor, QL, femoral nerve…"
          value={query}
          id="muscle-search"
          onChange={(e) => {
            setQuery(e.target.value);
            // A new search starts from its first match.
            setActive(null);
          }}
          onKeyDown={onKey}
          aria-controls={`${base}-list`}
          data-shortcut-target="search"
        />
      </label>
      <div
        id={`${base}-list`}
        ref={listRef}
        className="listbox"
        role="listbox"
        aria-label="Muscles"
        tabIndex={0}
        aria-activedescendant={current ? optionId(current) : undefined}
        onKeyDown={onKey}
      >
        {sections.map((s) => (
          // biome-ignore lint/a11y/useSemanticElements: ARIA listbox groups are divs with role="group"
          <div key={s.group} role="group" aria-label={s.label} className="list-group">
            <div className="group-label" aria-hidden="true">
              {s.label}
            </div>
            {s.items.map((m) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keyboard (aria-activedescendant)
              // biome-ignore lint/a11y/useFocusableInteractive: options of an aria-activedescendant listbox are not focusable
              <div
                key={m.id}
                id={optionId(m.id)}
                role="option"
                aria-selected={selected === m.id}
                className={`option${current === m.id ? ' active' : ''}`}
                onClick={() => {
                  setActive(m.id);
                  selectById(m.id, { turn: true });
                }}
              >
                {m.label}
              </div>
            ))}
          </div>
        ))}
        {!flat.length && (
          <p className="empty" role="note">
            No muscle matches “{query}”. Try a name (psoas, gluteus, femoral nerve), a part (hamstring) or an action (hip flexor).
          </p>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {query ? `${flat.length} ${flat.length === 1 ? 'entry matches' : 'entries match'}` : ''}
      </p>
    </div>
  );
}
