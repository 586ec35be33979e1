import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Toast from './toast';

const MESSAGE = 'Carlos Andrade was deleted from Komet.';
const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

function showToast() {
  const onClose = vi.fn();
  render(
    <main id="main" tabIndex={-1}>
      <Toast message={MESSAGE} onClose={onClose} />
    </main>,
  );
  return onClose;
}

describe('Toast', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('when shown, then its words go into a live region that is already there, and it goes after 8 s', async () => {
    const onClose = showToast();
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();

    await wait(100);
    expect(region).toHaveTextContent(MESSAGE);
    await wait(7_900);
    expect(onClose).not.toHaveBeenCalled();
    await wait(100);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('when hovered or focused, then it stays until the pointer and focus leave', async () => {
    const onClose = showToast();
    await wait(100);
    // On the words: the pointer is on the toast.
    const toast = screen.getByRole('status');

    fireEvent.mouseEnter(toast);
    await wait(20_000);
    expect(onClose).not.toHaveBeenCalled();
    act(() => screen.getByRole('button', { name: 'Close' }).focus());
    fireEvent.mouseLeave(toast);
    await wait(20_000);
    expect(onClose).not.toHaveBeenCalled();

    act(() => screen.getByRole('button', { name: 'Close' }).blur());
    await wait(8_000);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('when Close or Escape is pressed, then it closes at once and focus goes to the main content', async () => {
    const onClose = showToast();
    await wait(100);
    const close = screen.getByRole('button', { name: 'Close' });
    act(() => close.focus());

    fireEvent.keyDown(close, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('main')).toHaveFocus();

    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
