// Dev tool: several PNGs side by side at a fraction of their size, to look at them together.
// Usage: node tools/skin-montage.mjs out.png scale in1.png in2.png ...
import sharp from 'sharp';

const [out, scale, ...inputs] = process.argv.slice(2);
const images = await Promise.all(
  inputs.map(async (f) => {
    const m = await sharp(f).metadata();
    const width = Math.round(m.width * Number(scale));
    return { buf: await sharp(f).resize({ width }).toBuffer(), width, height: Math.round(m.height * Number(scale)) };
  }),
);
let left = 0;
const composite = images.map((i) => {
  const c = { input: i.buf, left, top: 0 };
  left += i.width;
  return c;
});
await sharp({
  create: { width: left, height: Math.max(...images.map((i) => i.height)), channels: 3, background: '#ffffff' },
})
  .composite(composite)
  .png()
  .toFile(out);
