import { describe, expect, it } from 'vitest';
import { plotAttributesUpdateSchema } from '../../../shared/contract/editRequests';
import type { ResidentListItem } from '../../../shared/contract/registryViews';
import { residentUpdateSchema } from '../../../shared/contract/residentRequests';
import type { ParkId, PlotId, ResidentId } from '../../../shared/domain/ids';
import { PLOT_CELL_EDITS, RESIDENT_CELL_EDITS } from './cellEdits';
import type { PlotRow } from './tableColumns';

const plot: PlotRow = {
  id: 12 as PlotId, parkId: 1 as ParkId, code: 'Р-12', status: 'free', zone: 'production', areaM2: 20_000, areaHa: 2, areaM2Geodesic: 20_000, areaM2Cadastral: null, areaCrs: null, areaInsideParkM2: 20_000, areaOutsideParkM2: 0, residentId: null, residentName: null, cadastralNumber: null, parkName: 'Рязанский',
};
const resident = {
  id: 4 as ResidentId, name: 'ООО «Композит»', inn: '7707083893', ogrn: null, sector: 'Химия', okved: null, jobsPlanned: 120,
  investmentMRub: null, contact: '', status: 'resident', plotCodes: [],
} as unknown as ResidentListItem;

const edit = <R, Q>(edits: Readonly<Record<string, { request: (row: R, text: string) => Q }>>, key: string) => {
  const found = edits[key];
  if (found === undefined) throw new Error(`no edit for ${key}`);
  return found;
};

describe('attribute table cell edits', () => {
  it('turn a plot cell into a valid plots:updateAttributes request, trimmed', () => {
    const request = edit(PLOT_CELL_EDITS, 'code').request(plot, '  Р-12а ');
    expect(request).toEqual({ plotId: 12, patch: { code: 'Р-12а' } });
    expect(plotAttributesUpdateSchema.safeParse(request).success).toBe(true);
    expect(plotAttributesUpdateSchema.safeParse(edit(PLOT_CELL_EDITS, 'zone').request(plot, 'warehouse')).success).toBe(true);
    expect(plotAttributesUpdateSchema.safeParse(edit(PLOT_CELL_EDITS, 'status').request(plot, 'flying')).success).toBe(false);
  });

  it('turn a resident cell into residents:update, clearing optional fields and reading a comma decimal', () => {
    expect(edit(RESIDENT_CELL_EDITS, 'okved').request(resident, '  ')).toEqual({ residentId: 4, okved: null });
    const investment = edit(RESIDENT_CELL_EDITS, 'investment').request(resident, '1 250,5');
    expect(investment).toEqual({ residentId: 4, investmentMRub: 1250.5 });
    expect(residentUpdateSchema.safeParse(investment).success).toBe(true);
    expect(residentUpdateSchema.safeParse(edit(RESIDENT_CELL_EDITS, 'jobs').request(resident, 'много')).success).toBe(false);
    expect(residentUpdateSchema.safeParse(edit(RESIDENT_CELL_EDITS, 'inn').request(resident, '7707083894')).success).toBe(false);
  });

  it('edit exactly the columns the tables show that the store can change', () => {
    expect(Object.keys(PLOT_CELL_EDITS).sort()).toEqual(['code', 'status', 'zone']);
    expect(RESIDENT_CELL_EDITS['plots']).toBeUndefined();
  });
});
