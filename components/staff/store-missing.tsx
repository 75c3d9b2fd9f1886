// The content pages of the desk when there is nowhere to propose changes to.
export function StoreMissing({ reason }: { reason: string }) {
  return (
    <div className="mt-6 rounded border border-amber-800 bg-amber-50 p-4">
      <p className="font-semibold">Editing in the browser is not set up on this server.</p>
      <p className="mt-2">{reason}</p>
      <p className="mt-2">
        Set <code>CONTENT_REPO</code> in the server's environment and restart it: <code>CONTENT_REPO=/path/to/a/git/checkout</code> for a
        git repository on this machine, or <code>CONTENT_REPO=github:owner/name</code> with <code>GITHUB_TOKEN</code> (or the GitHub App
        settings) to open pull requests. The README's "Editing in the browser" section explains both.
      </p>
    </div>
  )
}
