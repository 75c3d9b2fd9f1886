// Next calls this once when a server starts: from then on nothing the
// server logs carries personal data (lib/log-redaction.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') (await import('./lib/log-redaction')).redactConsole()
}
