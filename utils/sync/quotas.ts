/**
 * storage.sync quotas (the same numbers in Chrome and Firefox; Chrome also limits write rates) and the share
 * of them Verbatim allows itself. Every "budget" stays a little under the browser's limit, for the reasons given.
 */

/** Browser limits (chrome.storage.sync.QUOTA_BYTES etc.; Firefox enforces the same byte and item limits). */
export const SYNC_LIMITS = {
  totalBytes: 102_400,
  itemBytes: 8_192,
  items: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/**
 * Largest item we write: 192 bytes under the limit, so a browser that counts an item slightly differently
 * (Chrome counts UTF-8 key + JSON value; a different quoting of the key would add 2 bytes) never rejects one.
 */
export const ITEM_BUDGET_BYTES = SYNC_LIMITS.itemBytes - 192;

/**
 * Bytes and items left free for other parts of Verbatim that may keep settings in storage.sync (a settings
 * object is a few hundred bytes): 2 KB and 12 items.
 */
export const RESERVED_BYTES = 2_048;
export const RESERVED_ITEMS = 12;

/**
 * Writes we allow ourselves: 100 a minute and 1,500 an hour (of 120 and 1,800), leaving room for settings
 * writes and for the browser counting a window slightly differently from us. A sync uses at most two writes
 * (one `remove`, one `set`), and syncs are batched (see SYNC_DEBOUNCE_MS), so a user never gets near this.
 */
export const WRITE_BUDGET = { perMinute: 100, perHour: 1_500 } as const;

/** Bytes storage.sync charges for one item: UTF-8 key plus UTF-8 JSON of the value. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
