// custom-elements-manifest analyzer: reads the JSDoc of every element (properties, attributes,
// events, slots, CSS parts and custom properties) and writes custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-helpers/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
