import type { Cell, ExportTable } from './exportTables';
import { xmlText } from './xmlText';
import { zipArchive } from './zipArchive';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const HEADER_STYLE = 1;
const DATE_STYLE = 2;
const DAY_MS = 86_400_000;
const SPREADSHEET_EPOCH = Date.UTC(1899, 11, 30);

/** A spreadsheet date: days since 1899-12-30 (the serial Excel and LibreOffice store), or null for a non-date. */
export function dateSerial(iso: string): number | null {
  const match = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (match === null) return null;
  return (Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - SPREADSHEET_EPOCH) / DAY_MS;
}

function cellXml(cell: Cell, reference: string, style: number, date: boolean): string {
  if (cell === null || cell === '') return '';
  const serial = date && typeof cell === 'string' ? dateSerial(cell) : null;
  if (serial !== null) return `<c r="${reference}" s="${DATE_STYLE}"><v>${serial}</v></c>`;
  const styled = style === 0 ? '' : ` s="${style}"`;
  if (typeof cell === 'number' && Number.isFinite(cell)) return `<c r="${reference}"${styled}><v>${cell}</v></c>`;
  return `<c r="${reference}"${styled} t="inlineStr"><is><t xml:space="preserve">${xmlText(String(cell))}</t></is></c>`;
}

function sheetXml(table: ExportTable): string {
  const titles = table.columns.map((column) => column.title);
  const rows = [titles, ...table.rows].map((row, rowIndex) => {
    const header = rowIndex === 0;
    const cells = row.map((cell, columnIndex) =>
      cellXml(cell, `${columnLetters(columnIndex)}${rowIndex + 1}`, header ? HEADER_STYLE : 0, !header && table.columns[columnIndex]?.date === true),
    );
    return `<row r="${rowIndex + 1}">${cells.join('')}</row>`;
  });
  const widths = table.columns.map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${Math.min(60, Math.max(10, column.title.length + 2))}" customWidth="1"/>`);
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${widths.join('')}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`
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

/**
 * An Office Open XML workbook (.xlsx) with one sheet per table, header row bold and frozen. Text goes in
 * inline strings, so Cyrillic needs no shared-string table; numbers stay numbers.
 *
 * @example
 * xlsxWorkbook(exportTables(snapshot, today)); // a Buffer Excel, LibreOffice and GDAL open
 */
export function xlsxWorkbook(tables: readonly ExportTable[]): Buffer {
  const sheets = tables.map((table, index) => ({ table, id: index + 1 }));
  const sheetList = sheets.map(({ table, id }) => `<sheet name="${xmlText(table.title.slice(0, 31))}" sheetId="${id}" r:id="rId${id}"/>`).join('');
  const sheetRelations = sheets
    .map(({ id }) => `<Relationship Id="rId${id}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${id}.xml"/>`)
    .join('');
  const sheetTypes = sheets
    .map(({ id }) => `<Override PartName="/xl/worksheets/sheet${id}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  return zipArchive([
    {
      name: '[Content_Types].xml',
      data:
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        `${sheetTypes}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: 'xl/workbook.xml', data: `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>${sheetList}</sheets></workbook>` },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheetRelations}` +
        `<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: 'xl/styles.xml', data: STYLES },
    ...sheets.map(({ table, id }) => ({ name: `xl/worksheets/sheet${id}.xml`, data: sheetXml(table) })),
  ]);
}
