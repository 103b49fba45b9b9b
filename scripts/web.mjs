// `npm run web [-- --port N]`: builds the renderer and serves it for a browser (the browser platform).
import { spawnSync, spawn } from 'node:child_process';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? '4173');
if (!/^\d{2,5}$/.test(port)) {
  console.error(`Not a port number: ${port}`);
  process.exit(2);
}
const skipBuild = args.includes('--no-build');

if (!skipBuild) {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.renderer.config.mts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(`Kartta is served at http://127.0.0.1:${port}/ (Ctrl+C stops it)`);
const server = spawn(
  'npx',
  ['vite', 'preview', '--config', 'vite.renderer.config.mts', '--port', port, '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'inherit',
  },
);
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
