// An address under /staff that is no desk page (see [...missing]), or a
// page's notFound(): in the desk's own layout, instead of Next's default
// page, whose inline style the CSP blocks and the validator rejects.
export default function DeskNotFound() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900">No such desk page</h1>
      <p className="mt-2">
        <a href="/staff" className="text-brand-800 underline">
          Back to the desk
        </a>
      </p>
    </main>
  )
}
