// The format's integrity digest, as the app computes it: SHA-256 over the document without
// "integritas", keys sorted, no whitespace, UTF-8. For tests that change a valid file and need it
// valid again.
import { createHash } from 'node:crypto';

export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// Seals `doc` in place (any old digest is replaced) and returns it.
export function seal(doc) {
  delete doc.integritas;
  doc.integritas = { algoritma: 'sha256', nilai: createHash('sha256').update(canonical(doc), 'utf8').digest('hex') };
  return doc;
}
