import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { PrintBlock } from '@kenes/domain';

/**
 * Official documents (agenda, notice, minutes, annual report) as PDF and printable HTML from the
 * same blocks. The PDF embeds DejaVu Serif from the `dejavu-fonts-ttf` npm package: it covers the
 * Kazakh letters (ә ғ қ ң ө ұ ү һ і) and Russian, and PDF readers need nothing installed.
 */

let fonts: { regular: Buffer; bold: Buffer } | null = null;

function fontFile(name: string): string {
  // Resolved at run time (the API bundle keeps node_modules external), from the package itself.
  const candidates: string[] = [];
  try {
    candidates.push(createRequire(__filename).resolve(`dejavu-fonts-ttf/ttf/${name}`));
  } catch {
    // fall through to the working directory
  }
  candidates.push(join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', name));
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`font ${name} not found: install dejavu-fonts-ttf`);
  return found;
}

function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= { regular: readFileSync(fontFile('DejaVuSerif.ttf')), bold: readFileSync(fontFile('DejaVuSerif-Bold.ttf')) };
  return fonts;
}

export function renderPdf(title: string, blocks: readonly PrintBlock[], footer: string): Promise<Buffer> {
  const f = loadFonts();
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 70, right: 50 }, info: { Title: title, Producer: 'Kenes', Creator: 'Kenes' }, bufferPages: true });
  doc.registerFont('body', f.regular);
  doc.registerFont('bold', f.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        doc.moveDown(0.5).font('bold').fontSize(16).text(b.text, { align: 'center' });
        break;
      case 'subtitle':
        doc.font('body').fontSize(12).text(b.text, { align: 'center' });
        break;
      case 'heading':
        doc.moveDown(0.8).font('bold').fontSize(12).text(b.text);
        break;
      case 'para':
        doc.moveDown(0.3).font('body').fontSize(11).text(b.text, { align: 'justify' });
        break;
      case 'list':
        doc.moveDown(0.2).font('body').fontSize(11);
        for (const item of b.items) doc.text(item, { indent: 14 });
        break;
      case 'table': {
        doc.moveDown(0.3).fontSize(10);
        const col = width * 0.65;
        const row = (cells: readonly string[], bold: boolean) => {
          const y = doc.y;
          if (y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
          const top = doc.y;
          doc.font(bold ? 'bold' : 'body').text(cells[0] ?? '', doc.page.margins.left + 4, top, { width: col - 8 });
          const h1 = doc.y;
          doc.text(cells[1] ?? '', doc.page.margins.left + col + 4, top, { width: width - col - 8 });
          const bottom = Math.max(h1, doc.y) + 2;
          doc.moveTo(doc.page.margins.left, bottom).lineTo(doc.page.margins.left + width, bottom).lineWidth(0.5).stroke('#888888');
          doc.x = doc.page.margins.left;
          doc.y = bottom + 2;
        };
        row(b.head, true);
        for (const r of b.rows) row(r, false);
        break;
      }
      case 'signatures':
        doc.moveDown(1.5).font('body').fontSize(11);
        for (const s of b.lines) {
          doc.text(`${s.role}  ____________________  ${s.name}`);
          if (s.note) doc.fontSize(9).text(s.note, { indent: 14 }).fontSize(11);
          doc.moveDown(0.8);
        }
        break;
    }
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('body').fontSize(8).text(`${footer} — ${i + 1}/${range.count}`, doc.page.margins.left, doc.page.height - 36, { width, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A self-contained printable page (A4, serif, no scripts), in the document's language. */
export function renderHtml(lang: string, title: string, blocks: readonly PrintBlock[], footer: string): string {
  const body = blocks
    .map((b) => {
      switch (b.kind) {
        case 'title':
          return `<h1>${esc(b.text)}</h1>`;
        case 'subtitle':
          return `<p class="center">${esc(b.text)}</p>`;
        case 'heading':
          return `<h2>${esc(b.text)}</h2>`;
        case 'para':
          return `<p>${esc(b.text)}</p>`;
        case 'list':
          return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
        case 'table':
          return `<table><thead><tr>${b.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`;
        case 'signatures':
          return `<div class="signatures">${b.lines
            .map((s) => `<p><span class="role">${esc(s.role)}</span> <span class="line"></span> ${esc(s.name)}${s.note ? `<br><small>${esc(s.note)}</small>` : ''}</p>`)
            .join('')}</div>`;
      }
    })
    .join('\n');
  return `<!doctype html>
<html lang="${esc(lang)}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif", "PT Serif", "Times New Roman", serif; font-size: 12pt; line-height: 1.4; color: #000; max-width: 180mm; margin: 0 auto; padding: 1em; }
h1 { text-align: center; font-size: 16pt; margin: .4em 0; letter-spacing: .05em; }
h2 { font-size: 12pt; margin: 1em 0 .3em; break-after: avoid; }
.center { text-align: center; margin: .1em 0; }
p { text-align: justify; margin: .3em 0; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: .3em 0; }
th, td { border: 1px solid #777; padding: 2px 6px; text-align: left; }
tr { break-inside: avoid; }
.signatures { margin-top: 2em; }
.signatures .role { display: inline-block; min-width: 8em; }
.signatures .line { display: inline-block; width: 14em; border-bottom: 1px solid #000; margin: 0 1em; }
footer { margin-top: 2em; font-size: 9pt; text-align: center; color: #444; }
</style></head>
<body><main>
${body}
</main><footer>${esc(footer)}</footer></body></html>`;
}
