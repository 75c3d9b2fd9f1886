// Preloaded into a server under test (NODE_OPTIONS=--require …): its clock
// runs TEST_CLOCK_FILE's number of milliseconds ahead (or behind, negative)
// of the real one, read again four times a second, so a test can move the
// site's "now" past the moment a call for participants opens. The database's
// clock is untouched: the site compares content dates with this one only.
const { readFileSync } = require('node:fs')

const file = process.env.TEST_CLOCK_FILE
if (file) {
  const RealDate = Date
  let offset = 0
  const read = () => {
    try {
      offset = Number(readFileSync(file, 'utf8')) || 0
    } catch {}
  }
  read()
  setInterval(read, 250).unref()
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(...args)
    }
    static now() {
      return RealDate.now() + offset
    }
  }
  globalThis.Date = ShiftedDate
}
