import type { Locale } from '../../shared/format/locale';

/**
 * The language the CLI words its messages in: English unless `--lang ru` is given, or the locale
 * (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them) is a Russian one. `--lang` is taken out
 * of the arguments so the commands never see it.
 *
 * @example
 * cliLocale(['import', 'a.gpkg', '--lang', 'ru'], {}); // { locale: 'ru', args: ['import', 'a.gpkg'] }
 */
export function cliLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { locale: Locale; args: string[] } {
  const args: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') {
      chosen = argv[i + 1];
      i++;
    } else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
    else args.push(arg);
  }
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const wanted = (chosen ?? fromEnv).toLowerCase();
  return { locale: wanted.startsWith('ru') ? 'ru' : 'en', args };
}
