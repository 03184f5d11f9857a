import { parseArgs } from 'node:util';
import { GEOREF_TRANSFORMS, type ControlPoint, type GeorefTransformKind } from '../../../shared/domain/underlay';
import { formatMessage } from '../../../shared/messages/message';
import type { GeorefFit } from '../../../shared/underlay/georefTransform';
import { RefusedError } from '../../services/refusals/refusedError';
import { addScan } from '../../services/underlays/scanUnderlay';
import { addUnderlayFile, underlayNamed } from '../../services/underlays/underlayFiles';
import { createUnderlayTiles } from '../../services/underlays/underlayTiles';
import { listUnderlayViews } from '../../services/underlays/underlayViews';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';

export const UNDERLAY_USAGE = `  underlay add FILE INPUT [--name N] [--opacity 0.6] [--crs CRS]
                             draw a PMTiles or MBTiles basemap or a GeoTIFF (any CRS; --crs when the file
                             does not say its own) under the plan; the file stays where it is
  underlay list FILE [--json]
                             the underlays in drawing order, each with whether its file can be drawn
  underlay remove FILE --name N
  underlay georef FILE IMAGE --gcp "px,py,X,Y" … --crs MSK-62-1 [--transform helmert|affine|projective]
                             [--name N] [--opacity 0.7]
                             place a scanned plan (PNG, JPEG, TIFF) by control points (image column and
                             row, X north and Y east in metres); prints each point's residual and the RMS
                             in metres; the image goes inside the project file`;

function parseOpacity(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--opacity takes a number from 0 to 1, got "${text}"`);
  return value;
}

function parseControlPoint(text: string): ControlPoint {
  const parts = text.split(',').map((part) => part.trim());
  const values = parts.map(Number);
  if (parts.length !== 4 || parts.some((part) => part === '') || !values.every(Number.isFinite)) {
    throw new RefusedError('underlay.georef.badPoint', { text });
  }
  const [px = 0, py = 0, x = 0, y = 0] = values;
  return { px, py, x, y };
}

function residualLines(points: readonly ControlPoint[], fit: GeorefFit, crs: string): string[] {
  const lines = [`${fit.kind} through ${points.length} control points in ${crs}; residuals in metres (fitted minus given):`];
  lines.push(`  ${'#'.padEnd(4)}${'px'.padStart(9)}${'py'.padStart(9)}${'X'.padStart(14)}${'Y'.padStart(14)}${'dX'.padStart(9)}${'dY'.padStart(9)}${'|d|'.padStart(9)}`);
  points.forEach((point, i) => {
    const r = fit.residuals[i];
    if (r === undefined) return;
    lines.push(`  ${String(i + 1).padEnd(4)}${point.px.toFixed(1).padStart(9)}${point.py.toFixed(1).padStart(9)}${point.x.toFixed(2).padStart(14)}${point.y.toFixed(2).padStart(14)}` +
      `${r.dx.toFixed(3).padStart(9)}${r.dy.toFixed(3).padStart(9)}${r.distance.toFixed(3).padStart(9)}`);
  });
  lines.push(`RMS ${fit.rms.toFixed(3)} m`);
  return lines;
}

async function add(args: readonly string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...args], options: { name: { type: 'string' }, opacity: { type: 'string' }, crs: { type: 'string' } }, allowPositionals: true });
  const [file, input] = positionals;
  if (file === undefined || input === undefined || positionals.length > 2) throw new UsageError('underlay add takes the project file and the basemap or GeoTIFF file');
  const store = openExisting(file, false);
  try {
    const underlay = await addUnderlayFile(store, { input, ...(values.name === undefined ? {} : { name: values.name }), ...(values.opacity === undefined ? {} : { opacity: parseOpacity(values.opacity) ?? 1 }), crs: values.crs ?? null });
    out(`Added underlay «${underlay.name}» (${underlay.kind}, opacity ${underlay.opacity}) from ${underlay.path}`);
  } finally {
    store.close();
  }
}

async function list(args: readonly string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, allowPositionals: true });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('underlay list takes one project file');
  const store = openExisting(file);
  const tiles = createUnderlayTiles(store);
  try {
    const views = await listUnderlayViews(store.underlays.list(), tiles);
    if (values.json === true) {
      out(JSON.stringify({ file, underlays: views.map((view) => (view.status.state === 'unavailable' ? { ...view, problem: formatMessage('en', view.status.problem) } : view)) }, null, 2));
      return;
    }
    if (views.length === 0) out('(no underlays)');
    for (const view of views) {
      const shown = `${view.visible ? 'shown' : 'hidden'}, opacity ${view.opacity}`;
      const state = view.status.state === 'unavailable' ? `NOT DRAWN: ${formatMessage('en', view.status.problem)}`
        : view.status.state === 'scan' ? (view.status.rms === null ? 'not placed yet' : `placed, RMS ${view.status.rms.toFixed(3)} m`)
        : `zoom ${view.status.minZoom}–${view.status.maxZoom}`;
      out(`${String(view.drawOrder).padStart(3)}  «${view.name}»  ${view.kind}  ${shown}  ${view.path === '' ? '(inside the project)' : view.path}  ${state}`);
    }
  } finally {
    await tiles.closeAll();
    store.close();
  }
}

function remove(args: readonly string[], out: (line: string) => void): void {
  const { values, positionals } = parseArgs({ args: [...args], options: { name: { type: 'string' } }, allowPositionals: true });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1 || values.name === undefined) throw new UsageError('underlay remove takes the project file and --name');
  const store = openExisting(file, false);
  try {
    const underlay = underlayNamed(store, values.name);
    store.transaction(() => store.underlays.remove(underlay.id));
    out(`Removed underlay «${underlay.name}»${underlay.path === '' ? '' : ` (the file ${underlay.path} is left as it is)`}`);
  } finally {
    store.close();
  }
}

async function georef(args: readonly string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { gcp: { type: 'string', multiple: true }, crs: { type: 'string' }, transform: { type: 'string' }, name: { type: 'string' }, opacity: { type: 'string' } },
    allowPositionals: true,
  });
  const [file, image] = positionals;
  if (file === undefined || image === undefined || positionals.length > 2) throw new UsageError('underlay georef takes the project file and the scanned image');
  if (values.crs === undefined) throw new UsageError('underlay georef needs --crs (the CRS of the control points, e.g. MSK-62-1)');
  const transform = (values.transform ?? 'affine') as GeorefTransformKind;
  if (!GEOREF_TRANSFORMS.includes(transform)) throw new UsageError(`--transform is one of ${GEOREF_TRANSFORMS.join(', ')}, got "${values.transform}"`);
  const controlPoints = (values.gcp ?? []).map(parseControlPoint);
  const store = openExisting(file, false);
  try {
    const opacity = parseOpacity(values.opacity);
    const { underlay, fit } = await addScan(store, { image, crs: values.crs, transform, controlPoints, ...(values.name === undefined ? {} : { name: values.name }), ...(opacity === undefined ? {} : { opacity }) });
    out(`Added scan «${underlay.name}» (${underlay.georeference?.imageWidth}×${underlay.georeference?.imageHeight} px) inside the project`);
    for (const line of residualLines(controlPoints, fit, values.crs)) out(line);
  } finally {
    store.close();
  }
}

const SUBCOMMANDS: Readonly<Record<string, (args: readonly string[], out: (line: string) => void) => void | Promise<void>>> = { add, list, remove, georef };

/** `parkplan underlay add|list|remove|georef …`. */
export async function underlayCommand(args: readonly string[], out: (line: string) => void): Promise<void> {
  const [sub, ...rest] = args;
  const run = sub !== undefined && Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (run === undefined) throw new UsageError(`underlay takes add, list, remove or georef${sub === undefined ? '' : `, not "${sub}"`}`);
  await run(rest, out);
}
