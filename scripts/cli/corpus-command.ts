import { corpus, type Command } from './compiled';

/** `verbatim corpus [--json]`: counts of the compiled corpus, or the whole of it as JSON. */
export const corpusCommand: Command = (args) => {
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(corpus)}\n`);
    return 0;
  }
  const rows: Array<[string, number]> = [
    ['documents', corpus.documents.length],
    ['speakers', corpus.speakers.length],
    ['statements', corpus.statements.length],
    ['entities', corpus.entities.length],
    ['topics', corpus.topics.length],
  ];
  console.log(`Verbatim corpus ${corpus.version} (${corpus.source.file}, ${corpus.source.publisher}, ${corpus.source.dateline})`);
  for (const [name, count] of rows) console.log(`  ${name.padEnd(11)} ${count}`);
  return 0;
};
