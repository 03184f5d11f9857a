import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Writes a FeatureCollection of at least `bytes` bytes: many 40-vertex plots inside the «Рязанский»
 * park's box with full-precision coordinates, and, when `poisonLast`, a last feature with a NaN vertex.
 * Returns the number of features written.
 */
export function writeBigGeoJson(file: string, bytes: number, poisonLast: boolean): number {
  const fd = openSync(file, 'w');
  let written = 0;
  let count = 0;
  const put = (text: string): void => {
    written += writeSync(fd, text);
  };
  try {
    put('{"type":"FeatureCollection","name":"big","features":[\n');
    while (written < bytes) {
      const batch: string[] = [];
      for (let i = 0; i < 500; i++, count++) {
        const lon = 39.58 + (count % 300) * 0.0001;
        const lat = 54.69 + Math.floor(count / 300) * 0.00001;
        const ring: number[][] = [];
        for (let k = 0; k < 40; k++) {
          const angle = (2 * Math.PI * k) / 40;
          ring.push([lon + 0.00003 * Math.cos(angle) + 1e-13 * k, lat + 0.00002 * Math.sin(angle)]);
        }
        ring.push(ring[0] as number[]);
        batch.push(`{"type":"Feature","properties":{"code":"B-${count}","status":"free","notes":"generated plot ${count}"},"geometry":{"type":"Polygon","coordinates":[${JSON.stringify(ring)}]}}`);
      }
      put(`${count > 500 ? ',\n' : ''}${batch.join(',\n')}`);
    }
    if (poisonLast) {
      put(',\n{"type":"Feature","properties":{"code":"B-poison"},"geometry":{"type":"Polygon","coordinates":[[[39.6,54.7],[39.6001,NaN],[39.6001,54.7001],[39.6,54.7]]]}}');
      count++;
    }
    put('\n]}\n');
  } finally {
    closeSync(fd);
  }
  return count;
}
