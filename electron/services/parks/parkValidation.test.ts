import { formatMessage, message } from '../../../shared/messages/message';
import { describe, expect, it } from 'vitest';
import type { ParkValidationView } from '../../../shared/contract/editViews';
import { sharedAreaM2 } from '../../../shared/validation/overlapArea';
import { type ChannelCalls } from '../__fixtures__/channelCalls';
import { openDemoPerTest } from '../__fixtures__/demoPerTest';
import { type DemoProject } from '../__fixtures__/demoStore';

let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

describe('park:validate', () => {
  it('reports an overlap on both plots with its area and the plot codes', async () => {
    const parkId = demo.plot('Р-13').parkId;
    const baseline = await calls.value<ParkValidationView>('park:validate', { parkId });
    const a = demo.plot('Р-13');
    const b = demo.plot('Р-52');
    // Р-52 is moved onto Р-13 by a quarter of Р-13's own offset; the shared area is measured independently.
    const [aLon, aLat] = a.geometry.coordinates[0]![0]!;
    const [bLon, bLat] = b.geometry.coordinates[0]![0]!;
    const shifted = b.geometry.coordinates.map((ring) => ring.map(([lon, lat]) => [lon - bLon + aLon + 0.0002, lat - bLat + aLat + 0.0002] as const));
    demo.store.plots.update({ ...b, geometry: { type: 'Polygon', coordinates: shifted } });
    const expected = sharedAreaM2(a.geometry, { type: 'Polygon', coordinates: shifted });
    expect(expected).toBeGreaterThan(100);

    const { findings, checkedPlots } = await calls.value<ParkValidationView>('park:validate', { parkId });
    expect(checkedPlots).toBe(baseline.checkedPlots);
    const onA = findings.find((finding) => finding.plotId === a.id && finding.kind === 'overlap' && finding.otherPlotId === b.id);
    const onB = findings.find((finding) => finding.plotId === b.id && finding.kind === 'overlap' && finding.otherPlotId === a.id);
    expect(onA?.areaM2).toBeCloseTo(expected, 6);
    expect(onB?.areaM2).toBeCloseTo(expected, 6);
    expect(formatMessage('en', onA?.message ?? message('plot.codeEmpty'))).toMatch(/^Plot Р-13 overlaps plot Р-52 by \d+ m²\.$/);
    expect(formatMessage('ru', onA?.message ?? message('plot.codeEmpty'))).toMatch(/^Участок Р-13 накладывается на участок Р-52 на \d+ м²\.$/);
  });

  it('refuses an unknown park', async () => {
    expect(await calls.failure('park:validate', { parkId: 999 })).toMatchObject({ code: 'not-found', message: 'Park 999 does not exist' });
  });
});
