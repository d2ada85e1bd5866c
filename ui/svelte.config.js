// Svelte compiler options for PressDesk: TypeScript in components via vitePreprocess, runes on.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
};
