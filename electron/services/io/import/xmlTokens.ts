import { RefusedError } from '../../refusals/refusedError';
import { message, type Message } from '../../../../shared/messages/message';

/*
 * A small XML reader for KML. It never expands entities beyond the five XML ones and numeric
 * references, and it refuses any document type declaration outright: a DTD is how "billion laughs"
 * and external-entity attacks arrive, and KML never needs one. Our own rather than an XML library for
 * that reason: refusal by construction, not by a parser option someone may turn back on.
 */

export type XmlEvent =
  | { readonly kind: 'open'; readonly name: string; readonly attributes: Readonly<Record<string, string>>; readonly selfClosing: boolean }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces the predefined entities and character references; any other entity is an error. */
export function decodeEntities(text: string, where: () => Message): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const named = NAMED[ref];
    if (named === undefined) throw new RefusedError('import.xml.unknownEntity', { where: where(), entity: ref });
    return named;
  });
}

/** Drops a namespace prefix: kml:Placemark → Placemark. */
const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * The events of an XML document, in order.
 *
 * @example
 * [...xmlEvents('<a x="1">hi</a>')]; // open a {x: '1'}, text 'hi', close a
 */
export function* xmlEvents(xml: string, file: string): Generator<XmlEvent> {
  let at = 0;
  const lineAt = (offset: number): Message => message('import.xml.where', { file, line: xml.slice(0, offset).split('\n').length });
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      const rest = xml.slice(at);
      if (rest.trim() !== '') yield { kind: 'text', text: decodeEntities(rest, () => lineAt(at)) };
      return;
    }
    if (lt > at) yield { kind: 'text', text: decodeEntities(xml.slice(at, lt), () => lineAt(at)) };
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) throw new RefusedError('import.xml.commentOpen', { where: lineAt(lt) });
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw new RefusedError('import.xml.cdataOpen', { where: lineAt(lt) });
      yield { kind: 'text', text: xml.slice(lt + 9, end) };
      at = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      throw new RefusedError('import.xml.doctype', { where: lineAt(lt) });
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw new RefusedError('import.xml.instructionOpen', { where: lineAt(lt) });
      at = end + 2;
    } else {
      const end = xml.indexOf('>', lt + 1);
      if (end < 0) throw new RefusedError('import.xml.tagOpen', { where: lineAt(lt) });
      const body = xml.slice(lt + 1, end);
      at = end + 1;
      if (body.startsWith('/')) {
        yield { kind: 'close', name: localName(body.slice(1).trim()) };
        continue;
      }
      const selfClosing = body.endsWith('/');
      const inner = selfClosing ? body.slice(0, -1) : body;
      const name = inner.match(/^[^\s/]+/)?.[0];
      if (name === undefined) throw new RefusedError('import.xml.tagNoName', { where: lineAt(lt) });
      const attributes: Record<string, string> = {};
      for (const match of inner.slice(name.length).matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attributes[localName(match[1] ?? '')] = decodeEntities(match[2] ?? match[3] ?? '', () => lineAt(lt));
      }
      yield { kind: 'open', name: localName(name), attributes, selfClosing };
      if (selfClosing) yield { kind: 'close', name: localName(name) };
    }
  }
}
