import type { ResidentCreateRequest, ResidentFields, ResidentListRequest, ResidentUpdateRequest } from '../../../shared/contract/residentRequests';
import { residentProblems } from '../../../shared/contract/residentRequests';
import type { ResidentListItem } from '../../../shared/contract/registryViews';
import type { Resident } from '../../../shared/domain/resident';
import { activeAllocationByPlot } from '../../../shared/park/activeAllocation';
import type { ProjectStore } from '../../store/project';
import { recordEdit } from '../journal/editJournal';
import { NotFoundError } from '../refusals/notFoundError';
import { RefusedError } from '../refusals/refusedError';
import { message } from '../../../shared/messages/message';

const collator = new Intl.Collator('ru', { numeric: true });

/** Lower case with ё read as е, so «Мёд» is found by «мед». */
const folded = (text: string): string => text.toLocaleLowerCase('ru').replaceAll('ё', 'е');

/**
 * The residents registry filtered by free text over name and INN, by status and by sector; each row with
 * the codes of the plots the resident holds on `today`.
 */
export function listResidents(store: ProjectStore, filter: ResidentListRequest, today: string): ResidentListItem[] {
  const { residents, plots, allocations } = store.read(() => ({
    residents: store.residents.list(),
    plots: store.plots.list(),
    allocations: store.allocations.list(),
  }));
  const search = folded(filter.search?.trim() ?? '');
  const codes = new Map(plots.map((plot) => [plot.id, plot.code]));
  const held = new Map<number, string[]>();
  for (const [plotId, allocation] of activeAllocationByPlot(allocations, today)) {
    const list = held.get(allocation.residentId) ?? [];
    list.push(codes.get(plotId) ?? `#${plotId}`);
    held.set(allocation.residentId, list);
  }
  return residents
    .filter((resident) => filter.status === undefined || resident.status === filter.status)
    .filter((resident) => filter.sector === undefined || resident.sector === filter.sector)
    .filter((resident) => search === '' || folded(resident.name).includes(search) || resident.inn.includes(search))
    .map((resident) => ({ ...resident, plotCodes: (held.get(resident.id) ?? []).sort(collator.compare) }));
}

/** Refuses a record that breaks a rule, naming every broken field; nothing is written. */
function expectValid(resident: ResidentFields): void {
  const problems = residentProblems(resident);
  if (problems.length > 0) throw new RefusedError('resident.problems', { problems: problems.map((problem) => problem.message) });
}

/** The file refuses a second resident with the same INN; say who holds it before the trigger does. */
function expectInnFree(store: ProjectStore, inn: string, self: Resident['id'] | null): void {
  if (inn === '') return;
  const holder = store.residents.getByInn(inn);
  if (holder !== null && holder.id !== self) throw new RefusedError('resident.innTaken', { inn, holder: holder.name });
}

const normalized = (fields: ResidentFields): ResidentFields => ({
  ...fields,
  name: fields.name.trim(),
  inn: fields.inn.trim(),
  ogrn: fields.ogrn === null || fields.ogrn.trim() === '' ? null : fields.ogrn.trim(),
});

/** Registers a resident after checking INN and OGRN check digits; a wrong one is refused and nothing saved. */
export function createResident(store: ProjectStore, request: ResidentCreateRequest): Resident {
  const fields = normalized({
    name: request.name,
    inn: request.inn,
    ogrn: request.ogrn ?? null,
    sector: request.sector ?? '',
    okved: request.okved ?? null,
    jobsPlanned: request.jobsPlanned ?? null,
    investmentMRub: request.investmentMRub ?? null,
    contact: request.contact ?? '',
    status: request.status,
  });
  expectValid(fields);
  return store.transaction(() => {
    expectInnFree(store, fields.inn, null);
    return store.residents.insert(fields);
  });
}

/** Changes the given fields of a resident; the whole record is checked again before anything is saved. */
export function updateResident(store: ProjectStore, request: ResidentUpdateRequest): Resident {
  const { residentId, ...changes } = request;
  const current = store.residents.get(residentId);
  if (current === null) throw new NotFoundError('notFound.resident', { id: residentId });
  // Journaled like a plot edit, so the toolbar's Undo (Ctrl+Z) winds a resident's edit back too.
  return recordEdit(store, message('edit.editResident', { name: current.name }), (recorder) => {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const next = { ...current, ...normalized({ ...current, ...defined }), id: current.id };
    expectValid(next);
    expectInnFree(store, next.inn, current.id);
    recorder.willChange('residents', current.id);
    return store.residents.update(next);
  });
}
