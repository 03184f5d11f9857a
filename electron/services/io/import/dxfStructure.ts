import { RefusedError } from '../../refusals/refusedError';

/*
 * A check of a DXF's frame before the DXF library parses it: every group code a whole number, every
 * SECTION closed by ENDSEC, the file ended by EOF. The library stops at the first of these with an error
 * that names neither the file nor the place; a planner is told instead which file is damaged or truncated,
 * and nothing is read from it. The header's $INSUNITS comes out of the same pass.
 */

export interface DxfFrame {
  /** $INSUNITS (0, unitless, when the header does not say). */
  readonly unitsCode: number;
}

/**
 * Checks the drawing's frame; refuses a damaged or truncated one naming the line or section.
 *
 * @example
 * checkDxfFrame(text, 'genplan.dxf').unitsCode; // 6 for a drawing in metres
 */
export function checkDxfFrame(text: string, file: string): DxfFrame {
  const lines = text.split(/\r\n|\r|\n/);
  let unitsCode = 0;
  let section: string | null = null;
  let sectionStart = -1;
  let previous = { code: Number.NaN, value: '' };
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const codeText = (lines[i] ?? '').trim();
    const code = Number(codeText);
    if (codeText === '' || !Number.isInteger(code)) throw new RefusedError('import.dxf.badGroupCode', { file, line: i + 1, text: codeText.slice(0, 40) });
    const value = (lines[i + 1] ?? '').trim();
    if (code === 0 && value === 'EOF' && section === null) return { unitsCode };
    if (section === null) {
      if (code === 2 && previous.code === 0 && previous.value === 'SECTION') {
        section = value;
        sectionStart = i;
      }
    } else if (code === 0 && value === 'ENDSEC') {
      section = null;
    } else if (section === 'HEADER' && previous.code === 9 && previous.value === '$INSUNITS') {
      unitsCode = Number(value);
    }
    previous = { code, value };
  }
  if (section !== null && sectionStart >= 0) throw new RefusedError('import.dxf.sectionNeverEnds', { file, section });
  throw new RefusedError('import.dxf.noEof', { file });
}
