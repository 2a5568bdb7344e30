/**
 * `npm run serve` — serves every built site at http://<slug>.localhost:PORT/ and the editor
 * routes. HOST and PORT override 127.0.0.1:4321.
 */
import { startServer } from './start-server.ts';

await startServer({ watch: process.argv.includes('--watch') });
