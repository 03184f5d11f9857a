import { strToU8, zipSync, type Zippable } from 'fflate';
import { isWritableNumber, type CellValue } from './cell';

/*
 * The one XLSX writer (attribute tables in the renderer, `parkplan export OUT.xlsx` and the export dialog):
 * Office Open XML with inline strings, so Cyrillic needs no shared-string table; numbers stay numbers,
 * NaN an empty cell; ISO dates in date columns become spreadsheet dates. Zipped by fflate (pure, runs in
 * the page under its CSP and in Node).
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxSheet {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rules); longer names are cut, forbidden ones spaced. */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Per column: true where the cells are ISO dates (YYYY-MM-DD), stored as dates. */
  readonly dateColumns?: readonly boolean[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const HEADER_STYLE = 1;
const DATE_STYLE = 2;
const DAY_MS = 86_400_000;
const SPREADSHEET_EPOCH = Date.UTC(1899, 11, 30);
// A fixed stamp keeps the same workbook byte for byte the same (fflate reads it in local time).
const ZIP_TIME = new Date(1980, 0, 1);

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A spreadsheet date: days since 1899-12-30 (the serial Excel and LibreOffice store), or null for a non-date. */
export function dateSerial(iso: string): number | null {
  const match = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (match === null) return null;
  return (Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - SPREADSHEET_EPOCH) / DAY_MS;
}

/** Control codes XML 1.0 forbids (from a paste) would make Excel call the file corrupt; tab and line ends stay. */
// eslint-disable-next-line no-control-regex
const withoutControlCodes = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** Text as XML character data or an attribute value. */
export const xmlEscape = (text: string): string =>
  withoutControlCodes(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function cellXml(value: CellValue, ref: string, style: number, date: boolean): string {
  if (value === null || value === '') return '';
  const serial = date && typeof value === 'string' ? dateSerial(value) : null;
  if (serial !== null) return `<c r="${ref}" s="${DATE_STYLE}"><v>${serial}</v></c>`;
  const styled = style === 0 ? '' : ` s="${style}"`;
  if (typeof value === 'number') return isWritableNumber(value) ? `<c r="${ref}"${styled}><v>${value}</v></c>` : '';
  return `<c r="${ref}"${styled} t="inlineStr"><is><t xml:space="preserve">${xmlEscape(value)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const rows = [sheet.header, ...sheet.rows].map((row, r) => {
    const header = r === 0;
    const cells = row.map((value, c) => cellXml(value, `${columnLetters(c)}${r + 1}`, header ? HEADER_STYLE : 0, !header && sheet.dateColumns?.[c] === true));
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const widths = sheet.header.map((title, c) => {
    const longest = sheet.rows.reduce((most, row) => Math.max(most, String(row[c] ?? '').length), title.length);
    return `<col min="${c + 1}" max="${c + 1}" width="${Math.min(60, Math.max(8, longest + 2))}" customWidth="1"/>`;
  });
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    // The header row stays in view while scrolling.
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    (widths.length === 0 ? '' : `<cols>${widths.join('')}</cols>`) +
    `<sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

// Style 0 is the default, 1 the bold header row, 2 a date (built-in format 14, shown in the reader's locale).
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '</styleSheet>';

const safeSheetName = (name: string): string => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';

/**
 * A workbook with one sheet per entry, header row bold and frozen.
 *
 * @example
 * const bytes = xlsxWorkbook([{ name: 'Участки', header: ['Участок', 'Площадь, га'], rows: [['Р-1', 12.5]] }]);
 * new Blob([bytes], { type: XLSX_MIME });
 */
export function xlsxWorkbook(sheets: readonly XlsxSheet[]): Uint8Array {
  const ids = sheets.map((_, index) => index + 1);
  const sheetList = sheets.map((sheet, index) => `<sheet name="${xmlEscape(safeSheetName(sheet.name))}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('');
  const sheetRelations = ids.map((id) => `<Relationship Id="rId${id}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${id}.xml"/>`).join('');
  const sheetTypes = ids
    .map((id) => `<Override PartName="/xl/worksheets/sheet${id}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        `${sheetTypes}</Types>`,
    ],
    ['_rels/.rels', `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>${sheetList}</sheets></workbook>`],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheetRelations}` +
        `<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
    ...sheets.map((sheet, index): [string, string] => [`xl/worksheets/sheet${index + 1}.xml`, sheetXml(sheet)]),
  ];
  const files: Zippable = {};
  for (const [name, text] of parts) files[name] = strToU8(text);
  return zipSync(files, { level: 6, mtime: ZIP_TIME });
}
