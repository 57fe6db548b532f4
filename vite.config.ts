/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { rolldown } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';

const root = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * `<myo-map>`: src/embed/element.ts is bundled on its own, minified, and emitted at the root of dist/ under
 * a fixed name, `myomap-element.js` — one file with everything it uses inlined (it shares the WebGL check
 * with the app, and a chunk of the app's build would split that out into a second file). The dev server
 * answers the same path with the transformed source, so pages can use the element under `npm start` too.
 */
function myomapElement(): Plugin[] {
  const entry = root('./src/embed/element.ts');
  return [
    {
      name: 'myomap-element:build',
      apply: 'build',
      async generateBundle() {
        const bundle = await rolldown({ input: entry, platform: 'browser', logLevel: 'warn' });
        const { output } = await bundle.generate({ format: 'es', minify: true });
        await bundle.close();
        this.emitFile({ type: 'asset', fileName: 'myomap-element.js', source: output[0].code });
      },
    },
    {
      name: 'myomap-element:serve',
      apply: 'serve',
      configureServer(server) {
        server.middlewares.use('/myomap-element.js', (_req, res, next) => {
          server
            .transformRequest('/src/embed/element.ts')
            .then((r) => {
              if (!r) return next();
              res.setHeader('content-type', 'text/javascript; charset=utf-8');
              res.end(r.code);
            })
            .catch(next);
        });
      },
    },
  ];
}

// Relative base so dist/ works from any static host or sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), myomapElement()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // The app, and the chrome-less viewer for iframes (SPEC.md "Embedding").
      input: { main: root('./index.html'), embed: root('./embed.html') },
      output: {
        // React DOM, React Three Fiber and three.js's renderer (three.module.js; its core is a chunk of its
        // own already) in chunks of their own, all loaded up front anyway: each stays under Vite's 500 kB
        // warning without raising the limit, and no two chunks import each other.
        codeSplitting: {
          // Only the modules named (by default a group also takes everything they import: three.js).
          includeDependenciesRecursively: false,
          groups: [
            { name: 'three', test: /node_modules[\\/]three[\\/]build[\\/]three\.module\.js$/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'fiber', test: /node_modules[\\/](@react-three[\\/]fiber|its-fine|suspend-react|use-sync-external-store|zustand)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    server: { deps: { inline: [/@react-three\//] } },
  },
});
