import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the app keeps its project when none is named: ~/ParkPlan/demo.gpkg (PARKPLAN_HOME overrides the folder). */
export function defaultProjectFile(documentsDir: string = process.env['PARKPLAN_HOME'] ?? join(homedir(), 'ParkPlan')): string {
  return join(documentsDir, 'demo.gpkg');
}
