// The host's Vite config. The one line the package needs is
// optimizeDeps.exclude: pre-bundled for the dev server, the embed module
// would look for its wasm in node_modules/.vite/deps/, where it is not.
// `vite build` needs nothing: the module names its files as literal
// `new URL('./file', import.meta.url)`, which Vite copies into dist/assets/.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  optimizeDeps: { exclude: ['fact-explorer'] },
  server: { host: '127.0.0.1', strictPort: true },
  build: { chunkSizeWarningLimit: 2000 },
});
