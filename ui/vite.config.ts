// Vite build of the PressDesk UI: relative asset paths for Tauri, output in ui/dist, no
// inline scripts or external resources (the app runs under a strict CSP). The message files
// live at the repository's root (`locales/`, shared with the core) and are read from there.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  base: './',
  plugins: [svelte()],
  clearScreen: false,
  server: { port: 5173, strictPort: true, fs: { allow: ['.', '../locales'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'safari15',
    // Never inline assets as data: URLs in scripts; keep the module preload polyfill out
    // (it is an inline script in some setups).
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
