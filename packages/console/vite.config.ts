import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

// Served by the platform at /console (packages/catalog's console routes read dist/).
// Element Plus on demand (its documented way): each <el-…> and v-loading in a template is imported with its
// own CSS, so the first page carries only the components used, not the whole library.
export default defineConfig({
  base: '/console/',
  plugins: [
    vue(),
    Components({ dts: false, resolvers: [ElementPlusResolver({ importStyle: 'css', directives: true })] }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
