/**
 * The toolbar's "Embed" button and its dialog: the code to put the current view in an article, as the
 * <myo-map> element (recommended: light until scrolled to) or as a plain <iframe>, each with a Copy
 * button (the clipboard, or else the text selected for Ctrl+C).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useStore, viewState } from '../../state/store';
import { embedSnippets } from './snippets';
import './dialog.css';

async function copy(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}

function Snippet({ label, hint, code }: { label: string; hint: string; code: string }) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [said, setSaid] = useState('');
  return (
    <div className="embed-snippet">
      <div className="embed-snippet-head">
        <label htmlFor={id}>{label}</label>
        <button
          type="button"
          className="button"
          onClick={async () =>
            setSaid((await copy(code, field.current)) ? 'Copied' : 'Selected: press Ctrl+C (⌘C) to copy')
          }
        >
          Copy
        </button>
        <span className="embed-said" role="status">
          {said}
        </span>
      </div>
      <p className="embed-hint-text">{hint}</p>
      <textarea
        id={id}
        ref={field}
        readOnly
        spellCheck={false}
        rows={Math.min(7, code.split('\n').reduce((n, line) => n + Math.ceil(line.length / 64), 0) + 1)}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  // The view as it is when the dialog opens (the app keeps running behind it).
  const [snippets] = useState(() => embedSnippets(viewState(useStore.getState()), window.location.href));
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeButton.current?.focus();
  }, []);
  return (
    <div
      className="overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="embed-title"
      onKeyDown={(e) => {
        // Keys typed here are not the app's shortcuts.
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="overlay-box embed-dialog">
        <h2 id="embed-title">Embed this view</h2>
        <p className="embed-hint-text">
          Paste one of these into a web page. It shows the view as it is now (muscle, motion, layers, camera preset);
          readers can turn it, and it does not take over the page&apos;s scrolling.
        </p>
        <Snippet
          label="Element (recommended)"
          hint="Light: a poster until the reader scrolls to it. Scriptable: select(), play(), pause() and myomap-select events."
          code={snippets.element}
        />
        <Snippet
          label="Plain iframe"
          hint="Works anywhere HTML is allowed; postMessage API as in the README."
          code={snippets.iframe}
        />
        <p className="embed-hint-text">
          <a href={snippets.embedUrl} target="_blank" rel="noopener">
            Preview the embedded viewer
          </a>
        </p>
        <button ref={closeButton} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

export function EmbedButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="chip"
        aria-haspopup="dialog"
        aria-expanded={open}
        title="Code to put this view in a web page"
        onClick={() => setOpen(true)}
      >
        Embed
      </button>
      {open ? (
        <EmbedDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
