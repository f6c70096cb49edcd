/**
 * Bundles the dashboard (web/src) and the GraphQL IDE (web/graphiql) into web/dist with esbuild.
 * Nothing is fetched at run time from elsewhere: React, GraphiQL and their CSS are bundled here.
 * `npm start` runs this while Neo4j starts, and it rebuilds only when a source is newer than the bundle.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const WEB_DIR = path.resolve(__dirname, '../../web');
export const DIST_DIR = path.join(WEB_DIR, 'dist');
const STAMP = path.join(DIST_DIR, 'graphiql.js');
const PAGES = ['index.html', 'graphiql.html'];

/** Builds web/dist unless it is newer than every source; returns whether it built. */
export async function buildWeb(options: { force?: boolean } = {}): Promise<boolean> {
  if (!options.force && !isStale()) return false;
  mkdirSync(DIST_DIR, { recursive: true });
  const common = { bundle: true, minify: true, sourcemap: true, target: 'es2020', logLevel: 'warning' as const, legalComments: 'none' as const };
  await Promise.all([
    build({ ...common, entryPoints: { app: path.join(WEB_DIR, 'src/main.ts') }, outdir: DIST_DIR, format: 'iife' }),
    build({
      ...common,
      entryPoints: { graphiql: path.join(WEB_DIR, 'graphiql/main.ts') },
      outdir: DIST_DIR,
      format: 'iife',
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
    }),
  ]);
  for (const page of PAGES) copyFileSync(path.join(WEB_DIR, page), path.join(DIST_DIR, page));
  copyFileSync(path.join(WEB_DIR, 'src/styles.css'), path.join(DIST_DIR, 'styles.css'));
  return true;
}

function isStale(): boolean {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  const lock = path.resolve(WEB_DIR, '../package-lock.json');
  return newestSource(WEB_DIR) > built || (existsSync(lock) && statSync(lock).mtimeMs > built);
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

if (require.main === module) {
  buildWeb({ force: process.argv.includes('--force') })
    .then((built) => console.log(built ? `web: built ${path.relative(process.cwd(), DIST_DIR)}` : 'web: bundle is current'))
    .catch((error: unknown) => {
      console.error(`web build failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
