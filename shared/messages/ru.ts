import type { MessageKey } from './en';
import { cadastreRu } from './cadastreMessages';
import { journalRu } from './journalMessages';
import { failureRu } from './failureMessages';
import { projectFileRu } from './projectFileMessages';
import { menuRu } from './menuMessages';
import { parkRu } from './parkMessages';
import { geometryRu } from './geometryMessages';
import { importRu } from './importMessages';
import { plotRu } from './plotMessages';
import { landTermRu } from './landTermMessages';
import { tableValueRu } from './tableValueMessages';
import { underlayRu } from './underlayMessages';
import { syncRu } from './syncMessages';

/** The same messages in Russian, the interface's default language. */
export const ru: Readonly<Record<MessageKey, string>> = {
  ...failureRu,
  ...tableValueRu,
  ...cadastreRu,
  ...underlayRu,
  ...projectFileRu,
  ...menuRu,
  ...journalRu,
  ...parkRu,
  ...geometryRu,
  ...plotRu,
  ...landTermRu,
  ...importRu,
  ...syncRu,
};
