/**
 * The sample dataset that ships with the SDK: every figure of the seed articles with its source,
 * and illustrative figures (marked `illustrative: true`) for the other Hà Nội district-level
 * federations so rankings have something to rank.
 * @module
 */
import sample from '../data/sample.json' with { type: 'json' };
import { parseDataset } from './parse.js';
import type { Dataset, DatasetInput } from './schemas/dataset.js';

/** The sample dataset as written in `data/sample.json` (real figures carry a source, the rest are illustrative). */
export const sampleDatasetInput: DatasetInput = withoutSchema(sample);

function withoutSchema({ $schema: _schema, ...input }: Record<string, unknown>): DatasetInput {
  return input as DatasetInput;
}

/** The sample dataset, validated. */
export const sampleDataset: Dataset = parseDataset(sampleDatasetInput);
