import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResidentId } from '../../../shared/domain/ids';
import { openDemoProject, TODAY, type DemoProject } from '../__fixtures__/demoStore';
import { editState, redoEdit, undoEdit } from '../journal/editJournal';
import { createResident, listResidents, updateResident } from './residentRegistry';
import { refusalOf } from '../__fixtures__/refusalOf';

let demo: DemoProject;
beforeEach(() => {
  demo = openDemoProject();
});
afterEach(() => demo.dispose());

// ПАО Сбербанк: real, public, with valid check digits (see shared/domain/companyNumbers.test.ts).
const SBER = { inn: '7707083893', ogrn: '1027700132195' };

/** The refusal's English message. */
const refusal = (run: () => unknown): string => refusalOf(run).message;

describe('listResidents', () => {
  it('finds by any part of the name, ignoring case and ё', () => {
    const names = listResidents(demo.store, { search: 'КАРАНДАШ' }, TODAY).map((resident) => resident.name);
    expect(names).toEqual(['ООО «Лесной карандаш»']);
    expect(listResidents(demo.store, { search: 'мещера' }, TODAY).map((resident) => resident.name)).toEqual(['ООО «Мещёра Полимер»']);
  });

  it('finds by part of the INN and filters by status and sector', () => {
    const all = demo.store.residents.list();
    const ural = all.filter((resident) => resident.inn.startsWith('6630'));
    expect(listResidents(demo.store, { search: '6630' }, TODAY)).toHaveLength(ural.length);
    const prospects = listResidents(demo.store, { status: 'prospect' }, TODAY);
    expect(prospects.map((resident) => resident.name)).toEqual(all.filter((r) => r.status === 'prospect').map((r) => r.name));
    expect(prospects.length).toBeGreaterThan(0);
    const sector = all[0]!.sector;
    expect(listResidents(demo.store, { sector }, TODAY).every((resident) => resident.sector === sector)).toBe(true);
    expect(listResidents(demo.store, { search: 'no such company' }, TODAY)).toEqual([]);
  });

  it('lists the plots each resident holds today', () => {
    const port = listResidents(demo.store, { search: 'Сухой порт' }, TODAY)[0]!;
    const held = demo.store.allocations
      .listByResident(port.id)
      .filter((allocation) => allocation.startDate <= TODAY && (allocation.endDate === null || allocation.endDate >= TODAY))
      .map((allocation) => demo.store.plots.get(allocation.plotId)!.code);
    expect(held.length).toBeGreaterThan(0);
    expect([...port.plotCodes].sort()).toEqual(held.sort());
  });
});

describe('createResident', () => {
  it('registers a company with valid numbers and keeps it in the file', () => {
    const before = demo.fileBytes();
    const created = createResident(demo.store, { name: ' ПАО Сбербанк ', ...SBER, status: 'agreement', sector: 'Банк' });
    expect(demo.fileBytes().equals(before)).toBe(false);
    expect(created).toMatchObject({ name: 'ПАО Сбербанк', inn: SBER.inn, ogrn: SBER.ogrn, contact: '', jobsPlanned: null });
    demo.reopen();
    expect(demo.store.residents.getByInn(SBER.inn)?.name).toBe('ПАО Сбербанк');
  });

  it('refuses a wrong INN check digit, names the field and writes nothing', () => {
    const before = demo.fileBytes();
    const count = demo.store.residents.list().length;
    const message = refusal(() => createResident(demo.store, { name: 'ООО «Опечатка»', inn: '7707083894', status: 'resident' }));
    expect(message).toMatch(/^INN 7707083894: check digit is wrong/);
    expect(demo.fileBytes().equals(before)).toBe(true);
    expect(demo.store.residents.list()).toHaveLength(count);
  });

  it('refuses a wrong OGRN and an OGRN of the wrong kind of holder', () => {
    expect(refusal(() => createResident(demo.store, { name: 'X', inn: SBER.inn, ogrn: '1027700132196', status: 'resident' }))).toMatch(
      /^OGRN 1027700132196: check digit is wrong/,
    );
    expect(refusal(() => createResident(demo.store, { name: 'X', inn: SBER.inn, ogrn: '304500116000157', status: 'resident' }))).toMatch(
      /^OGRN 304500116000157: belongs to a sole trader/,
    );
  });

  it('lets only a prospect go without an INN', () => {
    expect(createResident(demo.store, { name: 'ООО «Пока без ИНН»', inn: '', status: 'prospect' }).inn).toBe('');
    expect(refusal(() => createResident(demo.store, { name: 'ООО «Без ИНН»', inn: '', status: 'resident' }))).toMatch(/INN is required/);
  });

  it('refuses an INN another resident holds, naming that resident', () => {
    const port = demo.resident('Сухой порт');
    expect(refusal(() => createResident(demo.store, { name: 'Двойник', inn: port.inn, status: 'prospect' }))).toBe(
      `INN ${port.inn}: already registered to ${port.name}`,
    );
  });
});

describe('updateResident', () => {
  it('changes only the fields given and keeps the rest', () => {
    const pharma = demo.resident('Рязаньфарм');
    const updated = updateResident(demo.store, { residentId: pharma.id, status: 'agreement', jobsPlanned: 310 });
    expect(updated).toEqual({ ...pharma, status: 'agreement', jobsPlanned: 310 });
    expect(updateResident(demo.store, { residentId: pharma.id, okved: null }).okved).toBeNull();
  });

  it('refuses a wrong INN and leaves the record as it was', () => {
    const pharma = demo.resident('Рязаньфарм');
    const before = demo.fileBytes();
    expect(refusal(() => updateResident(demo.store, { residentId: pharma.id, inn: '7707083894' }))).toMatch(/^INN 7707083894: check digit/);
    expect(demo.fileBytes().equals(before)).toBe(true);
    expect(demo.store.residents.get(pharma.id)).toEqual(pharma);
  });

  it('names a resident that does not exist', () => {
    expect(() => updateResident(demo.store, { residentId: 9999 as ResidentId, status: 'left' })).toThrow('Resident 9999 does not exist');
  });
  it('is journaled: undo puts the resident back as it was, redo applies the edit again', () => {
    const pharma = demo.resident('Рязаньфарм');
    const updated = updateResident(demo.store, { residentId: pharma.id, name: 'АО «Рязаньфарм-2»', jobsPlanned: 42 });
    expect(editState(demo.store).undoLabel).toBe(`Edit resident ${pharma.name}`);
    undoEdit(demo.store);
    expect(demo.store.residents.get(pharma.id)).toEqual(pharma);
    redoEdit(demo.store);
    expect(demo.store.residents.get(pharma.id)).toEqual(updated);
  });

  it('journals nothing when the edit is refused', () => {
    const pharma = demo.resident('Рязаньфарм');
    const before = editState(demo.store);
    expect(() => updateResident(demo.store, { residentId: pharma.id, inn: '7707083894' })).toThrow();
    expect(editState(demo.store)).toEqual(before);
  });
});
