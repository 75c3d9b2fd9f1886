// Vitest globalSetup: one production server for every e2e file, its
// address handed to them as inject('baseUrl').
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { serveBuild } from '../../scripts/serve-build'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export default async function setup(project: TestProject) {
  if (process.env.E2E_BASE_URL) {
    // Run against a server started elsewhere.
    project.provide('baseUrl', process.env.E2E_BASE_URL.replace(/\/$/, ''))
    return
  }
  const server = await serveBuild({ root: resolve(import.meta.dirname, '../..'), log: Boolean(process.env.E2E_SERVER_LOG) })
  project.provide('baseUrl', server.url)
  return () => server.stop()
}
