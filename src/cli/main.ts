import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { compareCommand } from './commands/compare';
import { matchCommand } from './commands/match';
import { packCommand } from './commands/pack';
import { CliError } from './errors';

const USAGE = `usage:
  claimlens match <page.html|page.txt> [--corpus DIR]... [--json]
  claimlens compare [--json] < pairs.jsonl
  claimlens pack [--corpus DIR] -o FILE`;

/** The project's seeds/ folder: the default corpus. */
const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');

interface Args { positional: string[]; corpora: string[]; json: boolean; out?: string }

function parseArgs(argv: string[]): Args {
  const a: Args = { positional: [], corpora: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--json') a.json = true;
    else if (x === '--corpus') {
      if (!argv[i + 1]) throw new CliError('--corpus needs a directory');
      a.corpora.push(argv[++i]);
    } else if (x === '-o' || x === '--out') {
      if (!argv[i + 1]) throw new CliError('-o needs a file name');
      a.out = argv[++i];
    } else if (x.startsWith('-')) throw new CliError(`unknown option ${x} (see claimlens --help)`);
    else a.positional.push(x);
  }
  return a;
}

/** Run the command line; returns the exit code. Errors are one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    const args = parseArgs(rest);
    switch (cmd) {
      case 'match':
        if (args.positional.length !== 1) throw new CliError('match needs one page file (see claimlens --help)');
        process.stdout.write((await matchCommand(args.positional[0], args.corpora, args.json, SEEDS)) + '\n');
        return 0;
      case 'compare': {
        const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
        return await compareCommand(lines, args.json, (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
      }
      case 'pack':
        process.stderr.write(packCommand(args.corpora, args.out, SEEDS) + '\n');
        return 0;
      case undefined:
      case '-h':
      case '--help':
        process.stdout.write(USAGE + '\n');
        return cmd ? 0 : 2;
      default:
        throw new CliError(`unknown command "${cmd}" (see claimlens --help)`, 2);
    }
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`claimlens: ${err.message}\n`);
      return err.code;
    }
    process.stderr.write(`claimlens: ${(err as Error).message ?? err}\n`);
    return 1;
  }
}
