// Preloaded into a server under test (NODE_OPTIONS=--require …): its clock
// runs TEST_CLOCK_FILE's number of milliseconds ahead (or behind, negative)
// of the real one, read again four times a second, so a test can move the
// site's "now" past the moment a call for participants opens. The database's
// clock is untouched: the site compares content dates with this one only.
const { readFileSync } = require('node:fs')

const file = process.env.TEST_CLOCK_FILE
const RealDate = Date
let offset = 0

function read() {
  try {
    offset = Number(readFileSync(file, 'utf8')) || 0
  } catch {}
}

// A plain function rather than a subclass: what it makes are real Dates,
// and Date.UTC, Date.parse and instanceof Date keep working everywhere.
function ShiftedDate(...args) {
  const date = args.length === 0 ? new RealDate(RealDate.now() + offset) : new RealDate(...args)
  return new.target ? date : date.toString()
}
ShiftedDate.prototype = RealDate.prototype
ShiftedDate.now = () => RealDate.now() + offset
ShiftedDate.UTC = RealDate.UTC
ShiftedDate.parse = RealDate.parse

if (file) {
  read()
  setInterval(read, 250).unref()
  globalThis.Date = ShiftedDate
  // Next stamps a regenerated page with Date.now() and finds it stale by
  // performance.timeOrigin + performance.now(): both must tell the same time.
  const origin = performance.timeOrigin
  Object.defineProperty(performance, 'timeOrigin', { get: () => origin + offset, configurable: true })
}
