import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { keepTyping } from './keep-typing';

/** What the app renders in the shell's place: a controlled box that shows what it searches. */
function Form() {
  const [query, setQuery] = useState('');
  return (
    <form>
      <input
        id="customer"
        aria-label="Customer"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <textarea id="notes" aria-label="Notes" />
      <input id="pod" type="checkbox" aria-label="PODs" />
      <output>searching: {query}</output>
    </form>
  );
}

let container: HTMLElement;
afterEach(() => container.remove());

/** #root with the server's markup in it. */
function shell(markup: string): HTMLElement {
  container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  return container;
}

/** The prerendered form, as the server sends it, typed in before the app started. */
function typedShell(): HTMLElement {
  shell(
    '<form><input id="customer" aria-label="Customer" value=""><textarea id="notes" aria-label="Notes"></textarea><input id="untouched" aria-label="Untouched" value="as sent"><input id="pod" type="checkbox"></form>',
  );
  // Typed with no app listening: only the elements' values change.
  const box = screen.getByRole<HTMLInputElement>('textbox', { name: 'Customer' });
  box.value = 'rosaf';
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' }).value = 'met at the fair';
  act(() => box.focus());
  return container;
}

describe('keepTyping', () => {
  it('when the app replaces a typed-in shell, then the app has the text, as if typed, and the cursor', () => {
    typedShell();
    const typing = keepTyping(container);
    const root = createRoot(container);
    act(() => flushSync(() => root.render(<Form />)));
    act(typing);

    expect(screen.getByRole('textbox', { name: 'Customer' })).toHaveValue('rosaf');
    // The app's own state got it: its search runs for it.
    expect(screen.getByText('searching: rosaf')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('met at the fair');
    expect(screen.getByRole('textbox', { name: 'Customer' })).toHaveFocus();
    // A checkbox is no text: given a value, react-hook-form would send "on" for true.
    expect(screen.getByRole('checkbox', { name: 'PODs' })).not.toHaveAttribute('value');
    act(() => root.unmount());
  });

  it('when nothing was typed, then the app starts as it renders, and the focus is left alone', () => {
    shell('<form><input id="customer" value=""></form>');
    const typing = keepTyping(container);
    const root = createRoot(container);
    act(() => flushSync(() => root.render(<Form />)));
    act(typing);

    expect(screen.getByText('searching:')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Customer' })).not.toHaveFocus();
    act(() => root.unmount());
  });
});
