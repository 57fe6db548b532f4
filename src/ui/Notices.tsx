/**
 * Short, non-blocking notices (e.g. the parts of a link that were ignored): one line each, dismissible,
 * with the reasons folded away behind "Why?" when there are any.
 */
import { useStore } from '../state/store';

export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismiss);
  if (!notices.length) return null;
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <div className="notice-body">
            <p className="notice-text">{n.text}</p>
            {n.details?.length ? (
              <details className="notice-details">
                <summary>Why?</summary>
                <ul>
                  {n.details.map((d, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the same reason can repeat (a parameter given twice)
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </div>
          <button type="button" aria-label="Dismiss notice" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
