import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A run of text on a PDF page: `x`, `y` of its baseline start (PDF units, y up), `width`, `height`. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type PdfPages = PdfTextItem[][];

/** Why pdf.js refused the file (`InvalidPDFException`, `PasswordException`) and its message. */
export class PdfExtractionError extends Error {
  constructor(readonly kind: string, message: string) {
    super(message);
    this.name = 'PdfExtractionError';
  }
}

// pdf.js ships only as ES modules. The project and jest load CommonJS, and jest cannot import() an
// ES module without --experimental-vm-modules, so pdf.js runs in a worker thread, where Node's own
// loader imports it. Items come back as plain data.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const pdfjs = await import(workerData.pdfjsUrl);
  const task = pdfjs.getDocument({ data: new Uint8Array(workerData.bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const pages = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const content = await (await doc.getPage(number)).getTextContent();
    pages.push(content.items.filter((item) => typeof item.str === 'string' && item.str !== '').map((item) => ({
      text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.abs(item.transform[3]),
    })));
  }
  await task.destroy();
  parentPort.postMessage({ pages });
})().catch((error) => parentPort.postMessage({ error: { kind: (error && error.name) || 'Error', message: String((error && error.message) || error) } }));
`;

/**
 * The text items of every page, in pdf.js content order. Rejects with a PdfExtractionError when
 * pdf.js cannot read the file, or when it takes longer than `timeoutMs` (the worker is stopped).
 */
export async function extractPdfTextItems(bytes: Buffer, timeoutMs = 60_000): Promise<PdfPages> {
  const pdfjsUrl = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  const worker = new Worker(WORKER, { eval: true, workerData: { pdfjsUrl, bytes: Uint8Array.from(bytes) } });
  let timer: NodeJS.Timeout | undefined;
  try {
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      timer = setTimeout(() => reject(new PdfExtractionError('Timeout', `no text after ${timeoutMs / 1000} s`)), timeoutMs);
      worker.once('message', resolve);
      worker.once('error', (error) => reject(new PdfExtractionError(error.name, error.message)));
      worker.once('exit', (code) => reject(new PdfExtractionError('WorkerExit', `pdf.js worker stopped (exit code ${code})`)));
    });
    if ('error' in reply) throw new PdfExtractionError(reply.error.kind, reply.error.message);
    return reply.pages;
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}

type WorkerReply = { pages: PdfPages } | { error: { kind: string; message: string } };
