/** What each benchmark module reports to test/bench/run.ts: a name and its measured figures. */
export interface BenchResult {
  readonly name: string;
  readonly figures: Record<string, number | string>;
}

/** A benchmark module's entry point, as run.ts calls it. */
export type BenchRunner = () => Promise<BenchResult>;
