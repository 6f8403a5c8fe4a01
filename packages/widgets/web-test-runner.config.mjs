import { fileURLToPath } from 'node:url';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { wtrConfig } from '../../config/wtr.base.mjs';

const dir = fileURLToPath(new URL('.', import.meta.url));
// a11ySnapshot: the accessibility tree a screen reader reads (the ranking's test of rows far off screen).
export default wtrConfig({ dir, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), plugins: [a11ySnapshotPlugin()] });
