/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (or only those whose names contain the
 * given words) and prints the figures each one measures. Benchmarks print; they never assert.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

interface BenchModule {
  bench(): Promise<void> | void;
}

async function runAll(filters: string[]): Promise<void> {
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith(".bench.ts"))
    .filter((file) => filters.length === 0 || filters.some((word) => file.includes(word)))
    .sort();
  for (const file of files) {
    console.log(`\n## ${file.replace(/\.bench\.ts$/, "")}`);
    const module = (await import(join(__dirname, file))) as BenchModule;
    await module.bench();
  }
}

runAll(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
