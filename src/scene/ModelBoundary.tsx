/** Catches a model that fails to load: the rest of the scene and page carry on, and the UI says what is missing. */
import { Component, type ReactNode } from 'react';
import { useStore } from '../state/store';

interface Props {
  name: string;
  children: ReactNode;
}

export class ModelBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    const text = `The ${this.props.name} model could not be loaded (${detail.slice(0, 120)}). The rest of myomap still works.`;
    const s = useStore.getState();
    if (!s.modelErrors.includes(text)) s.set('modelErrors', [...s.modelErrors, text]);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
