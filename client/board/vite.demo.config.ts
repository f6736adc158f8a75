import { defineConfig } from 'vite';

// Serves only the board demo (client/board/demo.html), with the art in assets/ as the public
// directory exactly as the game's own config does: `npx vite --config client/board/vite.demo.config.ts`.
export default defineConfig({
  root: 'client/board',
  publicDir: '../../assets',
  optimizeDeps: { entries: ['demo.html'] },
  server: { fs: { allow: ['../..'] } },
});
