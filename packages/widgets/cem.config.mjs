// custom-elements-manifest analyzer: reads the JSDoc of every element (properties, attributes,
// events, slots, CSS parts and custom properties) and writes custom-elements.json.

/**
 * The analyzer also lists each `dispatchEvent(new TiendoLoadEvent(…))` of the base class as an
 * event without a name (or named after the constructor argument); the `@fires` tags already
 * document them, so keep only the real, prefixed event names.
 */
function namedEventsOnly() {
  return {
    name: 'tiendo-named-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const d of mod.declarations ?? []) {
          if (d.events) d.events = d.events.filter((e) => typeof e.name === 'string' && e.name.startsWith('tiendo-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-helpers/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [namedEventsOnly()],
};
