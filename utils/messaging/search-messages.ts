/** Messages of the search area (filled in by that area's work). */
export type SearchMessages = Record<never, never>;
export const searchValidators = {};
