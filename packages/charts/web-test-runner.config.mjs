import { fileURLToPath } from 'node:url';
import { wtrConfig } from '../../config/wtr.base.mjs';

const dir = fileURLToPath(new URL('.', import.meta.url));
export default wtrConfig({ dir, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) });
