/**
 * The viewer runtime in React context: a viewer's scene and the UI beside it (timeline, length plot,
 * handout) read the runtime of the viewer they belong to, never a module-wide one.
 */
import { createContext, useContext } from 'react';
import type { ViewerRuntime } from './runtime';

export const RuntimeContext = createContext<ViewerRuntime | null>(null);

export function useRuntime(): ViewerRuntime {
  const r = useContext(RuntimeContext);
  if (!r) throw new Error('useRuntime: no viewer runtime above this component (wrap it in RuntimeContext.Provider)');
  return r;
}
