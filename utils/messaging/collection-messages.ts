/** Messages of the collection area (filled in by that area's work). */
export type CollectionMessages = Record<never, never>;
export const collectionValidators = {};
