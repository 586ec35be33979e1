import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

function Screen({ fails }: { fails: boolean }) {
  if (fails) throw new Error('render failed');
  return <p>The next screen</p>;
}

describe('ErrorBoundary', () => {
  it('when its reset key changes after a failure, then the children show again', () => {
    // React logs what a boundary caught; the test expects the failure.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fallback = (error: unknown) => <p>Failed: {(error as Error).message}</p>;
    const { rerender } = render(
      <ErrorBoundary resetKey="/customers/1" fallback={fallback}>
        <Screen fails />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Failed: render failed')).toBeInTheDocument();

    rerender(
      <ErrorBoundary resetKey="/customers/1" fallback={fallback}>
        <Screen fails={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Failed: render failed')).toBeInTheDocument();

    rerender(
      <ErrorBoundary resetKey="/customers" fallback={fallback}>
        <Screen fails={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText('The next screen')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
