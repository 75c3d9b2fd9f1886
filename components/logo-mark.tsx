// The site's mark (public/logo.svg, also the favicon). Decorative beside
// the site's name, so it has no text of its own.
export function LogoMark({ className = '' }: { className?: string }) {
  // biome-ignore lint/performance/noImgElement: a 1 KB SVG needs no image optimiser (which the site turns off)
  return <img src="/logo.svg" alt="" width={48} height={48} className={className} />
}
