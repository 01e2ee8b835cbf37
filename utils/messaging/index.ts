export * from './protocol';
export { send, VerbatimError } from './client';
export { createRouter, type Handlers, type SenderInfo, type RouterOptions } from './router';
import { coreValidators } from './core-messages';
import { pageValidators } from './page-messages';
import { searchValidators } from './search-messages';
import { collectionValidators } from './collection-messages';
import type { Validators } from './protocol';

export const validators: Validators = { ...coreValidators, ...pageValidators, ...searchValidators, ...collectionValidators };

/** Requests a content script may send from inside a web page (see RouterOptions.contentScriptRequests). */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<import('./protocol').RequestName> = new Set([
  'corpus:status',
  'page:check',
  'page:clear',
  'page:mentions',
  'page:problem',
  'page:ui-css',
  'page:open-report',
  'page:open-reader',
  'entity:details',
  'topic:details',
  'statement:context',
  'quote:check-selection',
  'collection:save',
] as const);
