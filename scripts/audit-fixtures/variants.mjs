// Every audit fixture as a document model: the clean document and one edited copy per entry of
// FIXTURES (injections.mjs), each with the edits made and the truth it was built from.
import { buildTruth } from './truth.mjs';
import { buildDocument } from './document.mjs';
import { FIXTURES } from './injections.mjs';

export function auditVariants(seedModel) {
  const truth = buildTruth(seedModel);
  const clean = buildDocument(truth, seedModel);
  const variants = [
    { name: 'clean', fixture: { summary: 'All tables agree.', expected: () => [] }, doc: clean, injections: [] },
  ];
  for (const f of FIXTURES) {
    const doc = structuredClone(clean);
    const injections = f.apply(doc, truth);
    doc.name = f.name;
    variants.push({ name: f.name, fixture: f, doc, injections });
  }
  return { truth, variants };
}
