// What the desk says without its database: the proxy's 503 page (when the
// database does not answer at all) and the desk's error page (when it goes
// away during a request).
export const deskUnavailable = {
  title: 'The desk is unavailable',
  body: 'It cannot reach its database right now. Please try again in a minute.',
}
