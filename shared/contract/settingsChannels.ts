import { z } from 'zod';
import type { ProjectSettings } from '../domain/projectSettings';
import { MAP_AUTHOR_MAX, sheetTextProblem } from './mapSheetLimits';

/** A change to the project's settings: a field left out stays, an empty «Составил» clears it. */
export interface SettingsUpdateRequest {
  readonly preparedBy?: string;
}

/** The project's settings (issue 11), merged into ChannelMap by channels.ts. */
export interface SettingsChannelMap {
  'settings:get': [Record<string, never>, ProjectSettings];
  'settings:update': [SettingsUpdateRequest, ProjectSettings];
}

// «Составил» goes on every sheet of the committee pack: the same limits as the export dialog's author.
const preparedBy = z.string().superRefine((text, context) => {
  const problem = sheetTextProblem(text, MAP_AUTHOR_MAX);
  if (problem !== null) context.addIssue({ code: 'custom', message: problem });
});

export const settingsRequestSchemas = {
  'settings:get': z.object({}).strict(),
  'settings:update': z.object({ preparedBy: preparedBy.optional() }).strict(),
} as const satisfies { readonly [C in keyof SettingsChannelMap]: z.ZodType<SettingsChannelMap[C][0], unknown> };
