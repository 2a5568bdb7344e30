import { createEditorLoop } from '../server/editor-loop.ts';
import { createFasettServer } from '../server/app.ts';
process.env.FASETT_NOW ??= '2026-12-01T12:00:00+01:00';
const distDir = () => '/tmp/fasett-try';
const sites = ['appelsinia', 'bydelshus', 'ibsenbiblioteket'];
const editor = await createEditorLoop({ distDir, sites, previewSecret: 'abc', webhookSecret: 'w' });
const server = createFasettServer({ distDir, sites: () => sites, port: 4399, handlers: editor.handlers });
await new Promise<void>((r) => server.listen(4399, '127.0.0.1', r));
console.log('ready');
