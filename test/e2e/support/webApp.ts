import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface RunningWebApp {
  readonly url: string;
  readonly project: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts `electron/web/main.ts` — the same process `npm run web` runs — on a fresh project file in a temp
 * folder (created with the demo on first start, hence --create) and resolves with the URL it prints. That
 * folder is also the project folder (PARKPLAN_HOME) New, Open, Save As and the underlay chooser reach,
 * unless `env` names another.
 */
export function startWebApp(project = join(mkdtempSync(join(tmpdir(), 'parkplan-e2e-')), 'demo.gpkg'), env: NodeJS.ProcessEnv = {}): Promise<RunningWebApp> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/web/main.ts', '--project', project, '--create', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PARKPLAN_HOME: dirname(project), ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web mode did not print its URL in time:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((candidate) => /^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/.test(candidate.trim()));
      if (line === undefined) return;
      clearTimeout(timer);
      resolve({
        url: line.trim(),
        project,
        output: () => output,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited with ${code}:\n${output}`));
    });
  });
}
