import type { ReactNode } from 'react'

export function PageHeading({ title, lang, dir, children }: { title: string; lang?: string; dir?: 'ltr' | 'rtl'; children?: ReactNode }) {
  return (
    <header className="mb-8">
      <h1 lang={lang} dir={dir} className="text-3xl font-bold tracking-tight text-brand-900 md:text-4xl">
        {title}
      </h1>
      {children}
    </header>
  )
}
