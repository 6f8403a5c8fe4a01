/** The dataset's JSON Schema, generated from the zod schemas so feeds can be validated anywhere. */
import * as z from 'zod/mini';
import { DatasetSchema } from './schemas/dataset.js';

/** The JSON Schema (draft 2020-12) of a dataset document. */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { io: 'input' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Tiến độ dataset',
    description: 'Targets, actuals and quality ratings of union units, with their sources. Ids are unique and every reference resolves (checked by parseDataset).',
  };
}
