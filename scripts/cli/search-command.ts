import { UsageError, type Command } from './compiled';

/** `verbatim search "<query>" [--speaker NAME] [--document ID] [--topic ID] [--limit N] [--json]` (popup/search work). */
export const searchCommand: Command = () => {
  throw new UsageError('search is not available yet');
};
