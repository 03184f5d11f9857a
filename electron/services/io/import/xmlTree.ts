import { RefusedError } from '../../refusals/refusedError';
import { xmlEvents } from './xmlTokens';

/*
 * A whole XML document as a tree of elements, built on the KML reader's tokenizer (xmlTokens), so it
 * inherits its refusals: no DTD, no entity beyond the five XML ones, nothing fetched from outside.
 * Element names lose their namespace prefix.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/**
 * The document's root element.
 *
 * @example
 * xmlTree('<a x="1"><b>hi</b></a>', 'a.xml').children[0]?.text; // 'hi'
 */
export function xmlTree(xml: string, file: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  for (const event of xmlEvents(xml, file)) {
    if (event.kind === 'open') {
      const element: XmlElement = { name: event.name, attributes: event.attributes, children: [], text: '' };
      const parent = stack[stack.length - 1];
      if (parent === undefined) {
        if (root !== null) throw new RefusedError('import.xml.twoRoots', { file });
        root = element;
      } else {
        parent.children.push(element);
      }
      stack.push(element);
    } else if (event.kind === 'close') {
      const element = stack.pop();
      if (element === undefined || element.name !== event.name) throw new RefusedError('import.xml.doesNotClose', { file, tag: event.name });
    } else {
      const top = stack[stack.length - 1];
      if (top !== undefined) top.text += event.text;
    }
  }
  if (stack.length !== 0 || root === null) throw new RefusedError('import.xml.endsInsideTag', { file });
  return root;
}

/** Children of `element` named `name` (case-insensitive). */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => child.name.toLowerCase() === name.toLowerCase());

/** The first child named `name`, or undefined. */
export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element === undefined ? undefined : childrenNamed(element, name)[0];

/** Follows a path of child names: path(land, 'params', 'area', 'value'). */
export function path(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = element;
  for (const name of names) at = child(at, name);
  return at;
}

/** Every descendant named `name`, not descending into elements named in `skip`. */
export function descendants(element: XmlElement, name: string, skip: ReadonlySet<string> = new Set()): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (at: XmlElement): void => {
    for (const next of at.children) {
      const lower = next.name.toLowerCase();
      if (skip.has(lower)) continue;
      if (lower === name.toLowerCase()) found.push(next);
      else walk(next);
    }
  };
  walk(element);
  return found;
}

/** The trimmed text of an element and its descendants. */
export function textOf(element: XmlElement | undefined): string {
  if (element === undefined) return '';
  return [element.text, ...element.children.map(textOf)].join(' ').replace(/\s+/g, ' ').trim();
}
