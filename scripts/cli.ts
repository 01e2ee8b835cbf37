/**
 * The `verbatim` command line (bundled into dist/verbatim.mjs by scripts/build-cli.ts).
 * It reads the same compiled corpus as the extension: generated/corpus.json, bundled at build time.
 */
import corpusJson from '../generated/corpus.json';
import type { Corpus } from '../utils/corpus/types';

const corpus = corpusJson as unknown as Corpus;

const USAGE = `Usage: verbatim <command> [options]

Commands:
  corpus           print counts of the compiled corpus
  corpus --json    print the compiled corpus as JSON`;

function corpusCommand(args: string[]): number {
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(corpus)}\n`);
    return 0;
  }
  const rows: [string, number][] = [
    ['documents', corpus.documents.length],
    ['speakers', corpus.speakers.length],
    ['statements', corpus.statements.length],
    ['entities', corpus.entities.length],
    ['topics', corpus.topics.length],
  ];
  console.log(`corpus ${corpus.version} (${corpus.source.file})`);
  for (const [name, count] of rows) console.log(`  ${name.padEnd(11)} ${count}`);
  return 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'corpus') return corpusCommand(rest);
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  console.error(command ? `verbatim: unknown command "${command}"\n\n${USAGE}` : USAGE);
  return 2;
}

// `verbatim corpus --json | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
