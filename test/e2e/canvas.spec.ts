import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { test, expect, copyFromPage, openApp, pasteIntoPage } from './fixtures';
import {
  addNoteWithEnter,
  newCanvasProject,
  note,
  noteEditor,
  outlineNotes,
  section,
  typeNewNote,
} from './canvas-helpers';
import { serializeKarttaFile, toKarttaFile } from '../../shared/model';
import { generateCanvasProject } from '../../shared/samples/generate-project';

async function position(locator: Locator) {
  const transform = await locator.evaluate((el) => getComputedStyle(el).transform);
  const m = /matrix\(1, 0, 0, 1, ([-\d.]+), ([-\d.]+)\)/.exec(transform);
  return m ? { x: Number(m[1]), y: Number(m[2]) } : null;
}

/** The outline lists each section's notes: what a screen reader reads, and a firm check of content. */
test('Business Model Canvas: add, edit, move, recolour, undo and redo, reload', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvasProject(page, /Business Model Canvas/);
  await expect(section(page, 'Key Partners')).toBeVisible();

  // By keyboard: focus a section and press Enter.
  await addNoteWithEnter(page, 'Key Partners', 'Rakennusvalvonta');

  // By double-click inside a section.
  // A double-click on a section's body adds a note there (the body lets the pointer through).
  const vp = await section(page, 'Value Propositions').boundingBox();
  if (!vp) throw new Error('no section box');
  await page.mouse.dblclick(vp.x + vp.width / 2, vp.y + vp.height / 2);
  await typeNewNote(page, 'Lupa yhdellä käynnillä');

  // By the toolbar button: into the first section when no note is selected.
  await page.getByRole('application', { name: 'Canvas' }).click({ position: { x: 5, y: 5 } });
  await page.getByRole('button', { name: 'Add note' }).click();
  await typeNewNote(page, 'Kyläyhdistys');

  // Edit one note in place (double-click) and one in the side panel.
  await note(page, 'Kyläyhdistys').dblclick();
  await expect(noteEditor(page)).toBeFocused();
  await page.keyboard.type(' ry');
  await page.keyboard.press('Escape');
  await expect(note(page, 'Kyläyhdistys ry')).toBeVisible();

  // Move a note to another section with the side panel, and recolour it.
  await note(page, 'Kyläyhdistys ry').click();
  const panel = page.getByRole('complementary', { name: 'Selected note' });
  await panel.getByLabel('Section').selectOption({ label: 'Customer Segments' });
  await panel.getByRole('radio', { name: 'Blue' }).check();
  await expect(note(page, 'Kyläyhdistys ry')).toHaveAttribute('aria-label', /\(Blue\)$/);

  // Move a note with the arrow keys.
  const partner = note(page, 'Rakennusvalvonta');
  await partner.click();
  const before = await position(partner);
  await partner.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  if (!before) throw new Error('no position');
  await expect.poll(() => position(partner)).toEqual({ x: before.x + 10, y: before.y + 10 });

  const expected = {
    'Key Partners': ['Rakennusvalvonta'],
    'Value Propositions': ['Lupa yhdellä käynnillä'],
    'Customer Segments': ['Kyläyhdistys ry'],
  };
  await expect.poll(() => outlineNotes(page)).toEqual(expected);

  // Undo the arrow move (two steps), then the recolour; redo the recolour.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => position(partner)).toEqual(before);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(note(page, 'Kyläyhdistys ry')).not.toHaveAttribute('aria-label', /\(Blue\)$/);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(note(page, 'Kyläyhdistys ry')).toHaveAttribute('aria-label', /\(Blue\)$/);

  await page.reload();
  await expect(note(page, 'Kyläyhdistys ry')).toHaveAttribute('aria-label', /\(Blue\)$/);
  await expect.poll(() => position(note(page, 'Rakennusvalvonta'))).toEqual(before);
  await expect.poll(() => outlineNotes(page)).toEqual(expected);
});

test('a dragged note lands in the section it is dropped in, and one undo puts it back', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvasProject(page, /SWOT analysis/);
  await addNoteWithEnter(page, 'Strengths', 'Osaava henkilöstö');
  const box = await section(page, 'Weaknesses').boundingBox();
  const moved = note(page, 'Osaava henkilöstö');
  const start = await position(moved);
  if (!box) throw new Error('no section box');
  // React Flow's drag needs real intermediate pointer moves.
  const from = await moved.boundingBox();
  if (!from) throw new Error('no note box');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => outlineNotes(page)).toEqual({ Weaknesses: ['Osaava henkilöstö'] });
  await page.keyboard.press('Control+z');
  await expect.poll(() => outlineNotes(page)).toEqual({ Strengths: ['Osaava henkilöstö'] });
  await expect.poll(() => position(moved)).toEqual(start);
});

test('a section moves by its title bar with its notes, resizes by its handle (one undo step each), and its body pans', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvasProject(page, /SWOT analysis/);
  await addNoteWithEnter(page, 'Strengths', 'Osaava henkilöstö');
  const strengths = section(page, 'Strengths');
  const carried = note(page, 'Osaava henkilöstö');
  const sectionStart = await position(strengths);
  const noteStart = await position(carried);
  if (!sectionStart || !noteStart) throw new Error('no positions');

  // A drag on a section's body pans the canvas (sections cover most of it); nothing moves.
  const panX = () =>
    page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).e);
  const panStart = await panX();
  // Near its top: the storage notice may cover the bottom of the window.
  const body = await section(page, 'Threats').boundingBox();
  if (!body) throw new Error('no section box');
  await page.mouse.move(body.x + body.width / 2, body.y + 80);
  await page.mouse.down();
  await page.mouse.move(body.x + body.width / 2 - 60, body.y + 80, { steps: 8 });
  await page.mouse.up();
  await expect.poll(panX).toBeLessThan(panStart - 30);
  await expect.poll(() => position(strengths)).toEqual(sectionStart);

  // Move: drag the title bar down and to the right; the note inside goes along.
  const title = await strengths.locator('.canvas-section-title').boundingBox();
  if (!title) throw new Error('no title box');
  await page.mouse.move(title.x + 20, title.y + title.height / 2);
  await page.mouse.down();
  await page.mouse.move(title.x + 120, title.y + 60, { steps: 12 });
  await page.mouse.up();
  await expect.poll(async () => (await position(strengths))?.x).toBeGreaterThan(sectionStart.x + 50);
  const sectionMoved = await position(strengths);
  if (!sectionMoved) throw new Error('no position after the move');
  const shift = { x: sectionMoved.x - sectionStart.x, y: sectionMoved.y - sectionStart.y };
  await expect.poll(() => position(carried)).toEqual({ x: noteStart.x + shift.x, y: noteStart.y + shift.y });
  await expect.poll(() => outlineNotes(page)).toEqual({ Strengths: ['Osaava henkilöstö'] });

  // Resize: the selected section shows handles; the bottom-right one makes it wider and taller.
  await strengths.locator('.canvas-section-title').click();
  const panel = page.getByRole('complementary', { name: 'Selected section' });
  const width = Number(await panel.getByLabel('Width').inputValue());
  const handle = strengths.locator('.react-flow__resize-control.handle.bottom.right');
  const corner = await handle.boundingBox();
  if (!corner) throw new Error('no resize handle');
  await page.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
  await page.mouse.down();
  await page.mouse.move(corner.x + 120, corner.y + 60, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => Number(await panel.getByLabel('Width').inputValue())).toBeGreaterThan(width + 50);
  const resized = await panel.getByLabel('Width').inputValue();

  // One undo per gesture: the resize, then the move (section and note together); redo both.
  await strengths.focus();
  await page.keyboard.press('Control+z');
  await expect(panel.getByLabel('Width')).toHaveValue(String(width));
  await page.keyboard.press('Control+z');
  await expect.poll(() => position(strengths)).toEqual(sectionStart);
  await expect.poll(() => position(carried)).toEqual(noteStart);
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(panel.getByLabel('Width')).toHaveValue(resized);

  await page.reload();
  await expect.poll(() => position(section(page, 'Strengths'))).toEqual(sectionMoved);
  await expect
    .poll(() => position(note(page, 'Osaava henkilöstö')))
    .toEqual({
      x: noteStart.x + shift.x,
      y: noteStart.y + shift.y,
    });
  await section(page, 'Strengths').locator('.canvas-section-title').click();
  await expect(panel.getByLabel('Width')).toHaveValue(resized);

  // By keyboard: a focused section moves with the arrow keys, its note with it.
  await section(page, 'Strengths').focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => position(section(page, 'Strengths'))).toEqual({ x: sectionMoved.x, y: sectionMoved.y + 40 });
  await expect
    .poll(() => position(note(page, 'Osaava henkilöstö')))
    .toEqual({
      x: noteStart.x + shift.x,
      y: noteStart.y + shift.y + 40,
    });
});

test('the canvas editor has no axe violations', async ({ page, consoleProblems: _c }) => {
  await newCanvasProject(page, /Empathy Map/);
  await page.getByRole('button', { name: 'Add note' }).click();
  await typeNewNote(page, 'Testilappu');
  await note(page, 'Testilappu').click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a dot-voting round with two participants, closed, survives a reload', async ({ page, consoleProblems: _c }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Äänestystesti');
  for (const [i, name] of ['Aino Asukas', 'Ulla Björkqvist'].entries()) {
    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByLabel(`Name, Participant ${i + 1}`).fill(name);
  }
  await page.getByRole('button', { name: 'New canvas' }).click();
  await page
    .getByRole('dialog')
    .getByRole('radio', { name: /How might we/ })
    .check();
  await page.getByRole('dialog').getByRole('button', { name: 'Create canvas' }).click();
  await page.getByRole('region', { name: 'Service-design canvases' }).getByRole('link').first().click();

  for (const text of ['Lupa-asiointi chatissa', 'Naapurien kuuleminen verkossa']) {
    await page.getByRole('button', { name: 'Add note' }).click();
    await typeNewNote(page, text);
  }

  await page.getByRole('button', { name: 'Start voting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a dot-voting round' });
  await dialog.getByLabel('Votes per participant').fill('2');
  await dialog.getByRole('button', { name: 'Start round' }).click();
  const bar = page.getByRole('group', { name: 'Voting: 2 votes each' });
  await expect(bar.getByText('2 votes left')).toBeVisible();

  const panel = page.getByRole('complementary', { name: 'Selected note' });
  await note(page, 'Lupa-asiointi chatissa').click();
  await panel.getByRole('button', { name: 'Vote', exact: true }).click();
  await panel.getByRole('button', { name: 'Vote', exact: true }).click();
  await expect(bar.getByText('0 votes left')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Vote', exact: true })).toBeDisabled();

  await bar.getByLabel('Voter').selectOption({ label: 'Ulla Björkqvist' });
  await panel.getByRole('button', { name: 'Vote', exact: true }).click();
  await note(page, 'Naapurien kuuleminen verkossa').click();
  await panel.getByRole('button', { name: 'Vote', exact: true }).click();
  await expect(bar.getByText('0 votes left')).toBeVisible();

  await bar.getByRole('button', { name: 'Close round' }).click();
  await expect(page.getByText('Results of the last round are shown on the notes.')).toBeVisible();
  await expect(note(page, 'Lupa-asiointi chatissa')).toHaveAttribute('aria-label', /, 3 votes$/);
  await expect(note(page, 'Naapurien kuuleminen verkossa')).toHaveAttribute('aria-label', /, 1 vote$/);

  await page.reload();
  await expect(note(page, 'Lupa-asiointi chatissa')).toHaveAttribute('aria-label', /, 3 votes$/);
  await expect(note(page, 'Naapurien kuuleminen verkossa')).toHaveAttribute('aria-label', /, 1 vote$/);
  await expect(page.getByRole('button', { name: 'Start voting' })).toBeVisible();
  // The outline sorts by votes on request.
  await page.locator('.outline-panel summary').click();
  await page.getByLabel('Sort notes by votes').check();
  await expect(page.locator('.outline-panel li').first()).toContainText('Lupa-asiointi chatissa (3 votes)');
});

test('text typed into a note just before a reload is there after it', async ({ page, consoleProblems: _c }) => {
  await newCanvasProject(page, /SWOT analysis/);
  await section(page, 'Strengths').focus();
  await page.keyboard.press('Enter');
  await expect(noteEditor(page)).toBeFocused();
  await page.keyboard.type('Kirjasto on kaikkien olohuone');
  await page.reload();
  await expect(note(page, 'Kirjasto on kaikkien olohuone')).toBeVisible();
});

test('find, multi-select, recolour, duplicate, and copy notes to another board', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvasProject(page, /SWOT analysis/);
  for (const [title, text] of [
    ['Strengths', 'Osaava henkilöstö'],
    ['Weaknesses', 'Vanha lupajärjestelmä'],
    ['Threats', 'Henkilöstön eläköityminen'],
  ]) {
    await addNoteWithEnter(page, title, text);
  }

  // Search dims the notes that do not match; nothing is hidden.
  await page.getByRole('search').getByLabel('Search').fill('henkilöstö');
  await expect(page.getByText('2 matching notes')).toBeVisible();
  await expect(page.locator('.react-flow__node-note.is-dimmed')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(page.locator('.react-flow__node-note.is-dimmed')).toHaveCount(0);

  // Shift-click selects several; recolour and duplicate them at once.
  await note(page, 'Osaava henkilöstö').click();
  await note(page, 'Henkilöstön eläköityminen').click({ modifiers: ['Shift'] });
  const panel = page.getByRole('complementary', { name: '2 notes selected' });
  await panel.getByRole('button', { name: 'Green' }).click();
  await expect(note(page, 'Osaava henkilöstö')).toHaveAttribute('aria-label', /\(Green\)$/);
  await expect(note(page, 'Henkilöstön eläköityminen')).toHaveAttribute('aria-label', /\(Green\)$/);
  await panel.getByRole('button', { name: 'Duplicate' }).click();
  await expect(note(page, 'Osaava henkilöstö')).toHaveCount(2);

  // Copy the selected copies, paste them into another project's board.
  const text = await copyFromPage(page);
  expect(text).toContain('kartta/notes@2');
  await page.getByRole('link', { name: /Back to Kanvaasitesti/ }).click();
  await page.getByRole('button', { name: 'New canvas' }).click();
  await page
    .getByRole('dialog')
    .getByRole('radio', { name: /Blank canvas/ })
    .check();
  await page.getByRole('dialog').getByRole('button', { name: 'Create canvas' }).click();
  await page
    .getByRole('region', { name: 'Service-design canvases' })
    .getByRole('link', { name: 'Blank canvas' })
    .click();
  await expect(page.getByRole('application', { name: 'Canvas' })).toBeVisible();
  await pasteIntoPage(page, text);
  await expect(note(page, 'Osaava henkilöstö')).toHaveCount(1);
  await expect(note(page, 'Henkilöstön eläköityminen')).toHaveAttribute('aria-label', /\(Green\)$/);
  // Something that is not Kartta notes pastes nothing.
  await pasteIntoPage(page, '{"kind":"kartta/notes@2","items":[{"__proto__":{}}]}');
  await expect(page.locator('.react-flow__node-note')).toHaveCount(2);
});

test('an open board keeps its document and undo history while the editor re-renders', async ({
  page,
  consoleProblems: _c,
}) => {
  const destroyed: string[] = [];
  page.on('console', (msg) => {
    if (msg.text().includes('was destroyed')) destroyed.push(msg.text());
  });
  await newCanvasProject(page, /SWOT analysis/);
  await addNoteWithEnter(page, 'Strengths', 'Ensimmäinen');
  // Re-render the editor many times (filtering) across y-dexie's release grace period.
  for (const text of ['e', 'en', 'ens', '']) {
    await page.getByRole('search').getByLabel('Search').fill(text);
    await page.waitForTimeout(400);
  }
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(note(page, 'Ensimmäinen')).toHaveCount(0);
  await expect(note(page, 'Empty note')).toHaveCount(1);
  expect(destroyed).toEqual([]);
});

test('keys typed right after Enter, before the editor has focus, are kept', async ({ page, consoleProblems: _c }) => {
  await newCanvasProject(page, /Impact \/ effort/);
  // A 2×2 matrix shows its axes.
  await expect(page.locator('.canvas-axes')).toContainText('Impact');
  await page.locator('.react-flow__node-section').first().focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Chat-neuvonta iltaisin'); // no wait for the editor on purpose
  await page.keyboard.press('Escape');
  await expect(note(page, 'Chat-neuvonta iltaisin')).toHaveCount(1);
});

test('notes are in reading order for the keyboard, and F6 moves between canvas and panel', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvasProject(page, /SWOT analysis/);
  for (const [title, text] of [
    ['Threats', 'Uhka'],
    ['Strengths', 'Vahvuus'],
  ]) {
    await addNoteWithEnter(page, title, text);
  }
  // Strengths comes before Threats in the template, so its note comes first whatever was added first.
  await expect(page.locator('.react-flow__node-note')).toHaveText(['Vahvuus', 'Uhka']);
  await expect(note(page, 'Vahvuus')).toHaveAttribute('aria-label', /^Note in Strengths: Vahvuus/);

  await note(page, 'Uhka').click();
  await page.keyboard.press('F6');
  await expect(page.getByRole('complementary', { name: 'Selected note' }).getByLabel('Note text')).toBeFocused();
  await page.keyboard.press('F6');
  await expect(note(page, 'Uhka')).toBeFocused();
});

test('the canvas exports as an SVG with its sections and notes', async ({ page, consoleProblems: _c }) => {
  await newCanvasProject(page, /SWOT analysis/);
  await addNoteWithEnter(page, 'Strengths', 'Aktiivinen kyläyhdistys');
  const download = page.waitForEvent('download');
  await page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Export SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.svg$/);
  const text = (await readFile(await file.path())).toString('utf8');
  const read = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      words: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' '),
    };
  }, text);
  expect(read.error).toBeNull();
  for (const word of ['Strengths', 'Weaknesses', 'Opportunities', 'Threats', 'Aktiivinen kyläyhdistys']) {
    expect(read.words).toContain(word);
  }
});

test('a note marked Swedish carries lang="sv" on its text in the canvas and the outline, after a reload', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvasProject(page, /SWOT analysis/);
  await addNoteWithEnter(page, 'Strengths', 'Vi har kunnig personal');
  await note(page, 'Vi har kunnig personal').click();
  const panel = page.getByRole('complementary', { name: 'Selected note' });
  const language = panel.getByLabel('Language of this text');
  await expect(language).toHaveValue('');
  // Each language is offered by its own name, marked with its own language.
  await expect(language.locator('option[lang="se"]')).toHaveText('Davvisámegiella');
  await language.selectOption({ label: 'Svenska' });
  await expect(panel.getByRole('textbox', { name: 'Note text' })).toHaveAttribute('lang', 'sv');
  await page.reload();
  await expect(note(page, 'Vi har kunnig personal').locator('[lang="sv"]')).toHaveText('Vi har kunnig personal');
  await outlineNotes(page);
  await expect(page.locator('.outline-panel .outline-note [lang="sv"]')).toHaveText('Vi har kunnig personal');
  // One undo step puts the project's language back.
  await note(page, 'Vi har kunnig personal').click();
  await language.selectOption({ label: 'Project’s language' });
  await expect(note(page, 'Vi har kunnig personal').locator('[lang]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(note(page, 'Vi har kunnig personal').locator('[lang="sv"]')).toHaveCount(1);
});

test('a big canvas mounts only what is near the view, and every note stays reachable by outline and keyboard', async ({
  page,
  consoleProblems: _c,
}, testInfo) => {
  // 600 notes: above the 500 from which a canvas culls its notes (note-culling.ts).
  const snapshot = generateCanvasProject(600, 3);
  const board = snapshot.boards[0];
  if (board?.kind !== 'canvas') throw new Error('no canvas');
  const file = testInfo.outputPath('big-canvas.kartta');
  await writeFile(file, serializeKarttaFile(toKarttaFile(snapshot, 'e2e')));
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open project file…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('link', { name: board.title, exact: true }).click();

  // Fitted to the whole board, far more than 400 notes are in view: painted, none mounted.
  const layer = page.locator('.canvas-notes-layer');
  await expect(layer).toBeVisible();
  await expect(page.locator('.react-flow__node-note')).toHaveCount(0);

  // The outline lists every note, mounted or not (what a screen reader reads).
  const outline = await outlineNotes(page);
  expect(Object.values(outline).flat()).toHaveLength(600);

  // A click on a painted note selects it and zooms in to it; only the notes near the view mount.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  const box = await layer.boundingBox();
  if (!box) throw new Error('no layer');
  const selectedPanel = page.getByRole('complementary', { name: 'Selected note' });
  // Somewhere on a card: try points until one is a note (the generated layout is not known here).
  for (let i = 0; i < 40 && !(await selectedPanel.isVisible()); i++) {
    await page.mouse.click(box.x + box.width * (0.2 + 0.015 * i), box.y + box.height * (0.3 + 0.01 * i));
  }
  await expect(selectedPanel).toBeVisible();
  await expect(layer).toHaveCount(0);
  const mounted = await page.locator('.react-flow__node-note').count();
  expect(mounted).toBeGreaterThan(0);
  expect(mounted).toBeLessThan(600);

  // Tab goes from note to note in reading order, past the mounted ones: each one focused is
  // mounted and scrolled into view. Forward, then back (the clicked note may be near the end).
  const start = await page.locator('.react-flow__node-note.selected').getAttribute('data-id');
  const seen = new Set<string>(start ? [start] : []);
  const focusedId = () =>
    page.evaluate(() => document.activeElement?.closest<HTMLElement>('.react-flow__node-note')?.dataset.id ?? '');
  for (const key of ['Tab', 'Shift+Tab']) {
    await page.locator(`.react-flow__node-note[data-id="${start}"]`).focus();
    let previous = start ?? '';
    for (let i = 0; i < mounted + 5; i++) {
      await page.keyboard.press(key);
      // The next note is focused once it is mounted (a frame or two later).
      await expect.poll(focusedId).not.toBe(previous);
      previous = await focusedId();
      if (!previous) break;
      seen.add(previous);
      const at = await page.locator('.react-flow__node-note:focus').boundingBox();
      if (!at) throw new Error('no focused note');
      expect(at.x + at.width / 2).toBeGreaterThan(pane.x);
      expect(at.x + at.width / 2).toBeLessThan(pane.x + pane.width);
      expect(at.y + at.height / 2).toBeGreaterThan(pane.y);
      expect(at.y + at.height / 2).toBeLessThan(pane.y + pane.height);
    }
  }
  // More notes than were mounted at once were reached.
  expect(seen.size).toBeGreaterThan(mounted);
});
