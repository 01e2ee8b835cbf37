export * from './protocol';
export { send, VerbatimError } from './client';
export { createRouter, type Handlers, type SenderInfo } from './router';
import { coreValidators } from './core-messages';
import { pageValidators } from './page-messages';
import { searchValidators } from './search-messages';
import { collectionValidators } from './collection-messages';
import type { Validators } from './protocol';

export const validators: Validators = { ...coreValidators, ...pageValidators, ...searchValidators, ...collectionValidators };
