/** Background handlers of the page area (see utils/messaging/page-messages.ts). */
import type { PageMessages } from '@/utils/messaging/page-messages';
import type { AreaHandlers } from './core';

export const pageHandlers: AreaHandlers<PageMessages> = {};

/** Called once when the background starts (listeners, context menus, alarms of this area). */
export function startPageArea(): void {}
