import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the broken part, given the error's message. */
  fallback: (message: string) => ReactNode;
  children: ReactNode;
}

/**
 * Keeps an error in one screen (a damaged board, say) from blanking the whole window: the rest of
 * the app stays usable and the user sees what happened. Reset by giving it a new `key`.
 */
export class ErrorBoundary extends Component<Props, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    return this.state.message === null ? this.props.children : this.props.fallback(this.state.message);
  }
}
