// Copies a plain object into a schema instance in place, field by field, assigning only what
// changed: the patch a client receives after a round is then the round's real difference, not
// the whole match again. Fields marked @view() are skipped: projection.ts rebuilds those per
// viewer so an object never changes audience while keeping its identity.
import { ArraySchema, Schema } from '@colyseus/schema';

type FieldType = string | (new () => Schema) | { array: string | (new () => Schema) };
interface FieldInfo { name: string; type: FieldType; tag?: number }

// A class's fields never change after it is defined: read its metadata once.
const fieldsCache = new Map<Function, FieldInfo[]>();
function fieldsOf(target: Schema): FieldInfo[] {
  const cached = fieldsCache.get(target.constructor);
  if (cached) return cached;
  const metadata = (target.constructor as unknown as Record<symbol, Record<string, FieldInfo>>)[Symbol.metadata];
  const fields: FieldInfo[] = [];
  for (const key in metadata) {
    const field = metadata[key];
    if (field && typeof field === 'object' && typeof field.name === 'string') fields.push(field);
  }
  fieldsCache.set(target.constructor, fields);
  return fields;
}

// The engine never mutates an object once a state holds it (shared/clone.ts: regions, distances,
// options and history records are shared between rounds' states). So when a schema object or
// array was last filled from the very same plain object, nothing in it can have changed and the
// walk is skipped: the static parts of the match cost nothing after the first projection.
const lastSource = new WeakMap<object, object>();

type Plain = Record<string, unknown>;

export function syncSchema(target: Schema, plain: Plain): void {
  if (lastSource.get(target) === plain) return;
  lastSource.set(target, plain);
  const record = target as unknown as Record<string, unknown>;
  for (const field of fieldsOf(target)) {
    if (field.tag !== undefined) continue;
    const value = plain[field.name];
    const kind = field.type;
    if (typeof kind === 'string') {
      const next = value === null ? undefined : value;
      if (record[field.name] !== next) record[field.name] = next;
    } else if (typeof kind === 'function') {
      if (value === null || value === undefined || typeof value !== 'object') {
        // A child the class always holds (created in its constructor) is emptied, not removed:
        // see the note on MatchSchema in schema.ts.
        if (isRequired(target, field.name)) syncSchema(record[field.name] as Schema, emptyOf(kind));
        else if (record[field.name] !== undefined) record[field.name] = undefined;
      } else {
        let child = record[field.name] as Schema | undefined;
        if (!child) {
          child = new kind();
          syncSchema(child, value as Plain);
          record[field.name] = child;
        } else {
          syncSchema(child, value as Plain);
        }
      }
    } else if (kind && typeof kind === 'object' && 'array' in kind) {
      if (!Array.isArray(value)) {
        // An optional array (e.g. an event's visibleTo) that is absent stays absent.
        if (record[field.name] !== undefined && value === undefined && !isRequired(target, field.name)) {
          record[field.name] = undefined;
        } else if (record[field.name] !== undefined) {
          syncArray(record[field.name] as ArraySchema<unknown>, kind.array, []);
        }
        continue;
      }
      let list = record[field.name] as ArraySchema<unknown> | undefined;
      if (!list) {
        list = new ArraySchema<unknown>();
        record[field.name] = list;
      }
      syncArray(list, kind.array, value);
    }
  }
}

/** A class's fields in their initial form, as a plain object: what "empty" means for it. */
const emptyCache = new Map<Function, Plain>();
function emptyOf(kind: new () => Schema): Plain {
  let empty = emptyCache.get(kind);
  if (!empty) {
    empty = new kind().toJSON() as Plain;
    emptyCache.set(kind, empty);
  }
  return empty;
}

/** Children created in the constructor are part of the shape; those left undefined are optional. */
const requiredCache = new Map<Function, Set<string>>();
function isRequired(target: Schema, name: string): boolean {
  let required = requiredCache.get(target.constructor);
  if (!required) {
    const fresh = new (target.constructor as new () => Schema)() as unknown as Record<string, unknown>;
    required = new Set(fieldsOf(target).filter((f) => fresh[f.name] !== undefined).map((f) => f.name));
    requiredCache.set(target.constructor, required);
  }
  return required.has(name);
}

export function syncArray(list: ArraySchema<unknown>, item: string | (new () => Schema), values: unknown[]): void {
  if (lastSource.get(list) === values) return;
  lastSource.set(list, values);
  if (typeof item === 'string') {
    const shared = Math.min(list.length, values.length);
    for (let i = 0; i < shared; i++) {
      if (list[i] !== values[i]) list[i] = values[i];
    }
    for (let i = shared; i < values.length; i++) list.push(values[i]);
  } else {
    const shared = Math.min(list.length, values.length);
    for (let i = 0; i < shared; i++) syncSchema(list[i] as Schema, values[i] as Plain);
    for (let i = shared; i < values.length; i++) {
      const child = new item();
      syncSchema(child, values[i] as Plain);
      list.push(child);
    }
  }
  while (list.length > values.length) list.pop();
}
