import { companyNumbers } from './companyNumbers';
import type { SeededRandom } from './seededRandom';
import type { SeedResident } from './seedTypes';

/** An invented company before it gets its INN and OGRN. */
export interface RosterEntry {
  readonly key: string;
  readonly name: string;
  readonly sector: string;
  readonly okved: string;
  readonly jobsPlanned: number;
  readonly investmentMRub: number;
  readonly contact: string;
  readonly status: SeedResident['status'];
  /** Year the company was registered (goes into the OGRN). */
  readonly registered: number;
}

/**
 * Turns a roster of invented companies into resident rows with valid INN/OGRN check digits registered in
 * `region` at tax office `office`. The companies are invented for the demo; any match with a real one is
 * chance.
 */
export function residentsFromRoster(
  random: SeededRandom,
  roster: readonly RosterEntry[],
  registration: { readonly region: string; readonly office: string },
): SeedResident[] {
  return roster.map((entry) => {
    const { inn, ogrn } = companyNumbers(random, { ...registration, year: entry.registered });
    return {
      key: entry.key,
      name: entry.name,
      inn,
      ogrn,
      sector: entry.sector,
      okved: entry.okved,
      jobsPlanned: entry.jobsPlanned,
      investmentMRub: entry.investmentMRub,
      contact: entry.contact,
      status: entry.status,
    };
  });
}
