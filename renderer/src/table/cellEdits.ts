import type { PlotAttributesUpdateRequest } from '../../../shared/contract/editRequests';
import type { ResidentListItem } from '../../../shared/contract/registryViews';
import type { ResidentUpdateRequest } from '../../../shared/contract/residentRequests';
import { PLOT_STATUSES, PLOT_ZONES, type PlotStatus, type PlotZone } from '../../../shared/domain/plot';
import { RESIDENT_STATUSES, type ResidentStatus } from '../../../shared/domain/resident';
import type { PlotRow } from './tableColumns';

/**
 * What a cell of the attribute table lets the planner change: the text the editor starts from, the
 * choices (for a status or a zone), and the request a typed value makes. The store validates the request
 * (and journals it, so Ctrl+Z undoes it); a refusal comes back as the message shown under the cell.
 */
export interface CellEdit<R, Q> {
  readonly initial: (row: R) => string;
  readonly choices?: readonly string[];
  readonly request: (row: R, text: string) => Q;
}

type PlotEdit = CellEdit<PlotRow, PlotAttributesUpdateRequest>;
type ResidentEdit = CellEdit<ResidentListItem, ResidentUpdateRequest>;

/** Plot cells by table column key: code, status and zone (the columns the plots table shows). */
export const PLOT_CELL_EDITS: Readonly<Record<string, PlotEdit>> = {
  code: { initial: (plot) => plot.code, request: (plot, text) => ({ plotId: plot.id, patch: { code: text.trim() } }) },
  status: { initial: (plot) => plot.status, choices: PLOT_STATUSES, request: (plot, text) => ({ plotId: plot.id, patch: { status: text as PlotStatus } }) },
  zone: { initial: (plot) => plot.zone, choices: PLOT_ZONES, request: (plot, text) => ({ plotId: plot.id, patch: { zone: text as PlotZone } }) },
};

/** An empty optional field is cleared (null); a figure keeps a Russian decimal comma. */
const optionalText = (text: string): string | null => (text.trim() === '' ? null : text.trim());
const optionalNumber = (text: string): number | null => {
  const cleaned = text.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  return cleaned === '' ? null : Number(cleaned);
};

/** Resident cells by table column key. */
export const RESIDENT_CELL_EDITS: Readonly<Record<string, ResidentEdit>> = {
  name: { initial: (r) => r.name, request: (r, text) => ({ residentId: r.id, name: text.trim() }) },
  inn: { initial: (r) => r.inn, request: (r, text) => ({ residentId: r.id, inn: text.trim() }) },
  ogrn: { initial: (r) => r.ogrn ?? '', request: (r, text) => ({ residentId: r.id, ogrn: optionalText(text) }) },
  status: { initial: (r) => r.status, choices: RESIDENT_STATUSES, request: (r, text) => ({ residentId: r.id, status: text as ResidentStatus }) },
  sector: { initial: (r) => r.sector, request: (r, text) => ({ residentId: r.id, sector: text.trim() }) },
  okved: { initial: (r) => r.okved ?? '', request: (r, text) => ({ residentId: r.id, okved: optionalText(text) }) },
  jobs: { initial: (r) => (r.jobsPlanned === null ? '' : String(r.jobsPlanned)), request: (r, text) => ({ residentId: r.id, jobsPlanned: optionalNumber(text) }) },
  investment: {
    initial: (r) => (r.investmentMRub === null ? '' : String(r.investmentMRub)),
    request: (r, text) => ({ residentId: r.id, investmentMRub: optionalNumber(text) }),
  },
  contact: { initial: (r) => r.contact, request: (r, text) => ({ residentId: r.id, contact: text.trim() }) },
};
