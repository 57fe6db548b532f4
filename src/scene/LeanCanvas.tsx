/**
 * A react-three-fiber canvas that registers only the three.js classes this viewer writes as JSX.
 *
 * Why not R3F's `<Canvas>`: it calls `extend(THREE)` with the whole namespace, which keeps every class of
 * three.js in the bundle (measured: three.js 174 → 151 KB gzip of the first load without it; issue 14). Everything
 * else is R3F's own: `createRoot`, its pointer events, its store, its render loop. What this component
 * adds is what `<Canvas>` does around them: size the canvas to its box, configure and render the root,
 * bridge React context into it, and hand errors out to the boundary around the viewer.
 *
 * A JSX element of three.js that is not registered fails loudly at its first render ("R3F: Xyz is not part
 * of the THREE namespace"), so a new one is added to CATALOGUE below (tests/unit/leanCanvas.test.ts
 * checks the scene's JSX against it).
 */
import {
  createRoot,
  events as createPointerEvents,
  extend,
  type ReconcilerRoot,
  type RenderProps,
} from '@react-three/fiber';
import { FiberProvider, useContextBridge } from 'its-fine';
import {
  Component,
  type CSSProperties,
  type ReactNode,
  Suspense,
  useInsertionEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { DirectionalLight, Group, HemisphereLight, type Raycaster } from 'three';

/** Every three.js class the viewer's JSX names (`<group>`, `<directionalLight>`, …); `<primitive>` is built in. */
export const CATALOGUE = { DirectionalLight, Group, HemisphereLight };
extend(CATALOGUE);

type Size = { width: number; height: number; top: number; left: number };

export interface LeanCanvasProps
  extends Pick<RenderProps<HTMLCanvasElement>, 'gl' | 'camera' | 'dpr' | 'frameloop' | 'onPointerMissed'> {
  children: ReactNode;
  className?: string;
  style?: CSSProperties;
  role?: string;
  'aria-label'?: string;
}

/** Errors thrown inside the three.js tree are rethrown in the page's tree, where the viewer's boundary catches them. */
class HandOut extends Component<{ onError: (e: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function measure(el: HTMLElement): Size {
  const r = el.getBoundingClientRect();
  return { width: r.width, height: r.height, top: r.top, left: r.left };
}

function CanvasInside({ children, className, style, gl, camera, dpr, frameloop, onPointerMissed, ...aria }: LeanCanvasProps) {
  const Bridge = useContextBridge();
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (error) throw error;

  // The canvas follows its box (R3F's <Canvas> measures the same way, with react-use-measure).
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setSize(measure(el));
    const observer = new ResizeObserver(() => setSize(measure(el)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Released only when the canvas is finally removed: insertion effects are not replayed by StrictMode.
  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
    },
    [],
  );

  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el || !size || size.width <= 0 || size.height <= 0) return;
    root.current ??= createRoot(el);
    root.current
      .configure({
        gl,
        camera,
        dpr,
        frameloop,
        size,
        events: createPointerEvents,
        onPointerMissed,
        onCreated: (state) => {
          // R3F keeps only the nearest hit per object, so three-mesh-bvh's raycasts (the bones') may stop at
          // their first.
          (state.raycaster as Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;
          state.events.connect?.(box.current);
        },
      })
      .catch(setError);
    if (root.current.ready.status === 'rejected') return;
    root.current.render(
      <Bridge>
        <HandOut onError={setError}>
          <Suspense fallback={null}>{children}</Suspense>
        </HandOut>
      </Bridge>,
    );
  });

  return (
    <div
      ref={box}
      className={className}
      style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden', ...style }}
      {...aria}
    >
      <canvas ref={canvas} style={{ display: 'block', width: '100%', height: '100%' }} />
    </div>
  );
}

/** A canvas for react-three-fiber scenes, as `<Canvas>` but with a catalogue of only the classes used. */
export function LeanCanvas(props: LeanCanvasProps) {
  return (
    <FiberProvider>
      <CanvasInside {...props} />
    </FiberProvider>
  );
}
