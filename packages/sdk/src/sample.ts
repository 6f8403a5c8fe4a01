/**
 * The sample dataset that ships with the SDK: every figure of the seed articles with its source,
 * and illustrative figures (marked `illustrative: true`) for the other Hà Nội district-level
 * federations so rankings have something to rank.
 * @module
 */
import { parseDataset } from './parse.js';
import { sampleDatasetInput } from './sample-data.js';
import type { Dataset } from './schemas/dataset.js';

export { sampleDatasetInput };

/** The sample dataset, validated. */
export const sampleDataset: Dataset = parseDataset(sampleDatasetInput);
