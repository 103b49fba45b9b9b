// packPdf: jsPDF's file repacked with object streams and a cross-reference stream, losslessly —
// every object of jsPDF's file is there with the same number and value (qpdf's JSON of both).
import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { packPdf } from '../../../shared/report/pdf/pack-pdf';
import { tempFile, tool } from './helpers';

/** A small uncompressed jsPDF file with pages, an outline, metadata and an image-free stream mix. */
function jsPdfFile(): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: false });
  doc.setProperties({ title: 'Pakkaus', author: 'Testi' });
  for (let page = 1; page <= 3; page++) {
    if (page > 1) doc.addPage();
    doc.text(`Sivu ${page}: pakattu tiedosto (a) \\ b`, 40, 60);
    doc.setFillColor('#336699');
    doc.roundedRect(40, 80, 200, 100, 8, 8, 'F');
    doc.outline.add(null, `Sivu ${page}`, { pageNumber: page });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

type Objects = Record<string, { value?: unknown; stream?: { dict: Record<string, unknown> } }>;

/** qpdf's JSON of a file's objects (object streams and the cross-reference stream left out). */
function objectsOf(file: string): Objects {
  const json = JSON.parse(tool('qpdf', ['--json=2', '--json-key=qpdf', file])) as { qpdf: [unknown, Objects] };
  const kept = Object.entries(json.qpdf[1]).filter(([key, object]) => {
    const type = object.stream?.dict['/Type'];
    return key !== 'trailer' && type !== '/ObjStm' && type !== '/XRef';
  });
  // A stream's length and filter change when it is deflated; its data is compared by text below.
  return Object.fromEntries(
    kept.map(([key, object]) => [
      key,
      object.stream
        ? { ...object, stream: { dict: { ...object.stream.dict, '/Length': 0, '/Filter': null } } }
        : object,
    ]),
  );
}

describe('packPdf', () => {
  const original = jsPdfFile();
  const packed = packPdf(original, (data) => zlibSync(data));
  const before = tempFile('pack-before.pdf', original);
  const after = tempFile('pack-after.pdf', packed);

  it('writes a valid, smaller file with object streams and a cross-reference stream', () => {
    expect(tool('qpdf', ['--check', after])).toContain('No syntax or stream encoding errors');
    const text = Buffer.from(packed).toString('latin1');
    expect(text).toContain('/Type /ObjStm');
    expect(text).toMatch(/\/Type \/XRef \/Size \d+ \/W \[1 4 2\] \/Root \d+ 0 R \/Info \d+ 0 R \/ID \[/);
    expect(text).not.toMatch(/^xref$/m);
    expect(text).not.toContain('/Type /Page');
    expect(packed.length).toBeLessThan(original.length / 2);
  });

  it('keeps every object and value, and the text and pages', () => {
    const objects = objectsOf(before);
    expect(Object.keys(objects).length).toBeGreaterThan(15);
    expect(objectsOf(after)).toEqual(objects);
    expect(tool('pdftotext', ['-enc', 'UTF-8', after, '-'])).toBe(tool('pdftotext', ['-enc', 'UTF-8', before, '-']));
    expect(tool('pdfinfo', [after])).toMatch(/Pages:\s+3/);
    expect(tool('pdfinfo', [after])).toMatch(/Title:\s+Pakkaus/);
  });

  it('refuses a file it cannot read rather than writing a broken one', () => {
    const text = Buffer.from(original).toString('latin1');
    const moved = Buffer.from(text.replace(/startxref\n\d+/, 'startxref\n9'), 'latin1');
    expect(() => packPdf(new Uint8Array(moved), (data) => zlibSync(data))).toThrow();
  });
});
