/**
 * The `verbatim` command line (bundled into dist/verbatim.mjs by scripts/build-cli.ts).
 * It uses the same compiled corpus and the same engine as the extension.
 */
import { UsageError, type Command } from './cli/compiled';
import { corpusCommand } from './cli/corpus-command';
import { checkCommand } from './cli/check-command';
import { searchCommand } from './cli/search-command';

const USAGE = `Usage: verbatim <command> [options]

Commands:
  corpus [--json]                       counts of the compiled corpus, or the whole corpus as JSON
  check <file.html|file.txt|-> [--json] check every quotation in an article against the transcripts
  search "<query>" [--speaker NAME] [--document ID] [--topic ID] [--limit N] [--json]
                                        search the statements as the popup does`;

const COMMANDS: Record<string, Command> = { corpus: corpusCommand, check: checkCommand, search: searchCommand };

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  const run = command ? COMMANDS[command] : undefined;
  if (!run) {
    console.error(command ? `verbatim: unknown command "${command}"\n\n${USAGE}` : USAGE);
    return 2;
  }
  try {
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`verbatim ${command}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

// `verbatim corpus --json | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`verbatim: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
