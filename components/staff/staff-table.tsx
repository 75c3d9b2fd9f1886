import type { ReactNode } from 'react'

export interface Column<Row> {
  header: string
  cell: (row: Row) => ReactNode
  /** Dates and references stay on one line. */
  nowrap?: boolean
  /** Text a visitor wrote, in whatever direction its language runs. */
  autoDirection?: boolean
}

// The desk's lists: one table markup for accounts, applications and the audit log.
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
  const cellClass = (column: Column<Row>, last: boolean) => `py-1 ${last ? '' : 'pe-3'} ${column.nowrap ? 'whitespace-nowrap' : ''}`.trim()
  return (
    <table className="mt-4 w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-400">
          {columns.map((column, i) => (
            <th key={column.header} scope="col" className={i < columns.length - 1 ? 'py-2 pe-3' : 'py-2'}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-slate-200">
            {columns.map((column, i) => (
              <td
                key={column.header}
                className={cellClass(column, i === columns.length - 1)}
                dir={column.autoDirection ? 'auto' : undefined}
              >
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
