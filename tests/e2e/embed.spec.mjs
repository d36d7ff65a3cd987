// Embedding: the example intranet page (public/embed-example.html) shows every part in an iframe
// and one in a page section, under the strict CSP, with the frames following their content's height.
import { test, expect, expectAccessible } from './helpers.mjs';

const FRAMES = [
  { part: 'gids/directie', h1: 'Directie' },
  { part: 'roi', h1: 'ROI-calculator' },
  { part: 'planning', h1: 'Communicatieplanning' },
  { part: 'gids', h1: 'Guide by role' },
  { part: 'start', h1: 'Van AI-plan naar AI in gebruik' },
];

const frameOf = (page, part) => page.frameLocator(`iframe[data-adoptieplanner-frame="${part}"]`);
const heightOf = (page, part) => page.locator(`iframe[data-adoptieplanner-frame="${part}"]`)
  .evaluate((el) => el.getBoundingClientRect().height);

test('the example host page embeds each part without the site header, sized to its content', async ({ page }) => {
  await page.goto('/embed-example.html');
  for (const { part, h1 } of FRAMES) {
    const frame = frameOf(page, part);
    await expect(frame.locator('main h1'), part).toContainText(h1);
    await expect(frame.locator('header.site-header'), part).toHaveCount(0);
    await expect(frame.locator('footer'), part).toHaveCount(0);
    // The frame is as tall as the planner's content: no inner scroll bar, no empty space.
    await expect.poll(async () => {
      const content = await frame.locator('body').evaluate((b) => b.offsetHeight);
      return Math.abs(content - await heightOf(page, part));
    }, { message: `${part} frame height follows its content` }).toBeLessThanOrEqual(2);
  }
  const src = await page.locator('iframe[data-adoptieplanner-frame="roi"]').getAttribute('src');
  expect(new URL(src).searchParams.get('embed')).toBe('1');
  expect(new URL(src).searchParams.get('origin')).toBe(new URL(page.url()).origin);
  // The frames' own pages are scanned embedded in the test below.
  await expectAccessible(page, { iframes: false });
});

test('the start questions work in a frame: answered there, the start page opens in the frame', async ({ page }) => {
  await page.goto('/embed-example.html');
  const frame = frameOf(page, 'start');
  await expect(frame.locator('.front-door legend')).toHaveText('Wat is uw rol?');
  await frame.locator('.front-door').getByRole('button', { name: 'Sla de rest over' }).click();
  await expect(frame.locator('#start-npv')).toHaveText(/\d/);
  await expect(frame.locator('#start-open-roi')).toHaveAttribute('href', /roi\?.*s=v3/);
});

test('an embedded frame grows and shrinks with its content', async ({ page }) => {
  await page.goto('/embed-example.html');
  const frame = frameOf(page, 'roi');
  await expect(frame.locator('main h1')).toBeVisible();
  await expect.poll(() => heightOf(page, 'roi')).toBeGreaterThan(400);
  const folded = frame.locator('details.form-section').last().locator('summary');
  await expect(frame.locator('details.form-section').last()).not.toHaveAttribute('open');
  const before = await heightOf(page, 'roi');
  await folded.click();
  await expect.poll(() => heightOf(page, 'roi'), { message: 'opening a group makes the frame taller' }).toBeGreaterThan(before + 50);
  await folded.click();
  await expect.poll(() => heightOf(page, 'roi'), { message: 'closing it makes the frame shorter again' }).toBeLessThan(before + 5);
});

test('theme colours and language come from the host page, validated', async ({ page }) => {
  await page.goto('/embed-example.html');
  const frame = frameOf(page, 'roi');
  await expect(frame.locator('main h1')).toBeVisible();
  expect(await frame.locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--ap-accent').trim())).toBe('#0f766e');
  // Hover and highlight shades are derived from the host's accent, not left at the planner's blue.
  const strong = await frame.locator('html').evaluate((el) => {
    const probe = document.createElement('span');
    probe.style.setProperty('color', 'var(--ap-accent-strong)');
    el.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  expect(strong).not.toBe('rgb(8, 74, 140)');
  expect(strong).toMatch(/^(rgb|color)\(/);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(frameOf(page, 'gids').locator('html')).toHaveAttribute('lang', 'en');
  // The languages the host fixes are not remembered as the visitor's own choice.
  expect(await page.evaluate(() => localStorage.getItem('adoptieplanner.lang'))).toBeNull();
  // Nor is the embedded role page, so the calculator next to it does not greet a guide reader.
  await expect(frameOf(page, 'gids/directie').locator('main h1')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('adoptieplanner.role'))).toBeNull();

  // A colour that is not a hex colour is ignored, not injected.
  await page.goto('/roi?embed=1&accent=red;background:url(x)&bg=123');
  await expect(page.locator('main h1')).toBeVisible();
  const style = await page.locator('html').getAttribute('style');
  expect(style).not.toContain('url(');
  expect(style).toContain('--ap-bg: #112233');
});

test('a link to another part opens the full planner in a new tab', async ({ page }) => {
  await page.goto('/embed-example.html');
  const frame = frameOf(page, 'gids/directie');
  const link = frame.locator('.next-step a').first();
  await expect(link).toBeVisible();
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await popup.waitForLoadState();
  expect(new URL(popup.url()).pathname).toBe('/roi');
  await expect(popup.locator('header.site-header')).toBeVisible();
  await popup.close();
  await expect(frame.locator('main h1')).toContainText('Directie');
});

test('a page section shows its part in a shadow root; styles leak neither way', async ({ page }) => {
  await page.goto('/embed-example.html');
  const section = page.locator('[data-adoptieplanner]');
  await expect(section.locator('.ap-main h1')).toContainText('medewerkers');
  await expect(section.locator('.ap-main h1')).toHaveCount(1);
  // The host's purple serif headings do not reach the planner ...
  const inner = await section.locator('.ap-main h2').first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).fontFamily]);
  expect(inner[0]).not.toBe('rgb(107, 33, 168)');
  expect(inner[1]).not.toContain('Georgia');
  // ... except the accent the host sets on purpose through --ap-accent.
  expect(await section.locator('.ap-root').evaluate((el) => getComputedStyle(el).getPropertyValue('--ap-accent').trim())).toBe('#7e22ce');
  // ... and the planner's styles do not reach the host page.
  const outer = await page.locator('body > main > h1').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).fontFamily]);
  expect(outer[0]).toBe('rgb(107, 33, 168)');
  expect(outer[1]).toContain('Georgia');
  expect(await page.evaluate(() => document.documentElement.classList.contains('embedded'))).toBe(false);
  // The host page keeps its own address, title and language.
  await expect(page).toHaveTitle(/Intranet Van Dijk/);
  expect(new URL(page.url()).pathname).toBe('/embed-example.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});
