/** Writes dataset.schema.json from the zod schemas (run by `build`; a test checks it is current). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema } from '../src/json-schema.js';

const file = fileURLToPath(new URL('../dataset.schema.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
