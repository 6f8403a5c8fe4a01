export * from './common.js';
export * from './unit.js';
export * from './metric.js';
export * from './period.js';
export * from './figures.js';
export * from './quality.js';
export * from './dataset.js';
