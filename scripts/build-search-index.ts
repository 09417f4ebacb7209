// Builds the Pagefind index over dist/ after `astro build` (Pagefind's Node API, same result as
// the CLI). Only pages whose <main> carries data-pagefind-body are indexed, so site chrome
// (header, navigation, footer) and utility pages stay out of the results.
import * as pagefind from 'pagefind';

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: 'dist' });
if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: 'dist/pagefind' });
if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${added.page_count} pages indexed into dist/pagefind.`);
