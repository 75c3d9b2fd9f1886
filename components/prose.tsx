// Renders markdown that lib/content has already sanitised. `lang` is set
// when the text is a fallback in another language than the page.
export function Prose({ html, lang }: { html: string; lang?: string }) {
  return <div className="prose" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />
}
