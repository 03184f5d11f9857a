import type { MessageKey } from './en';
import { cadastreRu } from './cadastreMessages';
import { failureRu } from './failureMessages';
import { geometryRu } from './geometryMessages';
import { importRu } from './importMessages';
import { plotRu } from './plotMessages';
import { tableValueRu } from './tableValueMessages';

/** The same messages in Russian, the interface's default language. */
export const ru: Readonly<Record<MessageKey, string>> = {
  ...failureRu,
  ...tableValueRu,
  ...cadastreRu,
  ...geometryRu,
  ...plotRu,
  ...importRu,
};
