/**
 * Catches a 3D view that cannot start (the WebGL check passed but three.js could not create its context,
 * a shader failed to compile, the renderer threw): the view is replaced by the viewer's fallback and the
 * page around it keeps working. The same boundary serves the app and the embed.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  fallback: (reason: string) => ReactNode;
  children: ReactNode;
}

export class ViewerBoundary extends Component<Props, { reason: string | null }> {
  override state = { reason: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    return { reason: `the 3D renderer could not start (${detail.slice(0, 140)})` };
  }

  override componentDidCatch(error: unknown) {
    // For whoever opens the console; people see the fallback text.
    console.warn('myomap: the 3D view could not start', error);
  }

  override render() {
    return this.state.reason ? this.props.fallback(this.state.reason) : this.props.children;
  }
}
