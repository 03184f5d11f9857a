import { cadastreEn } from './cadastreMessages';
import { editLabelEn } from './editLabelMessages';
import { journalEn } from './journalMessages';
import { failureEn } from './failureMessages';
import { projectFileEn } from './projectFileMessages';
import { menuEn } from './menuMessages';
import { parkEn } from './parkMessages';
import { geometryEn } from './geometryMessages';
import { importEn } from './importMessages';
import { importFeatureEn } from './importFeatureMessages';
import { importReportEn } from './importReportMessages';
import { parcelReportEn } from './parcelReportMessages';
import { plotEn } from './plotMessages';
import { landTermEn } from './landTermMessages';
import { tableValueEn } from './tableValueMessages';
import { underlayEn } from './underlayMessages';
import { unreadableRowEn } from './unreadableRowMessages';
import { syncEn } from './syncMessages';

/*
 * Every message that crosses the process boundary or reaches the CLI: a key and a text with {{name}}
 * parameters. The Node side says the key and the parameters; the renderer and the CLI word it in the
 * planner's language. Each area keeps its texts in a file of its own (`<area>Messages.ts`, English and
 * Russian side by side, the Russian typed by the English keys so a missing text is a compile error),
 * joined here and in ru.ts.
 */
export const en = {
  ...failureEn,
  ...tableValueEn,
  ...cadastreEn,
  ...underlayEn,
  ...projectFileEn,
  ...unreadableRowEn,
  ...menuEn,
  ...journalEn,
  ...editLabelEn,
  ...parkEn,
  ...geometryEn,
  ...plotEn,
  ...landTermEn,
  ...importEn,
  ...importReportEn,
  ...importFeatureEn,
  ...parcelReportEn,
  ...syncEn,
} as const satisfies Readonly<Record<string, string>>;

export type MessageKey = keyof typeof en;
