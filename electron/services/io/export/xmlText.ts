/** Characters XML 1.0 cannot carry at all, even escaped (C0 controls other than tab, LF, CR; lone surrogates, U+FFFE/F). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe inside an XML element or a quoted attribute: markup characters escaped, characters XML cannot
 * hold dropped (a stray control character from an imported file must not make the whole file unreadable).
 *
 * @example
 * xmlText('ООО «Рога & Копыта» <ТД>'); // 'ООО «Рога &amp; Копыта» &lt;ТД&gt;'
 */
export function xmlText(value: string | number | null): string {
  if (value === null) return '';
  return String(value)
    .replace(FORBIDDEN, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
