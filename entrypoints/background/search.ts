/** Background handlers of the search area (see utils/messaging/search-messages.ts). */
import type { SearchMessages } from '@/utils/messaging/search-messages';
import type { AreaHandlers } from './core';

export const searchHandlers: AreaHandlers<SearchMessages> = {};

/** Called once when the background starts (listeners, context menus, alarms of this area). */
export function startSearchArea(): void {}
