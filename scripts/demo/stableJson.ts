/**
 * JSON for a committed data file: two-space indentation, keys in the order the objects were built, every
 * number as JavaScript's shortest round-trip form (full double precision, never rounded), and arrays of
 * plain numbers such as [lon, lat] kept on one line so that a diff shows moved vertices, not moved commas.
 *
 * @example
 * stableJson({ a: [[39.6, 54.7]] }); // '{\n  "a": [\n    [39.6, 54.7]\n  ]\n}\n'
 */
export function stableJson(value: unknown): string {
  return `${write(value, '')}\n`;
}

function write(value: unknown, indent: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return JSON.stringify(value);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((item) => typeof item === 'number')) return `[${value.map((item) => write(item, inner)).join(', ')}]`;
    return `[\n${value.map((item) => `${inner}${write(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${write(item, inner)}`).join(',\n')}\n${indent}}`;
  }
  throw new Error(`cannot write ${typeof value} as JSON`);
}
