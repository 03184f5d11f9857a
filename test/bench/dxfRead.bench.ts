import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDxf } from '../../electron/services/io/import/dxfReader';
import type { BenchResult } from './benchResult';

/*
 * Reading a DXF of 20,000 parcels through dxf-parser and our block expansion, once as plain LWPOLYLINEs
 * and once as a КПТ drawing has them (a BLOCK per parcel, an INSERT with an ATTRIB), side by side with
 * `ogr2ogr -f GeoJSON` reading the same files (GDAL expands blocks too).
 */

const PARCELS = 20_000;

function drawing(asBlocks: boolean): string {
  const header = ['0', 'SECTION', '2', 'HEADER', '9', '$DWGCODEPAGE', '3', 'ANSI_1251', '9', '$INSUNITS', '70', '6', '0', 'ENDSEC'];
  const ring = (x: number, y: number) => ['90', '4', '70', '1', '10', `${x}`, '20', `${y}`, '10', `${x + 40}`, '20', `${y}`, '10', `${x + 40}`, '20', `${y + 30}`, '10', `${x}`, '20', `${y + 30}`];
  const at = (i: number): [number, number] => [1_320_000 + (i % 200) * 50, 450_000 + Math.floor(i / 200) * 40];
  const lines = [...header];
  if (asBlocks) {
    lines.push('0', 'SECTION', '2', 'BLOCKS');
    for (let i = 0; i < PARCELS; i++) lines.push('0', 'BLOCK', '2', `ZU${i}`, '70', '2', '10', '0', '20', '0', '0', 'LWPOLYLINE', '8', '0', ...ring(0, 0), '0', 'ENDBLK');
    lines.push('0', 'ENDSEC', '0', 'SECTION', '2', 'ENTITIES');
    for (let i = 0; i < PARCELS; i++) {
      const [x, y] = at(i);
      lines.push('0', 'INSERT', '8', 'Участки', '66', '1', '2', `ZU${i}`, '10', `${x}`, '20', `${y}`, '0', 'ATTRIB', '8', 'Участки', '1', `62:15:0060201:${i}`, '2', 'КН', '0', 'SEQEND');
    }
  } else {
    lines.push('0', 'SECTION', '2', 'ENTITIES');
    for (let i = 0; i < PARCELS; i++) lines.push('0', 'LWPOLYLINE', '8', 'Участки', ...ring(...at(i)));
  }
  lines.push('0', 'ENDSEC', '0', 'EOF');
  return `${lines.join('\n')}\n`;
}

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

export async function runDxfReadBench(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-bench-dxf-'));
  try {
    const figures: Record<string, number> = { parcels: PARCELS };
    for (const [name, asBlocks] of [['polylines', false], ['block INSERTs', true]] as const) {
      const file = join(dir, `${asBlocks ? 'blocks' : 'flat'}.dxf`);
      writeFileSync(file, drawing(asBlocks));
      let read = 0;
      figures[`${name}: readDxf, s`] = Number(seconds(() => (read = [...readDxf(file, 'MSK-62-1').features].length)).toFixed(2));
      if (read !== PARCELS) throw new Error(`${name}: read ${read} of ${PARCELS}`);
      figures[`${name}: ogr2ogr -f GeoJSON, s`] = Number(seconds(() => spawnSync('ogr2ogr', ['-f', 'GeoJSON', join(dir, `${name}.json`), file])).toFixed(2));
    }
    return { name: `DXF read: ${PARCELS} parcels through dxf-parser vs ogr2ogr`, figures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
