// `npm install`'s postinstall. Electron is an optional dependency so that `npm install` succeeds where its binary
// cannot be downloaded (a locked-down network, CI): npm then drops the whole package, types included. This puts the
// package's own files back from the npm registry — without running its download script — so the type-check and
// `npm start`'s web-mode fallback work. On a machine where the download succeeded it does nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** `electron@<version>` as package.json pins it. */
export function electronSpec(root = projectRoot) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = manifest.optionalDependencies?.electron;
  if (typeof version !== 'string') throw new Error('package.json: electron is not an optional dependency');
  return `electron@${version}`;
}

/** Unpacks the pinned electron package into ROOT/node_modules/electron without running its install script. */
export function restoreElectronPackage(root = projectRoot) {
  const target = join(root, 'node_modules', 'electron');
  const work = mkdtempSync(join(tmpdir(), 'parkplan-electron-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packed = JSON.parse(execFileSync(npm, ['pack', electronSpec(root), '--json', '--silent', '--pack-destination', work], {
      cwd: work, encoding: 'utf8', shell: process.platform === 'win32',
    }));
    const tarball = join(work, packed[0].filename);
    execFileSync('tar', ['-xzf', tarball, '-C', work]);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(work, 'package'), target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const runAsScript = process.argv[1] === fileURLToPath(import.meta.url);
if (runAsScript && !existsSync(join(projectRoot, 'node_modules', 'electron', 'package.json'))) {
  console.log('Electron\'s binary could not be installed (no access to its download host?): `npm start` will serve ParkPlan in web mode.');
  try {
    restoreElectronPackage();
    console.log(`Restored ${electronSpec()}'s package files (types, no binary) from the npm registry.`);
  } catch (error) {
    console.warn(`Could not restore Electron's package files: ${error instanceof Error ? error.message : String(error)}`);
  }
}
