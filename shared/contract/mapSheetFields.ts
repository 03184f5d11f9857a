import { z } from 'zod';
import { MAP_AUTHOR_MAX, MAP_DPI_RANGE, MAP_TITLE_MAX, sheetTextProblem } from './mapSheetLimits';
import { isoDateField } from './requestFields';

/** The request fields for a sheet's words and extras (MapSheetChoices), checked against mapSheetLimits. */

const sheetText = (max: number) =>
  z.string().superRefine((text, context) => {
    const problem = sheetTextProblem(text, max);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  });

export const mapSheetFields = {
  grid: z.boolean().optional(),
  underlays: z.boolean().optional(),
  parcels: z.boolean().optional(),
  title: sheetText(MAP_TITLE_MAX).optional(),
  author: sheetText(MAP_AUTHOR_MAX).optional(),
  date: isoDateField.optional(),
  dpi: z.number().int().min(MAP_DPI_RANGE[0]).max(MAP_DPI_RANGE[1]).optional(),
};
