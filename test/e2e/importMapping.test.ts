import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPlannerPage } from './support/plannerPage';
import type { RunningWebApp } from './support/webApp';

// Issue 5, the Import dialog's choices, in English (and its report once in Russian): a GeoJSON whose columns have names the automatic
// rule does not know is mapped in the mapping table (keyboard and mouse), and the stored plots carry the
// mapped codes and cadastral numbers; a plot drawn over a demo plot is warned about, not rejected.
let app: RunningWebApp;
let browser: Browser;
let page: Page;
const shots = process.env['PARKPLAN_SHOTS'] ?? mkdtempSync(join(tmpdir(), 'parkplan-shots-'));
const scratch = mkdtempSync(join(tmpdir(), 'parkplan-import-mapping-e2e-'));

const dialog = () => page.getByRole('dialog', { name: 'Import data' });
const columnSelect = (field: string) => dialog().getByRole('combobox', { name: `Column for the field “${field}”` });

openPlannerPage({ lang: 'en', ready: 'plot list filled' }, (opened) => ({ app, browser, page } = opened));

/** A channel of the web bridge, called as the page calls it (POST /api/<channel> with the token cookie). */
function call<T>(channel: string, request: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return ((await response.json()) as { value: unknown }).value;
    },
    [channel, request] as const,
  ) as Promise<T>;
}

interface PlotFeature {
  readonly properties: { readonly id: number; readonly parkId: number; readonly code: string };
  readonly geometry: { readonly type: 'Polygon'; readonly coordinates: number[][][] };
}

const plotFeatures = async (): Promise<PlotFeature[]> => (await call<{ plots: { features: PlotFeature[] } }>('map:layers')).plots.features;

/** The first park (the one on screen) and the box [west, south, east, north] of one of its plots. */
async function aPlotOfTheParkOnScreen(): Promise<{ parkId: number; plot: PlotFeature; box: [number, number, number, number] }> {
  const summary = await call<{ parks: { id: number }[] }>('project:summary');
  const parkId = summary.parks[0]?.id ?? 0;
  const plot = (await plotFeatures()).find((feature) => feature.properties.parkId === parkId) as PlotFeature;
  const positions = plot.geometry.coordinates[0] ?? [];
  const lons = positions.map((position) => position[0] ?? 0);
  const lats = positions.map((position) => position[1] ?? 0);
  return { parkId, plot, box: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] };
}

const square = (lon: number, lat: number, side: number): number[][] => [[lon, lat], [lon + side, lat], [lon + side, lat + side * 0.6], [lon, lat + side * 0.6], [lon, lat]];

function geojson(name: string, features: readonly { readonly properties: Record<string, string>; readonly ring: number[][] }[]): string {
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: features.map(({ properties, ring }) => ({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } })) }));
  return file;
}

async function openWith(file: string): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).first().click();
  await dialog().getByLabel('File', { exact: true }).setInputFiles(file);
}

describe('import dialog: attribute mapping and overlap warnings', () => {
  it('maps non-standard columns onto the plot code and cadastral number, and stores what was mapped', async () => {
    const { box } = await aPlotOfTheParkOnScreen();
    // Two small squares by a demo plot's south-west corner; "Номер" is what the automatic rule takes for the code.
    const [west, south] = box;
    const file = geojson('non-standard.geojson', [
      { properties: { 'Участок_№': 'МАП-1', 'Кад_№_ЕГРН': '62:15:0000000:901', Номер: '1' }, ring: square(west, south - 0.0004, 0.0002) },
      { properties: { 'Участок_№': 'МАП-2', 'Кад_№_ЕГРН': '62:15:0000000:902', Номер: '2' }, ring: square(west + 0.0003, south - 0.0004, 0.0002) },
    ]);
    await openWith(file);

    const code = columnSelect('Plot code');
    await code.waitFor({ timeout: 30_000 });
    // The options name the columns with sample values, and "automatic" says what the rule picks.
    const options = await code.locator('option').allInnerTexts();
    expect(options).toContain('automatic (→ Номер)');
    expect(options).toContain('none');
    expect(options).toContain('Участок_№: МАП-1, МАП-2');
    expect(options).toContain('Кад_№_ЕГРН: 62:15:0000000:901, 62:15:0000000:902');
    expect(await columnSelect('Cadastral number').locator('option').first().innerText()).toBe('automatic (none found)');

    // Keyboard: focus the code's select and step down past "automatic" and "none" to the first column.
    await code.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => code.inputValue(), { timeout: 10_000 }).toBe('column:Участок_№');
    // Mouse: pick the cadastral number's column from its list.
    await columnSelect('Cadastral number').selectOption({ label: 'Кад_№_ЕГРН: 62:15:0000000:901, 62:15:0000000:902' });

    // The dialog dry-runs again: the report now names the plots by the mapped codes.
    await expect.poll(() => dialog().innerText(), { timeout: 30_000 }).toMatch(/Read 2: accepted 2 \(\d+ repaired\), rejected 0/);
    await expect.poll(() => dialog().locator('.import-report').innerText().catch(() => ''), { timeout: 30_000 }).not.toMatch(/→ plot 1\b/);
    await page.screenshot({ path: join(shots, 'import-mapping.png') });

    await dialog().getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog().count(), { timeout: 30_000 }).toBe(0);

    const stored = (await plotFeatures()).filter((feature) => feature.properties.code.startsWith('МАП-'));
    expect(stored.map((feature) => feature.properties.code).sort()).toEqual(['МАП-1', 'МАП-2']);
    const details = await Promise.all(stored.map((feature) => call<{ code: string; cadastralNumber: string | null }>('plots:details', { plotId: feature.properties.id })));
    expect(details.map((plot) => [plot.code, plot.cadastralNumber]).sort()).toEqual([
      ['МАП-1', '62:15:0000000:901'],
      ['МАП-2', '62:15:0000000:902'],
    ]);
    // "Номер" was not used for anything.
    expect((await plotFeatures()).some((feature) => feature.properties.code === '1' || feature.properties.code === '2')).toBe(false);
  }, 120_000);

  it('offers a DXF its units at once, before any check has passed, and reads a unitless millimetre drawing with them', async () => {
    await openWith(join(import.meta.dirname, '..', 'fixtures', 'import', 'dxf', 'plots-mm-unitless.dxf'));
    const units = dialog().getByLabel('DXF drawing units');
    // A DXF names no CRS, so its first check fails; the units are offered all the same.
    await expect.poll(() => dialog().getByRole('alert').count(), { timeout: 30_000 }).toBe(1);
    await units.waitFor({ timeout: 10_000 });
    await dialog().getByLabel('Coordinate system').fill('MSK-62-1');
    await units.selectOption('mm');
    await expect.poll(() => dialog().innerText(), { timeout: 30_000 }).toMatch(/Read 2: accepted 2 .*rejected 0/);
    expect(await dialog().innerText()).toMatch(/units: mm \(chosen\)/);
    await dialog().getByRole('button', { name: 'Close' }).click();
  }, 120_000);

  it('warns that a plot overlaps a demo plot, colours it apart on the map, and still lets it be imported', async () => {
    const { plot, box } = await aPlotOfTheParkOnScreen();
    const [west, south, east, north] = box;
    // A square over the demo plot's south-west corner: a quarter of it lies on the plot.
    const side = Math.min(east - west, (north - south) / 0.6) / 2;
    const file = geojson('over-a-demo-plot.geojson', [{ properties: { code: 'НАЛ-1' }, ring: square(west - side / 2, south - (side * 0.6) / 2, side) }]);
    await openWith(file);

    await expect.poll(() => dialog().innerText(), { timeout: 30_000 }).toMatch(/Overlapping other plots/);
    const text = await dialog().innerText();
    const overlap = new RegExp(`НАЛ-1: [^\\n]*overlaps plot ${plot.properties.code} by ([\\d.]+) m²`).exec(text);
    expect(overlap).not.toBeNull();
    expect(Number(overlap?.[1])).toBeGreaterThan(0);
    expect(text).toMatch(/Read 1: accepted 1 .*rejected 0/);
    expect(text).toMatch(/Warnings do not stop the import/);
    // The preview feature carries the flag the map colours by.
    const flagged = await page.evaluate(async () => {
      const source = window.__parkplanMap?.getSource('import-preview') as { getData?: () => Promise<{ features: { properties: { overlaps?: boolean } }[] }> } | undefined;
      const data = await source?.getData?.();
      return data?.features.map((feature) => feature.properties.overlaps === true) ?? [];
    });
    expect(flagged).toEqual([true]);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'import-overlap.png') });

    await expect.poll(() => dialog().getByRole('button', { name: 'Import', exact: true }).isEnabled(), { timeout: 10_000 }).toBe(true);
    await dialog().getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog().count(), { timeout: 30_000 }).toBe(0);
    expect((await plotFeatures()).some((feature) => feature.properties.code === 'НАЛ-1')).toBe(true);
  }, 120_000);
});

describe('the import report in Russian', () => {
  it('words repairs and overlap warnings in Russian, figures and codes kept', async () => {
    const { plot, box } = await aPlotOfTheParkOnScreen();
    const [west, south, east, north] = box;
    const side = Math.min(east - west, (north - south) / 0.6) / 2;
    // An open ring (closed by the import) over the demo plot's corner.
    const file = geojson('по-русски.geojson', [{ properties: { code: 'РУС-1' }, ring: square(west - side / 2, south - (side * 0.6) / 2, side).slice(0, 4) }]);
    const russian = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await russian.goto(app.url);
      await russian.getByRole('region', { name: 'Список участков' }).getByRole('row').nth(40).waitFor({ timeout: 60_000 });
      await russian.getByRole('button', { name: 'Импорт', exact: true }).first().click();
      const ruDialog = russian.getByRole('dialog', { name: 'Импорт данных' });
      await ruDialog.getByLabel('Файл', { exact: true }).setInputFiles(file);
      await expect.poll(() => ruDialog.innerText(), { timeout: 30_000 }).toMatch(/Пересекают другие участки/u);
      const text = await ruDialog.innerText();
      expect(text).toMatch(/объект 1 «РУС-1» → участок РУС-1: контур замкнут/u);
      expect(text).toMatch(new RegExp(`РУС-1: [^\\n]*пересекает участок ${plot.properties.code} на [\\d,]+ м²`, 'u'));
      expect(text).toMatch(/\(градусы WGS84\)/u);
      expect(text).not.toMatch(/\b(overlaps|ring closed|feature)\b/u);
    } finally {
      await russian.close();
    }
  }, 120_000);
});
