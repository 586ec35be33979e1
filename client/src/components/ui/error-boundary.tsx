import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead of the children that threw `error`. */
  fallback: (error: unknown) => ReactNode;
  /** A new value (the next screen's path) clears a failure, so it stays on its own screen. */
  resetKey?: unknown;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
  error?: unknown;
  key?: unknown;
}

/**
 * Keeps a failure in one part of a screen (a lazy chunk that no longer exists after a deploy, a
 * lost connection) from blanking the whole app.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  // Not a `key` on the boundary: that would remount the screen on every path change.
  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState) {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
