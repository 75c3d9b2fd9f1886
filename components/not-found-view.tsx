export function NotFoundView({ title, body, homeHref, homeLabel }: { title: string; body: string; homeHref: string; homeLabel: string }) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mt-4">{body}</p>
      <p className="mt-4">
        <a href={homeHref} className="font-medium text-brand-800 underline">
          {homeLabel}
        </a>
      </p>
    </div>
  )
}
