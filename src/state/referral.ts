/**
 * The referred-pain patterns (Travell & Simons' zones as data) and `refer`, which reads them: about 9 KB
 * gzip that the first frame does not need (issue 14). Fetched once the first frame is drawn; until they
 * are here, readers get null and find no zones. Their arrival is told by a little store of its own
 * (`useReferralLoaded`), not the main one: every change of the main store draws a frame, and an idle
 * viewer must draw none (issue 14) unless zones are on show.
 */
import { create } from 'zustand';
import type * as Refer from '../anatomy/referral/refer';
import { whenReady } from './ready';

type ReferModule = typeof Refer;

let loaded: ReferModule | null = null;

/** `loaded` turns true when the patterns have arrived: components that read them subscribe to it. */
export const useReferralLoaded = create<{ loaded: boolean }>(() => ({ loaded: false }));
let loading: Promise<ReferModule> | null = null;

/** The patterns' reader, or null before they have loaded. */
export function referral(): ReferModule | null {
  return loaded;
}

/** Fetches them now (the same promise for every caller). */
export function loadReferral(): Promise<ReferModule> {
  loading ??= import('../anatomy/referral/refer').then((m) => {
    loaded = m;
    useReferralLoaded.setState({ loaded: true });
    return m;
  });
  return loading;
}

whenReady(() => void loadReferral());
