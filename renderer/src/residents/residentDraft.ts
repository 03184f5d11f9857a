import type { ResidentFields } from '../../../shared/contract/residentRequests';
import { checkInn, checkOgrn, type CompanyNumberMessageKey } from '../../../shared/domain/companyNumbers';
import type { Resident, ResidentStatus } from '../../../shared/domain/resident';

/** The resident form as typed: every field text, so a half-typed number is kept as the planner left it. */
export interface ResidentDraft {
  readonly name: string;
  readonly inn: string;
  readonly ogrn: string;
  readonly sector: string;
  readonly okved: string;
  readonly jobsPlanned: string;
  readonly investmentMRub: string;
  readonly contact: string;
  readonly status: ResidentStatus;
}

export type DraftField = keyof ResidentDraft;

/** What can be wrong with a field, as i18n keys under `residentProblem`. */
export const DRAFT_PROBLEMS = [
  'nameEmpty',
  'innEmpty',
  'innDigits',
  'innLength',
  'innChecksum',
  'ogrnDigits',
  'ogrnLength',
  'ogrnChecksum',
  'ogrnHolder',
  'okved',
  'jobs',
  'investment',
] as const;
export type DraftProblem = (typeof DRAFT_PROBLEMS)[number];

export type DraftProblems = Readonly<Partial<Record<DraftField, DraftProblem>>>;

export const EMPTY_DRAFT: ResidentDraft = {
  name: '',
  inn: '',
  ogrn: '',
  sector: '',
  okved: '',
  jobsPlanned: '',
  investmentMRub: '',
  contact: '',
  status: 'prospect',
};

/** The form filled with a resident's record, numbers written the locale's way (a comma in Russian). */
export function draftOfResident(resident: Resident, decimalSeparator = ','): ResidentDraft {
  return {
    name: resident.name,
    inn: resident.inn,
    ogrn: resident.ogrn ?? '',
    sector: resident.sector,
    okved: resident.okved ?? '',
    jobsPlanned: resident.jobsPlanned === null ? '' : String(resident.jobsPlanned),
    investmentMRub: resident.investmentMRub === null ? '' : String(resident.investmentMRub).replace('.', decimalSeparator),
    contact: resident.contact,
    status: resident.status,
  };
}

const PROBLEM_OF_CHECK: Readonly<Partial<Record<CompanyNumberMessageKey, DraftProblem>>> = {
  'inn.digits': 'innDigits',
  'inn.length': 'innLength',
  'inn.checksum': 'innChecksum',
  'ogrn.digits': 'ogrnDigits',
  'ogrn.length': 'ogrnLength',
  'ogrn.checksum': 'ogrnChecksum',
};

/** A figure as typed, with group spaces and a comma decimal forgiven; null when empty, NaN when not a number. */
export function parseFigure(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return null;
  return /^\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

const OKVED = /^\d{2}(\.\d{1,2}){0,2}$/;

/**
 * Checks the form as the planner types, with the same rules the server applies (the INN and OGRN check
 * digits, an INN for anyone past «prospect», an OGRN of the same kind of holder as the INN), so the
 * message appears by the field before anything is sent.
 *
 * @example
 * draftProblems({ ...EMPTY_DRAFT, name: 'ПАО Сбербанк', inn: '7707083894' }); // { inn: 'innChecksum' }
 */
export function draftProblems(draft: ResidentDraft): DraftProblems {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  if (draft.name.trim() === '') problems.name = 'nameEmpty';
  const inn = draft.inn.trim();
  const innCheck = inn === '' ? null : checkInn(inn);
  if (innCheck === null) {
    if (draft.status !== 'prospect') problems.inn = 'innEmpty';
  } else if (!innCheck.ok) {
    problems.inn = PROBLEM_OF_CHECK[innCheck.messageKey] ?? 'innChecksum';
  }
  const ogrn = draft.ogrn.trim();
  if (ogrn !== '') {
    const ogrnCheck = checkOgrn(ogrn);
    if (!ogrnCheck.ok) problems.ogrn = PROBLEM_OF_CHECK[ogrnCheck.messageKey] ?? 'ogrnChecksum';
    else if (innCheck?.ok === true && innCheck.holder !== ogrnCheck.holder) problems.ogrn = 'ogrnHolder';
  }
  if (draft.okved.trim() !== '' && !OKVED.test(draft.okved.trim())) problems.okved = 'okved';
  const jobs = parseFigure(draft.jobsPlanned);
  if (jobs !== null && !Number.isInteger(jobs)) problems.jobsPlanned = 'jobs';
  if (Number.isNaN(parseFigure(draft.investmentMRub))) problems.investmentMRub = 'investment';
  return problems;
}

export const hasProblems = (problems: DraftProblems): boolean => Object.keys(problems).length > 0;

/** The record to send, or null while any field has a problem. */
export function draftToFields(draft: ResidentDraft): ResidentFields | null {
  if (hasProblems(draftProblems(draft))) return null;
  const text = (value: string) => value.trim();
  return {
    name: text(draft.name),
    inn: text(draft.inn),
    ogrn: text(draft.ogrn) === '' ? null : text(draft.ogrn),
    sector: text(draft.sector),
    okved: text(draft.okved) === '' ? null : text(draft.okved),
    jobsPlanned: parseFigure(draft.jobsPlanned),
    investmentMRub: parseFigure(draft.investmentMRub),
    contact: text(draft.contact),
    status: draft.status,
  };
}
