import { ProjectFileError } from '../store/project';
import { UsageError } from './cliError';
import { demoCommand } from './commands/demo';
import { EXPORT_USAGE, exportCommand } from './commands/export';
import { IMPORT_USAGE, importCommand } from './commands/import';
import { infoCommand } from './commands/info';
import { reportCommand } from './commands/report';

const USAGE = `Usage: parkplan <command> [arguments]

Commands:
  demo FILE                  write the illustrative demo project to a new .gpkg file
  info FILE [--json]         per park: boundary area, plots, allocated and free land (ha, geodesic)
${EXPORT_USAGE}
${IMPORT_USAGE}
  report FILE [--park NAME] [--rail-threshold M] [--json]
                             the balance sheet per park: land by status, occupancy, utilities,
                             rail-served plots (within 50 m by default), protection zones, residents;
                             --park takes a name or any unique part of it`;

const COMMANDS: Readonly<Record<string, (args: readonly string[], out: (line: string) => void) => void | Promise<void>>> = {
  demo: demoCommand,
  info: infoCommand,
  export: exportCommand,
  import: importCommand,
  report: reportCommand,
};

/** Runs one CLI invocation and returns the exit code: 0 done, 1 failed on the data, 2 called wrongly. */
export async function runCli(
  argv: readonly string[],
  out = (line: string) => console.log(line),
  err = (line: string) => console.error(line),
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    err(`parkplan: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    await command(args, out);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`parkplan ${name}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ProjectFileError) {
      err(`parkplan ${name}: ${error.message}`);
      return 1;
    }
    err(`parkplan ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
