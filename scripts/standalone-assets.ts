// After `next build`: the standalone server (<distDir>/standalone/server.js)
// serves /_next/static and public/ only from its own folder, so copy them
// in; the result runs anywhere Node runs, with nothing else beside it.
// The route manifest goes beside server.js too: scripts/serve.ts reads the
// pages to keep fresh from the build it serves (the real or the fixture site).
import { cpSync, existsSync, rmSync } from 'node:fs'

const dist = process.env.NEXT_DIST_DIR ?? '.next'
const target = `${dist}/standalone`
if (!existsSync(`${target}/server.js`)) throw new Error(`${target}/server.js is missing: did next build run with output: 'standalone'?`)
rmSync(`${target}/${dist}/static`, { recursive: true, force: true })
cpSync(`${dist}/static`, `${target}/${dist}/static`, { recursive: true })
cpSync('lib/generated/route-manifest.json', `${target}/route-manifest.json`)
if (existsSync('public')) cpSync('public', `${target}/public`, { recursive: true })
