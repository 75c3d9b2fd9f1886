export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900">Not for your role</h1>
      <p className="mt-2">
        Your account cannot open this part of the desk.{' '}
        <a href="/staff" className="text-brand-800 underline">
          Back to the desk
        </a>
      </p>
    </main>
  )
}
