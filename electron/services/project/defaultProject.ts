import { homedir } from 'node:os';
import { join } from 'node:path';

/** The planner's project folder: PARKPLAN_HOME, else ~/ParkPlan (the desktop app passes its Documents folder). */
export const projectFolder = (): string => process.env['PARKPLAN_HOME'] ?? join(homedir(), 'ParkPlan');

/** Where the app keeps its project when none is named: demo.gpkg in the project folder. */
export function defaultProjectFile(documentsDir: string = projectFolder()): string {
  return join(documentsDir, 'demo.gpkg');
}
