// The HTTP side of the game server: health, the public room listing, one room by code, and the
// built client (a single-page app) from dist/.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { matchMaker } from '@colyseus/core';
import { ROOM_CODE_PATTERN, ROOM_NAME, type RoomListing, type RoomPhase } from '../shared/protocol';

interface ListingRecord { roomId: string; metadata?: Partial<RoomListing> & { listed?: boolean }; clients?: number }

function toListing(record: ListingRecord): RoomListing {
  const meta = record.metadata ?? {};
  return {
    code: record.roomId,
    seatsTaken: meta.seatsTaken ?? 0,
    seatsTotal: meta.seatsTotal ?? 0,
    phase: (meta.phase ?? 'lobby') as RoomPhase,
    round: meta.round ?? 0,
    spectators: meta.spectators ?? 0,
    host: meta.host ?? '',
  };
}

/** How long one query of every room serves /healthz and /api/rooms (a probe or a lobby poll). */
export const LISTING_CACHE_MS = 1000;

/**
 * Every room of every process, queried at most once per LISTING_CACHE_MS however many probes
 * and lobby pages ask: with hundreds of rooms the query (and, with Redis, its round trip) is
 * the expensive part, and a one-second-old listing is fresh enough for both.
 */
function cachedRoomQuery(): () => Promise<ListingRecord[]> {
  let cached: { at: number; records: Promise<ListingRecord[]> } | null = null;
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at >= LISTING_CACHE_MS) {
      const records = matchMaker.query({ name: ROOM_NAME }) as unknown as Promise<ListingRecord[]>;
      const entry = { at: now, records };
      cached = entry;
      // A failed query is not kept: the next request tries again.
      records.catch(() => { if (cached === entry) cached = null; });
    }
    return cached.records;
  };
}

export function addApiRoutes(app: Express): void {
  const allRooms = cachedRoomQuery();

  app.get('/healthz', async (_req, res) => {
    let rooms = -1;
    try { rooms = (await allRooms()).length; } catch { /* driver unavailable */ }
    res.status(rooms >= 0 ? 200 : 503).json({ ok: rooms >= 0, rooms });
  });

  app.get('/api/rooms', async (_req, res) => {
    try {
      const records = await allRooms();
      const rooms = records.filter((r) => r.metadata?.listed === true).map(toListing)
        .sort((a, b) => Number(a.phase !== 'lobby') - Number(b.phase !== 'lobby') || a.code.localeCompare(b.code));
      res.set('Cache-Control', 'no-store').json({ rooms });
    } catch {
      res.status(503).json({ code: 'UNAVAILABLE', message: 'the room listing is not available right now' });
    }
  });

  app.get('/api/rooms/:code', async (req, res) => {
    const code = String(req.params.code ?? '').toUpperCase();
    if (!ROOM_CODE_PATTERN.test(code)) {
      res.status(404).json({ code: 'ROOM_NOT_FOUND', message: `"${code.slice(0, 12)}" is not a room code (6 letters and digits)` });
      return;
    }
    try {
      const records = (await matchMaker.query({ name: ROOM_NAME, roomId: code })) as unknown as ListingRecord[];
      if (records.length === 0) {
        res.status(404).json({ code: 'ROOM_NOT_FOUND', message: `no room with code ${code}: it may have ended` });
        return;
      }
      res.set('Cache-Control', 'no-store').json(toListing(records[0]));
    } catch {
      res.status(503).json({ code: 'UNAVAILABLE', message: 'the room listing is not available right now' });
    }
  });

  app.use('/api', (_req, res) => {
    res.status(404).json({ code: 'NOT_FOUND', message: 'no such API route' });
  });
}

/** Static files from dist/, and index.html for any other GET (client-side routes like /?room=CODE). */
export function addClientRoutes(app: Express, distDir: string): void {
  app.use(express.static(distDir, { index: 'index.html', maxAge: '1h', setHeaders: (res, file) => {
    if (file.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
  } }));
  const indexFile = path.join(distDir, 'index.html');
  app.get('*', (req, res, next) => {
    if (req.path.startsWith('/matchmake')) { next(); return; }
    if (!fs.existsSync(indexFile)) {
      res.status(503).type('text/plain').send('The game client is not built yet: run `npm run build` (the server is up: see /healthz).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}
