#!/usr/bin/env node
/**
 * The physical floor for checking plan files in Node: find the *.plan.json files under the folders given (recursive,
 * as `qualcat validate` does), read each and JSON.parse it. Nothing else: no schema, no rules, no positions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let items = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.plan.json')) {
      const plan = JSON.parse(readFileSync(path, 'utf8'));
      files++;
      items += Array.isArray(plan.items) ? plan.items.length : 0;
    }
  }
};
for (const dir of process.argv.slice(2)) walk(dir);
process.stdout.write(`${files} files, ${items} items\n`);
