import { renderHtml, renderPdf } from './print';

describe('printing official documents', () => {
  const blocks = [
    { kind: 'title', text: 'ХАТТАМА' },
    { kind: 'para', text: 'ә ғ қ ң ө ұ ү һ і <b>' },
    { kind: 'table', head: ['Кеңес мүшесі', 'Дауыс'], rows: [['Әлия', 'қолдайды']] },
    { kind: 'signatures', lines: [{ role: 'Төраға', name: 'Әлия', note: '' }] },
  ] as const;

  it('renders a PDF with the font embedded', async () => {
    const pdf = await renderPdf('Хаттама', blocks, 'Көкшетау');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/FontFile2/);
  });

  it('renders printable HTML in the document’s language, escaping the text', () => {
    const html = renderHtml('kk', 'Хаттама', blocks, 'Көкшетау');
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain('ә ғ қ ң ө ұ ү һ і &lt;b&gt;');
    expect(html).toContain('@page { size: A4');
  });
});
