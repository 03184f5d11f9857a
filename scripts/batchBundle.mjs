// The batch path as compiled JavaScript: the CLI (out/cli/parkplan.mjs) and the web host (out/web/main.mjs)
// bundled by esbuild, so a `parkplan info` run starts in Node alone instead of compiling TypeScript with tsx.
// Built by `npm install`'s prepare step, and again on first run whenever a source it was built from is newer.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The bundles: entry, the folder it goes to (two below the root, as electron-vite's out/main, so
 * `new URL('../../assets/…', import.meta.url)` finds the same files from the bundle as from the source). */
export const BUNDLES = {
  cli: { entry: 'electron/cli/entry.ts', outdir: 'out/cli', main: 'parkplan.mjs' },
  web: { entry: 'electron/web/main.ts', outdir: 'out/web', main: 'main.mjs' },
};

const INPUTS = 'inputs.json';
const LOCK_STALE_MS = 120_000;

/** True when the bundle is missing, or any file it was built from (or package.json) changed since. */
export function bundleStale(name) {
  const { outdir, main } = BUNDLES[name];
  const manifest = join(root, outdir, INPUTS);
  if (!existsSync(join(root, outdir, main)) || !existsSync(manifest)) return true;
  const { builtAt, inputs } = JSON.parse(readFileSync(manifest, 'utf8'));
  for (const input of [...inputs, 'package.json']) {
    try {
      if (statSync(join(root, input)).mtimeMs > builtAt) return true;
    } catch {
      return true;
    }
  }
  return false;
}

async function build(name) {
  const { entry, outdir, main } = BUNDLES[name];
  const { build: esbuild } = await import('esbuild');
  const staging = join(root, `${outdir}.build-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const startedAt = Date.now();
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: { [main.replace(/\.mjs$/, '')]: entry },
    outdir: staging,
    bundle: true,
    // Each CLI command and each export format stays a chunk of its own, loaded when asked for.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    // Chunks beside the entry, not in a subfolder: `new URL('../../assets/…', import.meta.url)` in a chunk
    // must reach the root as it does from the entry.
    chunkNames: '[name]-[hash]',
    // Packages stay in node_modules: native ones (better-sqlite3, resvg) cannot be bundled, pdfkit and
    // fontkit read their data files beside their own code; only our TypeScript is compiled here.
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
  writeFileSync(join(staging, INPUTS), JSON.stringify({ builtAt: startedAt, inputs }));
  const old = join(root, `${outdir}.old-${process.pid}`);
  if (existsSync(join(root, outdir))) renameSync(join(root, outdir), old);
  renameSync(staging, join(root, outdir));
  rmSync(old, { recursive: true, force: true });
}

/** One process builds at a time (mkdir is atomic); the others wait for it, then use what it built. */
async function withLock(name, work) {
  const lock = join(root, `${BUNDLES[name].outdir}.lock`);
  mkdirSync(join(root, 'out'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // The builder just finished and removed it.
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  try {
    if (bundleStale(name)) await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the bundle if it is missing or stale; returns the path of its entry file. */
export async function ensureBundle(name) {
  if (bundleStale(name)) await withLock(name, () => build(name));
  return join(root, BUNDLES[name].outdir, BUNDLES[name].main);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of Object.keys(BUNDLES)) await ensureBundle(name);
}
