// One connection pool per process, from DATABASE_URL (the serve wrapper sets
// it to the embedded database; at scale it names an external PostgreSQL).
// Created on first use, so building the public pages never needs a database.
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import * as schema from './schema'

export type Database = NodePgDatabase<typeof schema>

const DEFAULT_POOL_SIZE = 10

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database cannot be reached', { cause })
    this.name = 'DatabaseUnavailableError'
  }
}

export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const size = Number(env.DATABASE_POOL_SIZE)
  return Number.isInteger(size) && size > 0 ? size : DEFAULT_POOL_SIZE
}

export function createPool(url: string, max = poolSize()): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 })
  // An idle client losing its server (a restart, a network cut) must not
  // crash the process: the next query reconnects or fails on its own.
  pool.on('error', (error) => console.error(`[db] idle connection lost: ${error.message}`))
  return pool
}

const globalForDb = globalThis as typeof globalThis & { ispcpDb?: { pool: pg.Pool; db: Database } }

function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) throw new DatabaseUnavailableError(new Error('DATABASE_URL is not set (start the site with npm start or npm run serve)'))
  return url
}

export function getDb(): Database {
  if (!globalForDb.ispcpDb) {
    const pool = createPool(databaseUrl())
    globalForDb.ispcpDb = { pool, db: drizzle(pool, { schema }) }
  }
  return globalForDb.ispcpDb.db
}

export function getPool(): pg.Pool {
  getDb()
  return globalForDb.ispcpDb!.pool
}

// Connection-level failures (refused, reset, timed out, server shutting
// down), as opposed to a query the database rejected.
export function isConnectionError(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof DatabaseUnavailableError) return true
    const code = (e as { code?: string }).code ?? ''
    if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EPIPE|57P0[1-3]|08\w\w|53300)$/.test(code)) return true
    if (/Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(e.message)) return true
  }
  return false
}
