// npm run staff:add | staff:list | staff:remove | db:migrate | db:backup | db:restore
// (the commands are in lib/admin/; the container image runs this file bundled).
import { runAdmin } from '../lib/admin/commands'

process.exitCode = await runAdmin(process.argv.slice(2))
