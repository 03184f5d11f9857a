import { fileURLToPath } from 'node:url';

/**
 * The path of a file under assets/. This module sits two folders below the project root both as source
 * (electron/app/) and as the bundled main process (out/main/), so one relative URL serves both.
 */
export const assetPath = (relative: string): string => fileURLToPath(new URL(`../../assets/${relative}`, import.meta.url));
