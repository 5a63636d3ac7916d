// Renders src/web/icons/icon.svg to the PNG sizes the web app manifest lists, with Debian's
// Chromium. Run by hand after editing the SVG: node scripts/icons.mjs
import { readFile } from 'node:fs/promises';
import { launch } from '../tests/e2e/browser.mjs';

const svg = await readFile(new URL('../src/web/icons/icon.svg', import.meta.url), 'utf8');
const browser = await launch();
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: new URL(`../src/web/icons/icon-${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
