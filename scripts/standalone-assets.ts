// After `next build`: the standalone server (<distDir>/standalone/server.js)
// serves /_next/static and public/ only from its own folder, so copy them
// in; the result runs anywhere Node runs, with nothing else beside it.
import { cpSync, existsSync, rmSync } from 'node:fs'

const dist = process.env.NEXT_DIST_DIR ?? '.next'
const target = `${dist}/standalone`
if (!existsSync(`${target}/server.js`)) throw new Error(`${target}/server.js is missing: did next build run with output: 'standalone'?`)
rmSync(`${target}/${dist}/static`, { recursive: true, force: true })
cpSync(`${dist}/static`, `${target}/${dist}/static`, { recursive: true })
if (existsSync('public')) cpSync('public', `${target}/public`, { recursive: true })
