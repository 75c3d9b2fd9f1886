import { notFound } from 'next/navigation'

// Every other address under /staff: the desk's 404 page (../not-found.tsx).
export default function MissingDeskPage() {
  notFound()
}
