import { t } from '@lingui/core/macro';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import './toast.css';

/** Long enough to read twice; WCAG 2.2.1 is met by holding it while hovered or focused. */
const SHOWN_MS = 8000;

/**
 * A short note at the bottom of the screen saying what just happened, in a polite live region.
 * The words go into the region a moment after the region itself, or screen readers may miss
 * them. It goes by itself after a few seconds, never while the pointer or focus is on it.
 */
export default function Toast({ message, onClose }: { message: string; onClose: () => void }) {
  const [shown, setShown] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const expire = useEffectEvent(() => onClose());

  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 100);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (!shown || hovered || focused) return;
    const timer = setTimeout(() => expire(), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [shown, hovered, focused]);

  function close() {
    // The button goes away with the note: focus must not fall back to the top of the document.
    if (box.current?.contains(document.activeElement)) document.getElementById('main')?.focus();
    onClose();
  }

  return (
    <div
      ref={box}
      className={shown ? 'toast' : 'toast toast-pending'}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => setFocused(event.currentTarget.contains(event.relatedTarget))}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      <p role="status">{shown && message}</p>
      {shown && (
        <button type="button" className="toast-close" aria-label={t`Close`} onClick={close}>
          ×
        </button>
      )}
    </div>
  );
}
