// Writes schema/schema.graphql from the code-first schema. Run: npm run schema:emit
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../src/schema/print-schema.js';

const target = path.resolve(import.meta.dirname, '../schema/schema.graphql');
writeFileSync(target, await printAppSchema());
console.log(`Wrote ${target}`);
