import type { ReactNode } from 'react'

export interface Column<Row> {
  header: string
  cell: (row: Row) => ReactNode
  /** Dates and references stay on one line (from 640 px up). */
  nowrap?: boolean
  /** Text a visitor wrote, isolated in whatever direction its language runs. */
  autoDirection?: boolean
}

// The desk's lists: one table markup for accounts, applications and the
// audit log. Below 640 px each row is a block of "header: value" lines, so a
// phone never scrolls sideways (long addresses break: see DeskPage).
export function StaffTable<Row>({
  caption,
  empty,
  rows,
  rowKey,
  columns,
}: {
  caption: string
  empty: string
  rows: Row[]
  rowKey: (row: Row) => string | number
  columns: Column<Row>[]
}) {
  if (!rows.length) return <p className="mt-4">{empty}</p>
  const cellClass = (column: Column<Row>, last: boolean) =>
    `py-1 max-sm:block max-sm:py-0.5 ${last ? '' : 'sm:pe-3'} ${column.nowrap ? 'sm:whitespace-nowrap' : ''}`.trim()
  return (
    <table className="mt-4 w-full border-collapse text-left text-sm max-sm:block">
      <caption className="sr-only">{caption}</caption>
      <thead className="max-sm:sr-only">
        <tr className="border-b border-slate-400">
          {columns.map((column, i) => (
            <th key={column.header} scope="col" className={i < columns.length - 1 ? 'py-2 pe-3' : 'py-2'}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-sm:block">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-slate-200 max-sm:block max-sm:py-2">
            {columns.map((column, i) => (
              <td key={column.header} className={cellClass(column, i === columns.length - 1)}>
                {/* The header, shown where the header row is not. */}
                <span aria-hidden="true" className="font-semibold sm:hidden">
                  {column.header}:{' '}
                </span>
                {column.autoDirection ? <bdi>{column.cell(row)}</bdi> : column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
