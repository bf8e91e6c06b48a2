import { existsSync } from 'node:fs';

/**
 * Tests that read the public data sets from ../shared/data (never copied into the repository). Where the files
 * are absent a developer's run skips those tests with the missing path in the title; a CI run (`CI=true`) fails
 * them instead, so a CI machine without the data cannot pass silently.
 */
const missing = (files: readonly string[]) => files.filter((f) => !existsSync(f));
const onCi = () => process.env.CI === 'true';
const complaint = (absent: readonly string[]) => `the public data sets are missing: ${absent.join(', ')} (put ../shared/data beside the repository or set PUBLIC_DATA_DIR)`;

/** `it` when every file is present; otherwise a skipped test (developer) or a failing one (CI). */
export function itWithData(files: readonly string[]): jest.It {
  const absent = missing(files);
  if (!absent.length) return it;
  if (!onCi()) return ((name: string, fn?: jest.ProvidesCallback, timeout?: number) => it.skip(`SKIPPED (${complaint(absent)}): ${name}`, fn, timeout)) as unknown as jest.It;
  return ((name: string) =>
    it(name, () => {
      throw new Error(complaint(absent));
    })) as unknown as jest.It;
}

/** `describe` when every file is present; otherwise a skipped block (developer) or one failing test (CI). */
export function describeWithData(files: readonly string[]): jest.Describe {
  const absent = missing(files);
  if (!absent.length) return describe;
  if (!onCi()) return ((name: string, fn: jest.EmptyFunction) => describe.skip(`SKIPPED (${complaint(absent)}): ${name}`, fn)) as unknown as jest.Describe;
  return ((name: string) =>
    describe(name, () =>
      it('has the public data sets it reads', () => {
        throw new Error(complaint(absent));
      }),
    )) as unknown as jest.Describe;
}
