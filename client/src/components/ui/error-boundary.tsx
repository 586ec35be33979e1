import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead; `reset` tries the children again. */
  fallback: (reset: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Keeps a failure in one part of a screen (a lazy chunk that no longer exists after a deploy, a
 * lost connection) from blanking the whole app.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback(() => this.setState({ failed: false }));
  }
}
