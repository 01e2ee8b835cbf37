/** Background handlers of the collection area (see utils/messaging/collection-messages.ts). */
import type { CollectionMessages } from '@/utils/messaging/collection-messages';
import type { AreaHandlers } from './core';

export const collectionHandlers: AreaHandlers<CollectionMessages> = {
  'collection:save': () => {
    throw new Error('Saving quotes is not available yet.');
  },
};

/** Called once when the background starts (listeners, alarms of this area). */
export function startCollectionArea(): void {}
