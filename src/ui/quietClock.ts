/**
 * Silences exactly one warning: "THREE.Clock: This module has been deprecated". three r183 deprecated
 * Clock for Timer, but @react-three/fiber 9 (9.8.2 is the newest release) still makes a THREE.Clock for
 * every canvas (its store's `state.clock`); v10, which drops it, is only a canary and needs React < 19.3
 * (pmndrs/react-three-fiber#3741). Nothing of ours uses Clock. three's own hook for its console output
 * (`setConsoleFunction`) lets every other message through unchanged. Remove this file with R3F 10.
 */
import { getConsoleFunction, setConsoleFunction } from 'three';

const CLOCK_DEPRECATED = /^THREE\.Clock: This module has been deprecated/;

const previous = getConsoleFunction();
setConsoleFunction((type: 'log' | 'warn' | 'error', message: string, ...params: unknown[]) => {
  if (type === 'warn' && CLOCK_DEPRECATED.test(message)) return;
  if (previous) return previous(type, message, ...params);
  // As three does without a console function: a captured stack trace becomes an Error with the message.
  const trace = params[0] as { isStackTrace?: boolean; getError?: (m: string) => Error } | undefined;
  if (trace?.isStackTrace && trace.getError) console[type](trace.getError(message));
  else console[type](message, ...params);
});
