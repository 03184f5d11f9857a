import type { ProjectStore } from '../store/project';

/** What the editing handlers need of their host: the open project and the date allocations are judged on. */
export interface ServiceContext {
  readonly store: ProjectStore;
  readonly today: () => string;
}
