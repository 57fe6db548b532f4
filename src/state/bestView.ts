/**
 * Each structure's best view (computed offline by `npm run models` from what the camera sees of the
 * structure and of its essential referral zone: scripts/models/bestViews.ts; bones by where they lie
 * under the skin: boneViews.ts), and turning the body there.
 */
import { structureEntry } from '../anatomy/structureDirectory';
import type { ViewName } from '../geometry/views/directions';
import { boneViewOf } from './boneViews';
import data from './bestViews.json';

const VIEWS = data.views as Record<string, ViewName>;

/** The best view of a structure, or null when none is known (the view then stays as it is). */
export const bestViewOf = (id: string): ViewName | null => VIEWS[id] ?? boneViewOf(structureEntry(id));
