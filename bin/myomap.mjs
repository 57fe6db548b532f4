#!/usr/bin/env node
// The myomap CLI: runs the TypeScript sources directly through tsx (a dev dependency of a checkout).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
