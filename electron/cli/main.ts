import { ProjectFileError } from '../store/project';
import { UsageError } from './cliError';
import { cliLocale } from './cliLocale';
import type { Locale } from '../../shared/format/locale';
import { formatMessage } from '../../shared/messages/message';
import { NotFoundError } from '../services/refusals/notFoundError';
import { RefusedError } from '../services/refusals/refusedError';

/** A command: its arguments, where its lines go, and the language it words them in. */
type Command = (args: readonly string[], out: (line: string) => void, locale: Locale) => void | Promise<void>;

/*
 * Each command's module is imported when that command runs: `info` need not load pdfkit, resvg or the
 * importers. The usage text names every command, so it loads the export and import modules, only when shown.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  demo: async () => (await import('./commands/demo')).demoCommand,
  new: async () => (await import('./commands/new')).newCommand,
  park: async () => (await import('./commands/park')).parkCommand,
  info: async () => (await import('./commands/info')).infoCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  import: async () => (await import('./commands/import')).importCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  reconcile: async () => (await import('./commands/reconcile')).reconcileCommand,
  underlay: async () => (await import('./commands/underlay')).underlayCommand,
  repair: async () => (await import('./commands/repair')).repairCommand,
  publish: async () => (await import('./commands/publish')).publishCommand,
  clone: async () => (await import('./commands/clone')).cloneCommand,
  sync: async () => (await import('./commands/sync')).syncCommand,
  conflicts: async () => (await import('./commands/conflicts')).conflictsCommand,
  resolve: async () => (await import('./commands/resolve')).resolveCommand,
  log: async () => (await import('./commands/log')).logCommand,
  settings: async () => (await import('./commands/settings')).settingsCommand,
};

async function usage(): Promise<string> {
  const [{ EXPORT_USAGE }, { IMPORT_USAGE }, { RECONCILE_USAGE }, { UNDERLAY_USAGE }, { REPAIR_USAGE }, { PARK_USAGE }, { SYNC_USAGE }, { SETTINGS_USAGE }] = await Promise.all([
    import('./commands/export'),
    import('./commands/import'),
    import('./commands/reconcile'),
    import('./commands/underlay'),
    import('./commands/repair'),
    import('./commands/park'),
    import('./commands/publish'),
    import('./commands/settings'),
  ]);
  return `Usage: parkplan <command> [arguments] [--lang ru]
(messages are in English; --lang ru, or a Russian LANG/LC_ALL, words refusals and import reports in Russian)

Commands:
  new FILE                   write an empty project (no parks) to a new .gpkg file
  demo FILE                  write the illustrative demo project to a new .gpkg file
${PARK_USAGE}
  info FILE [--json]         per park: the land balance's figures (ha; in the park's МСК as the ЕГРН rounds
                             it where the park has one, else geodesic) and the plots reaching outside it
${SETTINGS_USAGE}
${EXPORT_USAGE}
${IMPORT_USAGE}
  report FILE [--park NAME] [--rail-threshold M] [--json]
                             the balance sheet per park: land by status, occupancy, utilities,
                             rail-served plots (within 50 m by default), protection zones, residents;
                             --park takes a name or any unique part of it
${RECONCILE_USAGE}
${UNDERLAY_USAGE}
${REPAIR_USAGE}
${SYNC_USAGE}`;
}

/** Runs one CLI invocation and returns the exit code: 0 done, 1 failed on the data, 2 called wrongly. */
export async function runCli(
  argv: readonly string[],
  out = (line: string) => console.log(line),
  err = (line: string) => console.error(line),
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const { locale, args: rest } = cliLocale(argv, env);
  const [name, ...args] = rest;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(await usage());
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    err(`parkplan: unknown command "${name}"\n\n${await usage()}`);
    return 2;
  }
  try {
    const command = await load();
    await command(args, out, locale);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`parkplan ${name}: ${error.message}\n\n${await usage()}`);
      return 2;
    }
    if (error instanceof RefusedError || error instanceof NotFoundError) {
      err(`parkplan ${name}: ${formatMessage(locale, error)}`);
      return 1;
    }
    if (error instanceof ProjectFileError) {
      err(`parkplan ${name}: ${error.message}`);
      return 1;
    }
    err(`parkplan ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
