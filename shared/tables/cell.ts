/** A cell of an exported table: text, a number a spreadsheet can sum, or empty. */
export type CellValue = string | number | null;

/**
 * A number a reader can take as one: NaN and ±Infinity have no spelling Excel, LibreOffice or GDAL
 * agree on, so every writer leaves such a cell empty.
 */
export const isWritableNumber = (value: number): boolean => Number.isFinite(value);
