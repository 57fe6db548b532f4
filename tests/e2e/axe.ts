/** axe-core in a page of the built app: the violations of the rules given (or of all rules at serious and critical). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };

/** "rule (n): first targets" for each violation, so a failure says where. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
  }
  const result = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe;
    return axe.run({ resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) });
  }, rules ?? null);
  return result.violations
    .filter((v) => rules || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Landmarks and regions: every piece of content in a landmark, each landmark named uniquely and placed right. */
export const LANDMARK_RULES = [
  'region',
  'landmark-unique',
  'landmark-complementary-is-top-level',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
  'landmark-no-duplicate-main',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-one-main',
  'aria-allowed-role',
  'bypass',
];
