// The dataset as the reader meets it: editor's notes on the article, the dataset's date and
// changelog, and old links to merged events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openExplorer, useSite } from './harness.mjs';

const shared = useSite(process.env.DIST ?? 'dist');
const open = (t, options) => openExplorer(t, shared.browser, shared.site, options);

const CLAIM = 'By 2024, 166 states had acceded to the convention';

for (const width of [1280, 375]) {
  test(`paragraph 2's claim is marked and its editor's note shown beside it (${width} px)`, async (t) => {
    const app = await open(t, { width });
    await app.open(width < 700 ? '?embed=1' : '');
    if (width < 700) await app.page.getByRole('button', { name: 'Article' }).click();
    const p2 = app.page.locator('article p#p2');
    const mark = p2.locator('mark.noted', { hasText: CLAIM });
    await mark.waitFor();
    // The marker follows the phrase; it is a link that names the note as its description.
    const marker = p2.locator('.note-ref a').nth(await p2.locator('mark.noted').evaluateAll(
      (marks, claim) => marks.findIndex((m) => m.textContent === claim), CLAIM));
    const noteTextId = await marker.getAttribute('aria-describedby');
    const noteText = app.page.locator(`#${noteTextId}`);
    assert.match(await noteText.textContent(), /164 States Parties/);
    assert.match(await noteText.textContent(), new RegExp(CLAIM));
    const note = app.page.getByRole('note').filter({ has: noteText });
    assert.ok(await note.isVisible(), 'the note is on screen, not behind a click');
    assert.ok((await note.getByRole('link').count()) >= 1, 'the note cites a source');
    // Beside the paragraph: in its block, after it and before the next paragraph.
    assert.ok(await note.evaluate((box) => box.closest('.paragraph').querySelector('p#p2') !== null));
    const [pBox, noteBox, nextBox] = [p2, note, app.page.locator('article p#p3')].map((l) => l.boundingBox());
    const [p, n, next] = await Promise.all([pBox, noteBox, nextBox]);
    assert.ok(n.y >= p.y + p.height - 1 && n.y + n.height <= next.y, 'between p2 and p3');
    // Reachable by keyboard: Tab lands on the marker, and following it keeps the note in view.
    await marker.focus();
    assert.equal(await marker.evaluate((a) => a === document.activeElement), true);
    await app.page.keyboard.press('Enter');
    await app.page.waitForTimeout(400);
    assert.ok(await note.isVisible());
    await app.page.screenshot({ path: `tests/e2e/artifacts/note-p2-${width}.png` });
  });
}

test('the note prints with its paragraph', async (t) => {
  const app = await open(t);
  await app.open();
  await app.page.emulateMedia({ media: 'print' });
  const note = app.page.getByRole('note').filter({ hasText: '164 States Parties' });
  assert.ok(await note.isVisible());
});

test('every note quotes a phrase that stands verbatim in its paragraph', async (t) => {
  const app = await open(t);
  await app.open();
  const paragraphs = (await readFile('src/data/article.txt', 'utf8')).split('\n').filter((l) => l.trim()).slice(1);
  const marks = await app.page.locator('article mark.noted').evaluateAll((all) =>
    all.map((m) => ({ paragraph: Number(m.closest('p').id.slice(1)), phrase: m.textContent })));
  assert.ok(marks.length >= 1);
  for (const { paragraph, phrase } of marks) {
    assert.ok(paragraphs[paragraph - 1].includes(phrase), `p${paragraph}: ${phrase}`);
  }
});

test('the footer and the embed say the data is as of the dataset date', async (t) => {
  const changes = await readFile('src/data/changes.toml', 'utf8');
  const asOf = /^as_of = "(\d{4}-\d{2}-\d{2})"/m.exec(changes)[1];
  for (const query of ['', '?embed=1']) {
    const app = await open(t);
    await app.open(query);
    const stamp = app.page.locator('.site-footer .data-as-of time');
    assert.equal(await stamp.getAttribute('datetime'), asOf, query || 'full app');
    assert.ok(await stamp.isVisible(), `visible in ${query || 'the full app'}`);
  }
});

test('"What changed" lists the changelog and opens an event it names', async (t) => {
  const app = await open(t);
  await app.open('?country=FI');
  const changed = app.page.locator('details.whats-changed');
  await changed.locator('summary').click();
  const entries = changed.locator('li.change');
  assert.ok((await entries.count()) >= 1);
  const link = changed.locator('a[href="?event=2026-02-20-poland-withdrawal-takes-effect"]').first();
  await link.click();
  await app.page.waitForFunction(() => location.search === '?event=2026-02-20-poland-withdrawal-takes-effect');
  // The country filter is cleared so the event is on the list, and it is selected.
  const card = app.timeline.locator('li[data-event-id="2026-02-20-poland-withdrawal-takes-effect"]');
  await card.waitFor();
  assert.equal(await card.getAttribute('aria-current'), 'true');
});

test("a merged event's old id still opens the event that absorbed it", async (t) => {
  const app = await open(t);
  await app.open('?event=2025-07-03-un-circulates-estonia-withdrawal-notice');
  const card = app.timeline.locator('li[data-event-id="2025-06-27-estonia-notifies-un"]');
  await card.waitFor();
  assert.equal(await card.getAttribute('aria-current'), 'true');
  assert.equal(await app.notice.count(), 0, 'no notice: the link is still good');
});

test('the States Parties chart stands at 161 as of the dataset date', async (t) => {
  const app = await open(t);
  await app.open();
  const caption = await app.page.locator('.parties-overview').textContent();
  assert.match(caption, /stands at 161\b/);
});
