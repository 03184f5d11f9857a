import { formatMessage, message, type Message } from '../messages/message';
import { z } from 'zod';
import { checkInn, checkOgrn } from '../domain/companyNumbers';
import type { ResidentId } from '../domain/ids';
import { RESIDENT_STATUSES, type Resident, type ResidentStatus } from '../domain/resident';
import { residentIdField } from './requestFields';

/** Everything a resident record holds but its id. */
export type ResidentFields = Omit<Resident, 'id'>;

export interface ResidentListRequest {
  /** Matches any part of the name or the INN, ignoring case. */
  readonly search?: string;
  readonly status?: ResidentStatus;
  /** The exact sector, as the registry spells it. */
  readonly sector?: string;
}

/** A new resident: name, INN and status are required; the rest defaults to empty. */
export type ResidentCreateRequest = Pick<ResidentFields, 'name' | 'inn' | 'status'> & Partial<ResidentFields>;

/** The fields to change on one resident; those left out keep their value. */
export type ResidentUpdateRequest = { readonly residentId: ResidentId } & Partial<ResidentFields>;

/** One thing wrong with a resident record, naming the field. */
export interface ResidentProblem {
  readonly field: keyof ResidentFields;
  readonly message: Message;
}


/** What is wrong with an INN, e.g. "INN 7707083894: check digit is wrong: …", or null; empty is not checked here. */
export function innProblem(inn: string): Message | null {
  const value = inn.trim();
  if (value === '') return null;
  const check = checkInn(value);
  return check.ok ? null : message('resident.innInvalid', { inn: value, reason: message(`companyNumber.${check.messageKey}`, check.params) });
}

/** What is wrong with an OGRN (or ОГРНИП), or null; null or empty is not checked here. */
export function ogrnProblem(ogrn: string | null): Message | null {
  const value = ogrn?.trim() ?? '';
  if (value === '') return null;
  const check = checkOgrn(value);
  return check.ok ? null : message('resident.ogrnInvalid', { ogrn: value, reason: message(`companyNumber.${check.messageKey}`, check.params) });
}

/**
 * Every rule a whole resident record must keep: the request schemas and the registry service both call
 * this, so the renderer's form and the file agree on what is valid.
 */
export function residentProblems(resident: ResidentFields): ResidentProblem[] {
  const problems: ResidentProblem[] = [];
  if (resident.name.trim() === '') problems.push({ field: 'name', message: message('resident.nameEmpty') });
  const inn = innProblem(resident.inn);
  if (inn !== null) problems.push({ field: 'inn', message: inn });
  if (resident.inn.trim() === '' && resident.status !== 'prospect') {
    problems.push({ field: 'inn', message: message('resident.innRequired', { status: message(`tableValue.residentStatus.${resident.status}`) }) });
  }
  const ogrn = ogrnProblem(resident.ogrn);
  if (ogrn !== null) problems.push({ field: 'ogrn', message: ogrn });
  if (inn === null && ogrn === null && resident.inn.trim() !== '' && (resident.ogrn ?? '').trim() !== '') {
    const innHolder = checkInn(resident.inn);
    const ogrnHolder = checkOgrn(resident.ogrn ?? '');
    if (innHolder.ok && ogrnHolder.ok && innHolder.holder !== ogrnHolder.holder) {
      problems.push({
        field: 'ogrn',
        message: message(ogrnHolder.holder === 'individual' ? 'resident.ogrnSoleTraderInnOrganisation' : 'resident.ogrnOrganisationInnIndividual', { ogrn: (resident.ogrn ?? '').trim(), inn: resident.inn.trim() }),
      });
    }
  }
  return problems;
}

// A malformed payload is answered in English ('invalid-request'): a correct renderer checks these first.
const addProblem = (problem: Message | null, ctx: z.RefinementCtx): void => {
  if (problem !== null) ctx.addIssue({ code: 'custom', message: formatMessage('en', problem) });
};

const nameField = z.string().trim().min(1, 'name is empty').max(300);
const innField = z.string().trim().max(20).superRefine((inn, ctx) => addProblem(innProblem(inn), ctx));
const ogrnField = z
  .string()
  .trim()
  .max(20)
  .nullable()
  .transform((ogrn) => (ogrn === '' ? null : ogrn))
  .superRefine((ogrn, ctx) => addProblem(ogrnProblem(ogrn), ctx));
const okvedField = z
  .string()
  .trim()
  .nullable()
  .transform((okved) => (okved === '' ? null : okved))
  .refine((okved) => okved === null || /^\d{2}(\.\d{1,2}){0,2}$/.test(okved), { message: 'ОКВЭД code looks like 52.24 or 17.23.1' });

const fieldShape = {
  name: nameField,
  inn: innField,
  ogrn: ogrnField,
  sector: z.string().trim().max(200),
  okved: okvedField,
  jobsPlanned: z.number().int().nonnegative().nullable(),
  investmentMRub: z.number().finite().nonnegative().nullable(),
  contact: z.string().trim().max(500),
  status: z.enum(RESIDENT_STATUSES),
};

export const residentListSchema: z.ZodType<ResidentListRequest, unknown> = z
  .object({
    search: z.string().max(200).optional(),
    status: z.enum(RESIDENT_STATUSES).optional(),
    sector: z.string().max(200).optional(),
  })
  .strict();

export const residentCreateSchema: z.ZodType<ResidentCreateRequest, unknown> = z
  .object({
    ...fieldShape,
    ogrn: fieldShape.ogrn.optional(),
    sector: fieldShape.sector.optional(),
    okved: fieldShape.okved.optional(),
    jobsPlanned: fieldShape.jobsPlanned.optional(),
    investmentMRub: fieldShape.investmentMRub.optional(),
    contact: fieldShape.contact.optional(),
  })
  .strict()
  .superRefine((request, ctx) => {
    if (request.inn === '' && request.status !== 'prospect') {
      ctx.addIssue({ code: 'custom', path: ['inn'], message: `INN is required for a resident with status "${request.status}"` });
    }
  });

export const residentUpdateSchema: z.ZodType<ResidentUpdateRequest, unknown> = z
  .object({ residentId: residentIdField, ...z.object(fieldShape).partial().shape })
  .strict();
