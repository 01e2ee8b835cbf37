/** Messages of the page area (filled in by that area's work). */
export type PageMessages = Record<never, never>;
export const pageValidators = {};
