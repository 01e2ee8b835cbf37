/** The compiled corpus and synonym map the CLI was built with (the same files the extension bundles). */
import corpusJson from '../../generated/corpus.json';
import synonymsJson from '../../generated/synonyms.json';
import type { Corpus } from '../../utils/corpus/types';
import type { SynonymMap } from '../../utils/matching';

export const corpus = corpusJson as unknown as Corpus;
export const synonyms = synonymsJson as unknown as SynonymMap;

/** What a command returns: the exit code. Output goes to stdout/stderr directly. */
export type Command = (args: string[]) => number | Promise<number>;

export class UsageError extends Error {}
