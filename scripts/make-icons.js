// Renders the app icons from one SVG in Chromium, so they can be remade without an image editor:
// node scripts/make-icons.js
import { chromium } from '@playwright/test';

const mark = (size, padding) => `<!doctype html><html><body style="margin:0">
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <rect width="100" height="100" fill="#b3001b"/>
  <g transform="translate(${padding} ${padding}) scale(${(100 - 2 * padding) / 100})">
    <path d="M22 24h56v14H57v44H43V38H22z" fill="#fff"/>
    <circle cx="74" cy="74" r="9" fill="#ffd60a"/>
  </g>
</svg></body></html>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [file, size, padding] of [
	['static/icons/icon-192.png', 192, 6],
	['static/icons/icon-512.png', 512, 6],
	['static/icons/icon-maskable-512.png', 512, 18],
	['static/favicon.png', 64, 4]
]) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(mark(size, padding));
	await page.screenshot({ path: file, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
