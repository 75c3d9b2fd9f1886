export function FallbackNotice({ message }: { message: string }) {
  return (
    <p role="note" className="mb-6 rounded border-s-4 border-amber-600 bg-amber-50 px-4 py-3 text-amber-950">
      {message}
    </p>
  )
}
