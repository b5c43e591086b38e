import { execFile } from 'node:child_process';
import { ROOT } from './test-server';

/**
 * The text of a PDF as an independent reader (pdf-parse, on Mozilla's pdf.js) extracts it. It runs
 * in a child Node process: pdf.js loads its worker with a dynamic import, which jest's module
 * sandbox refuses.
 */
export function pdfText(bytes: Uint8Array): Promise<string> {
  const script = `const { PDFParse } = require('pdf-parse');
let chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  process.stdout.write((await parser.getText()).text);
  await parser.destroy();
});`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
    child.stdin?.end(Buffer.from(bytes));
  });
}
