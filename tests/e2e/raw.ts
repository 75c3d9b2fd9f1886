// A raw socket, so request lines reach the server byte for byte (fetch
// would normalise ../, percent-encode control characters, and never send
// an asterisk or absolute-form target).
import { connect } from 'node:net'

export interface RawResponse {
  status: number
  head: string
  body: string
}

export function rawRequest(base: URL, method: string, target: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(base.port), base.hostname)
    const chunks: Buffer[] = []
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`${method} ${target.slice(0, 80)}: no answer within 15 s`))
    }, 15_000)
    socket.on('data', (c) => chunks.push(c))
    socket.on('error', reject)
    socket.on('close', () => {
      clearTimeout(timer)
      const text = Buffer.concat(chunks).toString('latin1')
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text)
      if (!match) return reject(new Error(`${method} ${target.slice(0, 80)}: no HTTP answer (${text.slice(0, 60)})`))
      const split = text.indexOf('\r\n\r\n')
      resolve({ status: Number(match[1]), head: text.slice(0, split), body: text.slice(split + 4) })
    })
    const lines = [`${method} ${target} HTTP/1.1`, `Host: ${base.host}`, 'Connection: close']
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
    // write, not end: a half-closed socket lets the server drop the answer.
    socket.write(Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'))
  })
}

// A response header's value, if present.
export function header(res: RawResponse, name: string): string | undefined {
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(res.head)
  return match?.[1]?.trim()
}
