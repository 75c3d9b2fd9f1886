interface SearchBoxProps {
  // The results page, e.g. /fr/search: a plain GET form, so searching works
  // with JavaScript off.
  action: string
  // Names the search landmark; two on one page need different names.
  name: string
  label: string
  buttonLabel: string
  // Unique on the page: ties the label to the input.
  id: string
  defaultValue?: string
  className?: string
}

export function SearchBox({ action, name, label, buttonLabel, id, defaultValue, className = '' }: SearchBoxProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is not yet announced by every screen reader in use; role="search" is
    <form role="search" aria-label={name} action={action} method="get" className={`flex min-w-0 ${className}`}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={label}
        maxLength={200}
        enterKeyHint="search"
        className="min-w-0 flex-1 rounded-s border border-slate-500 bg-white px-3 py-1.5 text-base text-slate-900 placeholder:text-slate-500"
      />
      <button
        type="submit"
        className="shrink-0 rounded-e border border-brand-100 bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-600"
      >
        {buttonLabel}
      </button>
    </form>
  )
}
