/**
 * A plain iframe of embed.html far down an article costs the reader only the viewer's small entry until
 * it comes near the view; then the viewer loads, draws and says ready.
 */
import { describe, expect, it } from 'vitest';
import { connectBrowser, open } from './harness';

connectBrowser();

describe('embed frames that wait', () => {
  it('loads only its small entry until the frame nears the view, then the whole viewer', async () => {
    const { page, errors } = await open('/test-pages/iframe-far.html', { ready: false });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.waitForLoadState('load');
    const frame = page.frameLocator('#far');
    await expect.poll(() => frame.locator('.embed-waiting').count()).toBe(1);
    // The frame's document is in: its entry ran and is waiting (no viewer code, no model).
    await expect.poll(() => page.frame({ url: /embed\.html/ })?.evaluate(() => document.readyState)).toBe('complete');
    expect(requests.filter((p) => /startEmbed|\.glb$/.test(p))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { farMessages: unknown[] }).farMessages)).toEqual([]);
    // Scrolled to, it loads the viewer and the models, and tells the host it is ready.
    await page.locator('#far').scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => (window as unknown as { farMessages: { type: string }[] }).farMessages.some((m) => m.type === 'myomap:ready'),
      null,
      { timeout: 90_000 },
    );
    expect(requests.some((p) => /startEmbed/.test(p))).toBe(true);
    expect(requests.some((p) => p.endsWith('.glb'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
