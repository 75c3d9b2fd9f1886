// A line diff (longest common subsequence), for showing staff what changed
// and for carrying an edit back onto the original text line by line.
export type DiffLine = { op: ' ' | '-' | '+'; text: string }

export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n')
  const b = after.split('\n')
  // Common head and tail first: edits are small, files are not.
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  const n = midA.length
  const m = midB.length
  // A rewrite of a long text: shown as the old lines, then the new.
  if (n * m > 4_000_000)
    return [
      ...a.slice(0, start).map((text) => ({ op: ' ' as const, text })),
      ...midA.map((text) => ({ op: '-' as const, text })),
      ...midB.map((text) => ({ op: '+' as const, text })),
      ...a.slice(endA).map((text) => ({ op: ' ' as const, text })),
    ]
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const middle: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      middle.push({ op: ' ', text: midA[i++]! })
      j++
    } else if (j < m && (i === n || lcs[i]![j + 1]! > lcs[i + 1]![j]!)) middle.push({ op: '+', text: midB[j++]! })
    else middle.push({ op: '-', text: midA[i++]! })
  }
  return [
    ...a.slice(0, start).map((text) => ({ op: ' ' as const, text })),
    ...middle,
    ...a.slice(endA).map((text) => ({ op: ' ' as const, text })),
  ]
}

// The changed lines with `context` lines around them, as `git diff` shows them.
export function unifiedDiff(before: string, after: string, context = 2): string {
  const lines = diffLines(before, after)
  const keep = new Set<number>()
  lines.forEach((line, index) => {
    if (line.op === ' ') return
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k++) keep.add(k)
  })
  const out: string[] = []
  let last = -1
  for (const index of [...keep].sort((x, y) => x - y)) {
    if (last !== -1 && index > last + 1) out.push('…')
    out.push(`${lines[index]!.op}${lines[index]!.text}`)
    last = index
  }
  return out.join('\n')
}
