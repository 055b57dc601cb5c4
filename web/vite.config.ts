import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** Node modules that change rarely get their own long-cached chunks, apart from our code that changes daily. */
const vendorGroups = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/ },
  // Ant Design parts used by more than one chunk (the shell and the pages); a part one page alone uses stays with it.
  {
    name: 'vendor-antd',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|@babel[\\/]runtime|dayjs|stylis|@emotion|clsx|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|json2mq|string-convert|toggle-selection|copy-to-clipboard|resize-observer-polyfill)[\\/]/,
    minShareCount: 2,
  },
  { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/ },
];

// `npm run build` → web/dist, which the server serves; `npm run dev` runs this dev server in front of the API.
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Map and chart libraries are large by nature and arrive only with the pages that use them.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      // The same PORT as the server `npm run dev` starts beside it; 127.0.0.1 because Node may resolve localhost to ::1.
      '/api': { target: process.env.ZJSC_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}` },
    },
  },
});
