import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plot } from '../../../shared/domain/plot';
import type { Resident } from '../../../shared/domain/resident';
import { openProject, type ProjectStore } from '../../store/project';
import { createDemoProject } from '../project/demoProject';

/** The date service tests judge allocations on, so that they do not depend on the day they run. */
export const TODAY = '2026-06-15';

/** A fresh copy of the shipped demo in a temp folder, with lookups by plot code and resident name. */
export interface DemoProject {
  readonly file: string;
  store: ProjectStore;
  plot(code: string): Plot;
  resident(namePart: string): Resident;
  /** The bytes of the project file and its WAL: equal before and after means nothing was written. */
  fileBytes(): Buffer;
  reopen(): void;
  dispose(): void;
}

export function openDemoProject(): DemoProject {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-services-'));
  const file = join(dir, 'demo.gpkg');
  const project: DemoProject = {
    file,
    store: createDemoProject(file),
    plot(code) {
      const plot = project.store.plots.list().find((candidate) => candidate.code === code);
      if (plot === undefined) throw new Error(`the demo has no plot ${code}`);
      return plot;
    },
    resident(namePart) {
      const resident = project.store.residents.list().find((candidate) => candidate.name.includes(namePart));
      if (resident === undefined) throw new Error(`the demo has no resident named like ${namePart}`);
      return resident;
    },
    fileBytes() {
      const wal = (() => {
        try {
          return readFileSync(`${file}-wal`);
        } catch {
          return Buffer.alloc(0);
        }
      })();
      return Buffer.concat([readFileSync(file), wal]);
    },
    reopen() {
      project.store.close();
      project.store = openProject(file);
    },
    dispose() {
      project.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return project;
}
