import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// One build for both hosts: Electron loads it from parkplan://, the web host from 127.0.0.1, so every URL
// in the output is relative (base './') and nothing is fetched from elsewhere.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: '../assets/public',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'es2022',
    // MapLibre is one large chunk by nature; a warning about it says nothing useful.
    chunkSizeWarningLimit: 2000,
  },
});
