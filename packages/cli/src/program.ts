import { Command, CommanderError } from 'commander';
import { runValidate } from './commands/validate.js';
import { registerAudit } from './commands/audit.js';
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
    .action(async (opts: { format: string; batch?: string; query?: string; summary?: boolean }) => {
      // Commands other than validate are loaded when run (the table renderer's string-width is 15 ms of start-up).
      const { runCatalog } = await import('./commands/catalog.js');
      setExit(runCatalog(io, opts));
    });

  program
    .command('validate')
    .description('check plan files (*.plan.json, *.plan.yaml) against the national and provincial rules')
    .argument('<paths...>', 'files, folders (searched for *.plan.json|yaml) or globs')
    .option('--config <file>', 'qualcat.config.json to use (default: the nearest one above each file)')
    .option('--as-of <date>', 'the date rules that depend on “today” use (YYYY-MM-DD)')
    .option('--locale <locale>', 'message language: zh-CN or en')
    .option('--format <format>', 'stylish, json or sarif', 'stylish')
    .option('--fix', 'apply the safe fixes rules offer (atomic writes; a file changed meanwhile is left alone)')
    .option('--fix-dry-run', 'print the fixes as a diff, write nothing')
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings')
    .option('--quiet', 'report errors only')
    .option('--allow-external-plugins', 'let the config load plugin code from outside its folder')
    .option('--no-color', 'no colours in the output')
    .action(async (paths: string[], opts: { config?: string; asOf?: string; locale?: string; format: string; color: boolean; allowExternalPlugins?: boolean; fix?: boolean; fixDryRun?: boolean; maxWarnings?: string; quiet?: boolean }) => {
      const color = opts.color && io.isTTY && !io.env.NO_COLOR;
      setExit(await runValidate(io, paths, { ...opts, color }));
    });

  program
    .command('rules')
    .description('the effective rule set after plugins: severity, options and provenance')
    .option('--config <file>', 'qualcat.config.json to use (default: the nearest one)')
    .option('--region <code>', 'the rules in force for documents of this region (default: every plugin)')
    .option('--locale <locale>', 'zh-CN or en')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { config?: string; region?: string; locale?: string; format: string }) => {
      const { runRules } = await import('./commands/rules.js');
      setExit(await runRules(io, opts));
    });

  program
    .command('explain')
    .description("a rule's doc, its source sentence and its options")
    .argument('<ruleId>', 'e.g. zhejiang/make-up-window')
    .option('--config <file>', 'qualcat.config.json to use (default: the nearest one)')
    .option('--locale <locale>', 'zh-CN or en')
    .action(async (ruleId: string, opts: { config?: string; locale?: string }) => {
      const { runExplain } = await import('./commands/rules.js');
      setExit(await runExplain(io, ruleId, opts));
    });

  program
    .command('init')
    .description('write a qualcat.config.json for a province and an example plan')
    .option('--province <name>', 'zhejiang or national', 'zhejiang')
    .option('--dir <dir>', 'where to write', '.')
    .option('--force', 'replace existing files')
    .action(async (opts: { province: string; dir: string; force?: boolean }) => {
      const { runInit } = await import('./commands/init.js');
      setExit(await runInit(io, opts));
    });

  registerAudit(program, io, setExit);
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
