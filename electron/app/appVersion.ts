import { readFileSync } from 'node:fs';

/** The version in package.json, read once; the packaged app ships package.json beside its code. */
export const APP_VERSION: string = readVersion();

function readVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string') return parsed.version;
  } catch {
    // The bundled main process may sit elsewhere; the version is informative only.
  }
  return '0.0.0';
}
