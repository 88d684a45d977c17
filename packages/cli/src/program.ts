import { Command, CommanderError } from 'commander';
import { runCatalog } from './commands/catalog.js';
import { runValidate } from './commands/validate.js';
import { QualcatCliError } from './errors.js';
import type { CliIO } from './io.js';
import { VERSION } from './version.js';

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('qualcat')
    .description('qualcat — check assessment plans and certificates against the 2020 skill-qualification exit policy (人社厅发〔2020〕80号 and provincial rules)')
    .version(VERSION)
    .option('--debug', 'show stack traces of unexpected errors')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('catalog')
    .description('print the active catalog (the 76-group table of 人社厅发〔2020〕80号)')
    .option('--format <format>', 'table or json (JSON conforms to the catalog schema)', 'table')
    .option('--batch <batch>', 'only batch 1, 2 or access')
    .option('--query <name>', 'only occupations whose name contains NAME')
    .option('--summary', 'only the counts per batch')
    .action((opts: { format: string; batch?: string; query?: string; summary?: boolean }) => {
      setExit(runCatalog(io, opts));
    });

  program
    .command('validate')
    .description('check plan files (*.plan.json, *.plan.yaml) against the national and provincial rules')
    .argument('<paths...>', 'files, folders (searched for *.plan.json|yaml) or globs')
    .option('--config <file>', 'qualcat.config.json to use (default: the nearest one above each file)')
    .option('--as-of <date>', 'the date rules that depend on “today” use (YYYY-MM-DD)')
    .option('--locale <locale>', 'message language: zh-CN or en')
    .option('--format <format>', 'stylish or json', 'stylish')
    .option('--allow-external-plugins', 'let the config load plugin code from outside its folder')
    .option('--no-color', 'no colours in the output')
    .action(async (paths: string[], opts: { config?: string; asOf?: string; locale?: string; format: string; color: boolean; allowExternalPlugins?: boolean }) => {
      const color = opts.color && io.isTTY && !io.env.NO_COLOR;
      setExit(await runValidate(io, paths, { ...opts, color }));
    });

  return program;
}

/** Runs the CLI; never throws, returns the exit code (0 ok, 1 findings, 2 usage/config/I-O). */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (c) => (exitCode = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; usage mistakes 2
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof QualcatCliError) {
      io.stderr(`qualcat: ${error.message} [${error.code}]\n`);
      return error.exitCode;
    }
    const debug = argv.includes('--debug');
    io.stderr(`qualcat: unexpected error: ${(error as Error)?.message ?? String(error)} [QC_INTERNAL]\n`);
    if (debug) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
    else io.stderr('Run again with --debug for details, and report it with the input that caused it.\n');
    return 2;
  }
}
