// A field's label followed by what is wrong with it ("Name: Enter your
// name."), with the language's own colon (`punctuation.colon`: " : " in
// French, "：" in Chinese). A label that is a sentence loses its full stop
// rather than pile a colon on it (".:"); one that ends in a question or a
// colon is followed by the colon's spacing alone.
export function labelled(label: string, colon: string): string {
  const text = label.trimEnd()
  if (/[?？؟!！:：]$/u.test(text)) return `${text}${colon.match(/\s*$/u)![0]}`
  return `${text.replace(/[.。．]$/u, '')}${colon}`
}
