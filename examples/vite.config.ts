import { defineConfig, defaultClientConditions } from 'vite';

// `source` resolves workspace packages to their TypeScript sources, so the gallery needs no build step.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
