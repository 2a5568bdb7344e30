import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
const body = process.argv[2]!;
const secret = process.argv[3] ?? 'w';
const started = Date.now();
const res = await fetch('http://127.0.0.1:4399/api/publish', { method: 'POST', body, headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret) } });
console.log(res.status, await res.text(), Date.now() - started, 'ms');
