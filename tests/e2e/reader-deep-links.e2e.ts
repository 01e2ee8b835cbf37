/**
 * Reader page, in real Chromium and Firefox: every document with its contents, speaker turns, narration,
 * interpreted speech, cuts, questions linked to answers; deep links scroll to and highlight a statement;
 * Save and Copy citation work; axe; screenshots (light, dark, 200% zoom).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../utils/corpus/types';
import { BROWSERS } from './support/browsers';
import { ROOT, SCREENSHOTS_DIR } from './support/paths';
import { captureClipboard, launchUi, seriousAxeViolations, waitForCopies, type UiPage, type UiSession } from './support/popup-helpers';

const corpus = JSON.parse(readFileSync(join(ROOT, 'generated/corpus.json'), 'utf8')) as Corpus;
const taliban = corpus.statements.find((s) => /Taliban are, of course, our allies/.test(s.text))!;
const question = corpus.statements.find((s) => s.id === taliban.answersQuestionId) ?? corpus.statements.find((s) => s.kind === 'question')!;

/** Is the statement highlighted, focused and on screen? */
async function targetState(page: UiPage, id: string) {
  return page.evaluate((sid: string) => {
    const el = document.getElementById(sid);
    if (!el) return null;
    const box = el.getBoundingClientRect();
    return {
      highlighted: el.classList.contains('is-target'),
      focused: document.activeElement === el,
      onScreen: box.top >= 0 && box.top < window.innerHeight,
    };
  }, id);
}

for (const name of BROWSERS) {
  describe(`reader (${name})`, () => {
    let session: UiSession;
    let reader: UiPage;

    beforeAll(async () => {
      session = await launchUi(name);
      reader = await session.open(`reader.html#${taliban.id}`);
      await reader.setViewport(1100, 800);
      await reader.waitFor(`[id="${taliban.id}"]`);
      await captureClipboard(reader);
    });

    afterAll(async () => {
      await session?.close();
    });

    it('opens a deep link scrolled to the statement, highlighted and focused', async () => {
      await reader.waitUntil((id: string) => document.getElementById(id)?.classList.contains('is-target'), taliban.id);
      expect(await targetState(reader, taliban.id)).toEqual({ highlighted: true, focused: true, onScreen: true });
      await reader.screenshot(join(SCREENSHOTS_DIR, `reader-deep-link-${name}-light.png`));
    });

    it('shows every document in the contents and on the page, with every statement', async () => {
      const counts = await reader.evaluate(() => ({
        toc: document.querySelectorAll('[data-testid="toc-link"]').length,
        documents: document.querySelectorAll('[data-testid="document"]').length,
        statements: document.querySelectorAll('[data-statement-id]').length,
        narration: document.querySelectorAll('[data-testid="narration"]').length,
        interpreted: document.querySelectorAll('[data-testid="interpreted"]').length,
        cuts: document.querySelectorAll('[data-testid="cut"]').length,
        answerLinks: document.querySelectorAll('[data-testid="answer-link"]').length,
      }));
      expect(counts.toc).toBe(corpus.documents.length);
      expect(counts.documents).toBe(corpus.documents.length);
      expect(counts.statements).toBe(corpus.statements.length);
      expect(counts.narration).toBeGreaterThan(0);
      expect(counts.interpreted).toBeGreaterThan(0);
      expect(counts.cuts).toBe(corpus.statements.filter((s) => s.cutAfter).length);
      expect(counts.answerLinks).toBeGreaterThan(0);
    });

    it('links a press question to its answer and back', async () => {
      await reader.evaluate((id: string) => {
        location.hash = id;
      }, question.id);
      await reader.waitUntil((id: string) => document.getElementById(id)?.classList.contains('is-target'), question.id);
      await reader.click(`[data-testid="answer-link"][href="#${taliban.id}"]`);
      await reader.waitUntil((id: string) => document.getElementById(id)?.classList.contains('is-target'), taliban.id);
      expect((await targetState(reader, taliban.id))?.onScreen).toBe(true);
    });

    it('follows the table of contents to a document', async () => {
      await reader.click('[data-testid="toc-link"][href="#meeting-xi-jinping"]');
      await reader.waitUntil(() => location.hash === '#meeting-xi-jinping');
      const top = await reader.evaluate(() => document.getElementById('meeting-xi-jinping')!.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(-2);
      expect(top).toBeLessThan(200);
    });

    it('copies a citation (plain and Markdown) and the statement’s link, and saves', async () => {
      await reader.evaluate((id: string) => {
        location.hash = id;
      }, taliban.id);
      await reader.waitUntil((id: string) => document.getElementById(id)?.classList.contains('is-target'), taliban.id);
      await reader.click(`[id="${taliban.id}"] [data-action="copy"]`);
      const [plain] = await waitForCopies(reader, 1);
      expect(plain).toContain('Taliban are, of course, our allies');
      expect(plain).toContain('Vladimir Putin, President of Russia');
      expect(plain).toContain('“SCO Summit in Astana: Answers to Russian media questions”, Astana, 5 July 2024');
      expect(plain).toContain('English transcript published by the Kremlin');
      expect(plain).toContain(`${session.extensionBase}reader.html#${taliban.id}`);

      await reader.click(`[id="${taliban.id}"] [data-action="copy-markdown"]`);
      const copies = await waitForCopies(reader, 2);
      expect(copies[1]).toMatch(/^> The Taliban movement/);
      expect(copies[1]).toContain(`[Statement in Verbatim](${session.extensionBase}reader.html#${taliban.id})`);

      await reader.click(`[id="${taliban.id}"] [data-action="copy-link"]`);
      expect((await waitForCopies(reader, 3))[2]).toBe(`${session.extensionBase}reader.html#${taliban.id}`);

      await reader.click(`[id="${taliban.id}"] [data-action="save"]`);
      await reader.waitUntil(() => /Saved|could not|not available/i.test(document.querySelector('[data-testid="action-status"]')?.textContent ?? ''));
      expect(await reader.evaluate(() => document.querySelector('[data-testid="action-status"]')?.textContent)).toBe('Saved to your collection.');
    });

    it('reaches a statement’s actions by keyboard', async () => {
      await reader.evaluate((id: string) => document.getElementById(id)?.focus(), taliban.id);
      await reader.press('Tab');
      const focused = await reader.evaluate(() => ({
        action: document.activeElement?.getAttribute('data-action'),
        visible: getComputedStyle(document.activeElement!.closest('.statement__actions')!).opacity,
      }));
      expect(focused).toEqual({ action: 'save', visible: '1' });
    });

    it('says so when a link points to a statement that does not exist', async () => {
      await reader.evaluate(() => {
        location.hash = 'no-such-statement';
      });
      await reader.waitUntil(() => (document.querySelector('[role="alert"]')?.textContent ?? '').includes('no-such-statement'));
    });

    it('has no serious or critical accessibility problems (axe), in light and dark mode', async () => {
      await reader.evaluate((id: string) => {
        location.hash = id;
      }, taliban.id);
      await reader.waitUntil((id: string) => document.getElementById(id)?.classList.contains('is-target'), taliban.id);
      expect(await seriousAxeViolations(reader)).toEqual([]);
      if (await reader.colorScheme('dark')) {
        await reader.screenshot(join(SCREENSHOTS_DIR, `reader-deep-link-${name}-dark.png`));
        expect(await seriousAxeViolations(reader)).toEqual([]);
        await reader.colorScheme('light');
      }
    });

    it('reflows into one column at 200% zoom without sideways scrolling', async () => {
      // A 1100×800 window at 200% zoom is a 550×400 CSS viewport (CSS `zoom` would not trigger the media queries).
      await reader.setViewport(550, 400);
      await reader.evaluate((id: string) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), taliban.id);
      const layout = await reader.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        columns: getComputedStyle(document.querySelector('.reader__layout')!).gridTemplateColumns.split(' ').length,
      }));
      await reader.screenshot(join(SCREENSHOTS_DIR, `reader-${name}-zoom200.png`));
      expect(layout).toEqual({ overflow: 0, columns: 1 });
      await reader.setViewport(1100, 800);
    });
  });
}
