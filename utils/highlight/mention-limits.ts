/**
 * The size of one `page:mentions` request: at most 4,000 texts and 200,000 characters. The content script sends
 * 16,000 characters first and then up to 100,000 a request, each request ending at the text node that passes that
 * mark (a text node longer than 20,000 characters is sent in windows: TEXT_WINDOW in
 * entrypoints/content/mention-scanner.ts), and no more than MAX_MENTION_TEXTS texts. A module of its own so the
 * content script gets the numbers without the message validators.
 */
export const MAX_MENTION_TEXTS = 4_000;
export const MAX_MENTION_CHARS = 200_000;
/**
 * Every highlighted term has at least two characters (unit test on the corpus), so a text node of one character (most
 * of a page's text nodes: the line breaks between tags) holds none and the scan reads no further.
 */
export const MIN_TERM_CHARS = 2;
