import { CSV_BOM } from '../../lib/csv'

// A CSV export's lines as a spreadsheet reads them: the byte order mark every
// export starts with (lib/csv.ts) is required, then dropped; lines end in
// CRLF (a quoted cell may still hold a bare \n).
export function csvLines(text: string): string[] {
  if (!text.startsWith(CSV_BOM))
    throw new Error(`a CSV export starts with a byte order mark; this starts with ${JSON.stringify(text.slice(0, 20))}`)
  return text.slice(CSV_BOM.length).split('\r\n')
}
