import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ProjectSeed } from '../../../shared/domain/projectSeed';
import { openProject, type ProjectStore } from '../../store/project';
import { writeSeed } from '../../store/seedProject';
import { assetPath } from '../../app/assetPath';

/** The illustrative demo: «Рязанский» and «Карандаш», shipped in assets/demo. */
export function loadDemoSeed(): ProjectSeed {
  return JSON.parse(readFileSync(assetPath('demo/demo-project.json'), 'utf8')) as ProjectSeed;
}

/** Writes the demo into a new project file; refuses to touch a file that already exists. */
export function createDemoProject(file: string, nativeBinding?: string): ProjectStore {
  if (existsSync(file)) throw new Error(`Refusing to overwrite existing file: ${file}`);
  mkdirSync(dirname(file), { recursive: true });
  const store = openProject(file, { create: true, nativeBinding });
  try {
    writeSeed(store, loadDemoSeed());
  } catch (error) {
    store.close();
    throw error;
  }
  return store;
}

/** Opens the planner's project, creating it with the demo on first start so the app opens with no set-up. */
export function openOrCreateProject(file: string, nativeBinding?: string): ProjectStore {
  return existsSync(file) ? openProject(file, { nativeBinding }) : createDemoProject(file, nativeBinding);
}
