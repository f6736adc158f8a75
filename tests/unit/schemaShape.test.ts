// The room schema's classes obey the one rule schema 3.0.76 needs from them (server/schema.ts):
// a class with @view() fields never holds an optional field, because setting any of its fields
// back to undefined corrupts what later joiners receive.
import { Schema } from '@colyseus/schema';
import { describe, expect, it } from 'vitest';
import * as schemas from '../../server/schema';

interface FieldInfo { name: string; tag?: number }

function fieldsOf(kind: new () => Schema): FieldInfo[] {
  const metadata = (kind as unknown as Record<symbol, Record<string, FieldInfo>>)[Symbol.metadata] ?? {};
  return Object.values(metadata).filter((f): f is FieldInfo => !!f && typeof f === 'object' && typeof f.name === 'string');
}

const classes = Object.entries(schemas)
  .filter(([, value]) => typeof value === 'function' && (value as { prototype?: unknown }).prototype instanceof Schema) as [string, new () => Schema][];

describe('room schema shape', () => {
  it('finds the schema classes, some of them with @view() fields', () => {
    expect(classes.length).toBeGreaterThan(10);
    expect(classes.filter(([, kind]) => fieldsOf(kind).some((f) => f.tag !== undefined)).map(([name]) => name))
      .toEqual(expect.arrayContaining(['MatchSchema', 'FactionState', 'SeatState', 'RoomState']));
  });

  it('a class with @view() fields starts every other field with a value', () => {
    const optional: string[] = [];
    for (const [name, kind] of classes) {
      const fields = fieldsOf(kind);
      if (!fields.some((f) => f.tag !== undefined)) continue;
      const fresh = new kind() as unknown as Record<string, unknown>;
      for (const field of fields) {
        // RoomState.match is set once when the first match starts and never removed.
        if (name === 'RoomState' && field.name === 'match') continue;
        if (field.tag === undefined && fresh[field.name] === undefined) optional.push(`${name}.${field.name}`);
      }
    }
    expect(optional).toEqual([]);
  });
});
