/*
 * The text of a DXF: before AutoCAD 2007 ($ACADVER below AC1021) a drawing is written in the ANSI code
 * page its $DWGCODEPAGE names (Russian drawings: ANSI_1251), from 2007 on in UTF-8; in either, a
 * character the code page lacks is written as \U+XXXX (AutoCAD) and \M+nXXXX (old multibyte), which we
 * turn back into the character. The DXF library reads strings, so the bytes are decoded here first.
 */

/** $DWGCODEPAGE values → TextDecoder labels. ANSI_932 and the other CJK pages are left to UTF-8. */
const CODE_PAGES: Readonly<Record<string, string>> = {
  ANSI_874: 'windows-874',
  ANSI_1250: 'windows-1250',
  ANSI_1251: 'windows-1251',
  ANSI_1252: 'windows-1252',
  ANSI_1253: 'windows-1253',
  ANSI_1254: 'windows-1254',
  ANSI_1255: 'windows-1255',
  ANSI_1256: 'windows-1256',
  ANSI_1257: 'windows-1257',
  ANSI_1258: 'windows-1258',
  DOS866: 'ibm866',
};

/** A header variable's value (the group after `9 $NAME`), read from the bytes as Latin-1 before decoding. */
function headerValue(lines: readonly string[], name: string): string | null {
  for (let i = 0; i + 3 < lines.length; i++) {
    if (lines[i]?.trim() === '9' && lines[i + 1]?.trim() === name) return lines[i + 3]?.trim() ?? null;
  }
  return null;
}

export interface DxfText {
  readonly text: string;
  /** The TextDecoder label used. */
  readonly encoding: string;
  /** Why: «$DWGCODEPAGE ANSI_1251», «$ACADVER AC1032 (UTF-8)», or «no $DWGCODEPAGE». */
  readonly because: string;
}

/**
 * The drawing's text in the encoding its header says.
 *
 * @example
 * decodeDxf(readFileSync('kpt.dxf')).encoding; // 'windows-1251' for a drawing saved with ANSI_1251
 */
export function decodeDxf(bytes: Uint8Array): DxfText {
  // The header sits at the start; its names and values are ASCII in every code page.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024)).split(/\r\n|\r|\n/);
  const version = headerValue(head, '$ACADVER');
  const versionNumber = version === null ? Number.NaN : Number(version.replace(/^AC/i, ''));
  if (versionNumber >= 1021) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', because: `$ACADVER ${version ?? ''}` };
  const page = headerValue(head, '$DWGCODEPAGE');
  const label = page === null ? undefined : CODE_PAGES[page.toUpperCase()];
  if (label !== undefined) return { text: new TextDecoder(label).decode(bytes), encoding: label, because: `$DWGCODEPAGE ${page ?? ''}` };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', because: page === null ? 'no $DWGCODEPAGE' : `$DWGCODEPAGE ${page}` };
}

/**
 * \U+XXXX escapes as the characters they stand for.
 *
 * @example
 * dxfUnicode('9600 м\\U+00B2'); // '9600 м²'
 */
export function dxfUnicode(value: string): string {
  return value.includes('\\U+') || value.includes('\\u+') ? value.replace(/\\[Uu]\+([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : value;
}
