// The schema library reports trouble by logging and carrying on: a decoder that cannot apply a
// patch (`"refId" not found`, a definition mismatch, removing a reference it does not hold) is
// out of step with the server from then on, and an encoder whose buffer overflowed has sent
// truncated patches. Load tools route those lines to a counter instead of the console.

export type Complaint = 'refId' | 'decoder' | 'overflow';

/** Classify a console line; null = not the schema library's complaint. */
export function classify(args: unknown[]): { kind: Complaint | 'noise'; text: string } | null {
  const first = args[0];
  const text = first instanceof Error ? `${first.name}: ${first.message}` : String(first);
  if (text.includes('"refId" not found')) return { kind: 'refId', text };
  if (text.includes('definition mismatch') || text.includes('DecodingWarning')) return { kind: 'decoder', text };
  if (text.includes('buffer overflow')) return { kind: 'overflow', text };
  if (text.includes('Please report this issue')) return { kind: 'noise', text };
  return null;
}

/** Route the schema library's console complaints to `onComplaint` until the returned undo runs. */
export function watchSchemaComplaints(onComplaint: (kind: Complaint, text: string) => void): () => void {
  const original = { error: console.error, warn: console.warn };
  const watch = (level: 'error' | 'warn') => (...args: unknown[]) => {
    const found = classify(args);
    if (!found) return original[level](...args);
    if (found.kind !== 'noise') onComplaint(found.kind, found.text);
  };
  console.error = watch('error');
  console.warn = watch('warn');
  return () => { console.error = original.error; console.warn = original.warn; };
}
