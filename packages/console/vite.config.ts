import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Served by the platform at /console (packages/catalog's console routes read dist/).
export default defineConfig({
  base: '/console/',
  plugins: [vue()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
