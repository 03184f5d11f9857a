/** What a project remembers about itself for its documents, kept in the project file. */
export interface ProjectSettings {
  /** «Составил»: the person or department named on the committee pack and maps; null until set. */
  readonly preparedBy: string | null;
}

export const NO_PROJECT_SETTINGS: ProjectSettings = { preparedBy: null };
