/**
 * The marks a `<q>` element stands for, by depth (“outer ‘inner’ ”). The page draws them with CSS and has no text
 * for them, so both the CLI's parser (html-blocks.ts) and the page's block planner (utils/highlight/block-text.ts)
 * write them into the block text: the engine finds the quote the reader sees.
 */
export const Q_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
];
