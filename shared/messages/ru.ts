import type { MessageKey } from './en';
import { cadastreRu } from './cadastreMessages';
import { editLabelRu } from './editLabelMessages';
import { journalRu } from './journalMessages';
import { failureRu } from './failureMessages';
import { projectFileRu } from './projectFileMessages';
import { menuRu } from './menuMessages';
import { parkRu } from './parkMessages';
import { geometryRu } from './geometryMessages';
import { importRu } from './importMessages';
import { importFeatureRu } from './importFeatureMessages';
import { importReportRu } from './importReportMessages';
import { parcelReportRu } from './parcelReportMessages';
import { plotRu } from './plotMessages';
import { landTermRu } from './landTermMessages';
import { tableValueRu } from './tableValueMessages';
import { underlayRu } from './underlayMessages';
import { unreadableRowRu } from './unreadableRowMessages';
import { syncRu } from './syncMessages';

/** The same messages in Russian, the interface's default language. */
export const ru: Readonly<Record<MessageKey, string>> = {
  ...failureRu,
  ...tableValueRu,
  ...cadastreRu,
  ...underlayRu,
  ...projectFileRu,
  ...unreadableRowRu,
  ...menuRu,
  ...journalRu,
  ...editLabelRu,
  ...parkRu,
  ...geometryRu,
  ...plotRu,
  ...landTermRu,
  ...importRu,
  ...importReportRu,
  ...importFeatureRu,
  ...parcelReportRu,
  ...syncRu,
};
