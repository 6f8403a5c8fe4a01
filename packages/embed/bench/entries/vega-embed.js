// What a newsroom would otherwise ship: vega-embed with vega-lite (and vega), bundled as the
// embed is (esbuild, ES module, minified).
import embed from 'vega-embed';

export default embed;
