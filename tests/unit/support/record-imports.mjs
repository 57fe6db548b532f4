// Runs the myomap CLI as bin/myomap.mjs does (or, with `--only-import <file>`, just imports that file),
// recording every module resolution (importer, then module, one pair per line) in the file named by
// MYOMAP_IMPORTS: tests/unit/cliProcess.test.ts checks the list.
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
// Registered after tsx, so these hooks run first and see what tsx resolves.
register('./record-imports-hooks.mjs', import.meta.url, { data: { out: process.env.MYOMAP_IMPORTS } });
const [first, second, ...rest] = process.argv.slice(2);
if (first === '--only-import') {
  await import(pathToFileURL(second).href);
} else {
  const { main } = await import(new URL('../../../src/cli/main.ts', import.meta.url).href);
  process.exitCode = await main([first, second, ...rest].filter((a) => a !== undefined), process.stdout, process.stderr);
}
