import { defineConfig } from 'vite';

// The client lives in client/, the server serves the build from dist/ at the repo root, and the
// original art in assets/ is copied as-is so /favicon.svg and /icons/*.svg resolve.
export default defineConfig({
  root: 'client',
  publicDir: '../assets',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // The manifest lets tests/tools/bundle-size.mjs tell the landing page's JavaScript from the
    // chunks that load later (the match view and Phaser).
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
});
