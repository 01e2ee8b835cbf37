/** Which page elements Verbatim never reads: shared by the mention scan and the article reader (DOM, content script). */

/** Elements whose text is never highlighted. */
// (One string split: the content script's size is budgeted, README "Size".)
export const SKIPPED = new Set('script style noscript template textarea select option input button code pre kbd samp var svg math iframe object embed canvas video audio head title nav'.split(' '));

/**
 * Never highlighted (or, with the article's own `tags`, never read as article text): the skipped elements, editable
 * regions (`contenteditable` other than "false"), Verbatim's UI.
 */
export function skippedElement(el: Element, ownHost: Element | null, tags: ReadonlySet<string> = SKIPPED): boolean {
  if (el === ownHost || tags.has(el.localName)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
