// Renders markdown that lib/content has already sanitised. `lang` and `dir`
// are set when the text is a fallback in another language than the page.
export function Prose({ html, lang, dir }: { html: string; lang?: string; dir?: 'ltr' | 'rtl' }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by lib/content/markdown.ts (GitHub's schema)
  return <div className="prose" lang={lang} dir={dir} dangerouslySetInnerHTML={{ __html: html }} />
}
