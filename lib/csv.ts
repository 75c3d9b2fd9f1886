// CSV for spreadsheets: a cell a spreadsheet would run as a formula
// (=, +, -, @) is quoted as text; lines end in CRLF; the file starts with a
// byte order mark, without which Excel reads UTF-8 as a legacy code page and
// garbles Arabic, Chinese and accented names.
export function csvCell(value: unknown): string {
  let text =
    value == null ? '' : value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const CSV_BOM = '\uFEFF'

export function csv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `${CSV_BOM}${[header.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n')}\r\n`
}
