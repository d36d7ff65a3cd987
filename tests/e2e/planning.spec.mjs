// The communication schedule: dated plan per group, tied to the calculator, exportable.
import { test, expect, ready, tookOver, expectAccessible, renderedTextSizes } from './helpers.mjs';
import ICAL from 'ical.js';

async function download(page, buttonName) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

test('the plan renders in both languages and is accessible', async ({ page }) => {
  for (const lang of ['nl', 'en']) {
    await page.goto(`/planning?lang=${lang}`);
    await ready(page);
    await expect(page.locator('svg.timeline')).toBeVisible();
    await expect(page.locator('.event-table tbody tr').first()).toBeVisible();
    await expect(page.locator('main')).not.toContainText('NaN');
    // The legend names both kinds of checkpoint the lane shows; no month name runs off the chart or
    // into the next one (as drawn, at the 14-unit text size).
    await expect(page.locator('figure .chart__legend').first()).toContainText(lang === 'nl' ? 'pulspeiling' : 'pulse survey');
    await expect(page.locator('figure .chart__legend').first()).toContainText(lang === 'nl' ? 'KPI-meetpunt' : 'KPI checkpoint');
    const boxes = await page.locator('svg.timeline .chart__tick').evaluateAll((all) => all.map((t) => {
      const box = t.getBBox();
      return [box.x, box.x + box.width];
    }));
    expect(boxes.length).toBeGreaterThan(6);
    expect(Math.max(...boxes.map(([, right]) => right))).toBeLessThanOrEqual(900);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i][0], `month name ${i}`).toBeGreaterThan(boxes[i - 1][1]);
    await expectAccessible(page);
  }
});

// The timeline's text is at least the body's small size (14px) as rendered: on a phone the chart
// keeps its width and its box scrolls sideways, the page itself does not.
for (const [width, path] of [[360, '/planning'], [1280, '/en/planning'], [360, '/planning?embed=1']]) {
  test(`timeline text is at least 14px as rendered at ${width} px (${path})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await expect(page.locator('svg.timeline .chart__label').first()).toBeVisible();
    const sizes = await renderedTextSizes(page.locator('svg.timeline text'));
    expect(sizes.length).toBeGreaterThan(8);
    expect(sizes.filter((s) => s.px < 13.9)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

// The table shows every column without sideways scrolling on a desktop, and in print (where a
// scroll box would cut the columns off); each activity's purpose is explained once, under it.
test('the table fits a desktop and the printed page, and explains each activity once', async ({ page }) => {
  const fits = () => page.locator('.event-table .table-scroll').evaluate((box) => box.scrollWidth <= box.clientWidth);
  for (const [path, heading, briefing] of [
    ['/planning', 'Waar elke activiteit voor is', 'Rendement, risico'],
    ['/en/planning', 'What each activity is for', 'Return, risk'],
  ]) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    expect(await fits(), `${path} at 1280 px`).toBe(true);
    await expect(page.locator('.event-table thead th')).toHaveCount(5);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    const kinds = page.locator('.event-kinds dt');
    const names = await kinds.allTextContents();
    expect(new Set(names).size).toBe(names.length);
    const shown = new Set(await page.locator('.event-table tbody th[scope=row]').allTextContents());
    expect(new Set(names)).toEqual(shown);
    await expect(page.locator('.event-kinds dd').first()).toContainText(briefing);

    await page.emulateMedia({ media: 'print' });
    expect(await fits(), `${path} printed`).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  }
  // On a phone each event is an agenda entry, its activity first: nothing sits off to the right.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await fits(), '/en/planning at 360 px').toBe(true);
  const first = page.locator('.event-table tbody tr').first();
  const [activity, date] = await Promise.all([first.locator('th').boundingBox(), first.locator('td').first().boundingBox()]);
  expect(activity.y).toBeLessThan(date.y);
  expect(activity.x + activity.width).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 900 });
  // Filtered to the board, the explanations follow the table.
  await page.getByLabel('Show').selectOption({ label: 'Board' });
  await expect(page.locator('.event-kinds')).not.toContainText('Ambassador');
});

test('start date and tempo move the timeline and the calculator payback', async ({ page }) => {
  await page.goto('/planning?lang=nl');
  const summary = page.locator('#plan-roi-summary');
  // The app's default figures, pinned natively in tests/roi_model.rs (app_default_plan_figures).
  await expect(summary).toContainText('terugverdiend in maand 32,1');
  const firstRow = page.locator('.event-table tbody tr').first();
  await expect(firstRow).toContainText('4 jan 2027');

  await page.getByLabel('Startdatum van het programma').fill('2027-03-15');
  await expect(firstRow).toContainText('15 mrt 2027');
  const afterDate = (await summary.textContent()).replace(/\s+/g, ' ');
  expect(afterDate).toContain('terugverdiend in maand');
  expect(afterDate).not.toContain('maand 32,1');

  await page.locator('#plan-tempo-staff').selectOption({ label: 'Rustig: anderhalf keer de standaardtijd' });
  await expect(summary).not.toHaveText(afterDate);
  const slowPayback = (await summary.textContent()).match(/terugverdiend in (maand\s(\d+,\d))|niet terugverdiend binnen 36 maanden/);
  expect(slowPayback).not.toBeNull();
  if (slowPayback[2]) expect(Number(slowPayback[2].replace(',', '.'))).toBeGreaterThan(32.1);

  // The calculator shows the same payback and the plan travels in the link.
  await page.getByRole('link', { name: 'Bekijk de berekening' }).click();
  await expect(page.locator('#card-payback .card__value')).toHaveText(slowPayback[1] ?? 'niet binnen 36 maanden');
  await expect(page).toHaveURL(/pd2027-03-15.*pt112/);
});

test('filtering by group narrows the timeline and the table', async ({ page }) => {
  await page.goto('/planning?lang=en');
  const rows = page.locator('.event-table tbody tr');
  const all = await rows.count();
  await page.getByLabel('Show').selectOption({ label: 'Board' });
  await expect(page.locator('svg.timeline')).not.toContainText('Operational staff');
  const boardOnly = await rows.count();
  expect(boardOnly).toBeLessThan(all);
  for (const group of await page.locator('.event-table tbody tr td:nth-child(3)').allTextContents()) {
    expect(['Board', 'All groups', 'Operational staff']).toContain(group);
  }
});

test('leaving groups and formats out changes the plan', async ({ page }) => {
  await page.goto('/planning?lang=en');
  const rows = page.locator('.event-table tbody tr');
  const before = await rows.count();
  await page.locator('#plan-format-peer').uncheck();
  await expect(page.locator('.event-table')).not.toContainText('Peer learning');
  await page.locator('#plan-group-managers').uncheck();
  await expect(page.locator('.event-table')).not.toContainText('Middle management');
  expect(await rows.count()).toBeLessThan(before);
});

test('the .ics passes an independent iCalendar parser and the CSV parses', async ({ page }) => {
  await page.goto('/planning?lang=nl');
  const rowCount = await page.locator('.event-table tbody tr').count();
  const ics = await download(page, 'Zet in agenda (.ics)');
  expect(ics.name).toBe('ai-communicatieplan.ics');
  expect(ics.text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(ics.text));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(rowCount);
  const uids = new Set(events.map((e) => e.uid));
  expect(uids.size).toBe(events.length);
  const first = events[0];
  expect(first.summary).toBe('Executive briefing · Directie');
  expect(first.startDate.toString()).toBe('2027-01-04T10:00:00');
  expect(first.endDate.toString()).toBe('2027-01-04T10:20:00');
  const pulse = events.find((e) => e.summary.startsWith('Pulspeiling'));
  expect(pulse.startDate.isDate).toBe(true);
  expect(pulse.description).toContain('Korte pulspeiling');
  const kpi = events.find((e) => e.summary.startsWith('KPI-meetpunt: 70 %'));
  expect(kpi).toBeTruthy();

  const csv = await download(page, 'Download planning (CSV)');
  const lines = csv.text.replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(rowCount + 1);
  expect(lines[0].split(';')).toEqual(['Datum', 'Tijd', 'Duur (minuten)', 'Groep', 'Fase', 'Activiteit', 'Doel']);
  expect(lines[1]).toMatch(/^2027-01-04;10:00;20;Directie;Bewustwording;Executive briefing;/);
});

test('plan versus actual re-forecasts the payback', async ({ page }) => {
  await page.goto('/planning?lang=en');
  const result = page.locator('#plan-actual-result');
  await expect(result).toBeHidden();
  await page.getByLabel('Month of the programme').fill('6');
  await page.getByLabel('Active users', { exact: true }).fill('20');
  await page.getByRole('button', { name: 'Add measurement' }).click();
  await expect(result).toContainText('Measured up to month 6: 20% active users');
  const text = await result.textContent();
  // Behind the plan: a later payback, or none within the horizon; never "pays back in not within".
  const m = text.match(/Actual to date and forecast after: (pays back in month\s([\d.]+)|does not pay back within 36 months) \(planned: pays back in month\s([\d.]+)\)/);
  expect(m).not.toBeNull();
  if (m[2]) expect(Number(m[2])).toBeGreaterThan(Number(m[3]));
  // An unusable entry is refused with a message and adds nothing.
  await page.getByLabel('Active users', { exact: true }).fill('veel');
  await page.getByRole('button', { name: 'Add measurement' }).click();
  await expect(page.locator('#actual-problem')).toContainText('Enter a month from 1 to 60');
  await expect(page.locator('.measurements tbody tr')).toHaveCount(1);
  // The log travels in the address.
  await expect(page).toHaveURL(/_mm6-20/);
  await page.getByRole('button', { name: 'Remove the measurement of month 6' }).click();
  await expect(result).toBeHidden();
  await expectAccessible(page);
});

// A director enters three measurements out of order; a fourth, later one never changes the months
// measured before it, on the calculator's month table.
test('measurements keep the past: a fourth entry leaves the measured months alone', async ({ page }) => {
  await page.goto('/planning?lang=en');
  const add = async (month, active, minutes = '') => {
    await page.getByLabel('Month of the programme').fill(month);
    await page.getByLabel('Active users', { exact: true }).fill(active);
    await page.getByLabel('Minutes saved a week').fill(minutes);
    await page.getByRole('button', { name: 'Add measurement' }).click();
  };
  await add('9', '40');
  await add('3', '10');
  await add('6', '25', '90');
  await expect(page.locator('.measurements tbody tr th')).toHaveText([/^3 /, /^6 /, /^9 /]);
  const monthColumn = async () => {
    // The calculator is another bundle of the app: the link loads its page, which the app takes over.
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'ROI calculator' }).click();
    await expect(page.locator('main h1')).toHaveText('ROI calculator');
    await tookOver(page);
    await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    const rows = page.locator('.month-table tbody tr');
    await expect(rows).toHaveCount(36);
    const cells = await rows.evaluateAll((trs) => trs.slice(0, 9).map((tr) => tr.querySelector('td').textContent));
    await expect(page.locator('#verdict')).toContainText(/Measured up to month (9|12), forecast after\./);
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Communication schedule' }).click();
    await expect(page.locator('main h1')).toHaveText('Communication schedule');
    await tookOver(page);
    return cells;
  };
  const before = await monthColumn();
  expect(before[2]).toBe('10%');
  expect(before[5]).toBe('25%');
  expect(before[8]).toBe('40%');
  await add('12', '55');
  const after = await monthColumn();
  expect(after).toEqual(before);
});

test('a bad start date is refused with a message', async ({ page }) => {
  await page.goto('/planning?lang=nl&s=v1_pd2027-02-31');
  await expect(page.locator('#link-problems')).toBeVisible();
  await expect(page.getByLabel('Startdatum van het programma')).toHaveValue('2027-01-04');
});
