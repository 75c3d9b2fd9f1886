// A browser with JavaScript off, in a few lines: keeps cookies, reads a
// page's form (its hidden inputs included: server actions put their id
// there) and posts it as the browser would. Used by the desk's security,
// durability and multi-instance tests; any public form works the same way.
import { request as httpRequest } from 'node:http'

export interface FormResponse {
  status: number
  location: string | null
  body: string
}

const decode = (text: string) =>
  text.replace(
    /&(quot|amp|lt|gt|#39|#x27);/g,
    (_, entity: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[entity]!,
  )

function attribute(tag: string, name: string): string | undefined {
  const match = tag.match(new RegExp(`\\s${name.replace(/[$]/g, '\\$')}="([^"]*)"`))
  return match ? decode(match[1]!) : undefined
}

/** The hidden inputs of the first form on the page that has a field named `field` (or contains `text`). */
export function hiddenInputs(html: string, field: string, text = `name="${field}"`): Record<string, string> {
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    if (!form.includes(text)) continue
    const inputs: Record<string, string> = {}
    for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
      if (attribute(tag, 'type') === 'hidden') inputs[attribute(tag, 'name')!] = attribute(tag, 'value') ?? ''
    }
    return inputs
  }
  throw new Error(`no form with a field named ${field} on the page`)
}

// fetch cannot choose the address it connects from; node:http can, so that
// clients on 127.0.0.2, 127.0.0.3 … are different visitors to the server.
function sendFrom(localAddress: string, request: Request, body: Buffer | undefined): Promise<Response> {
  const url = new URL(request.url)
  const headers = Object.fromEntries(request.headers)
  if (body) headers['content-length'] = String(body.length)
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: request.method, headers, localAddress },
      (answer) => {
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          const received = new Headers()
          for (const [name, value] of Object.entries(answer.headers)) for (const one of [value ?? []].flat()) received.append(name, one)
          const empty = [204, 304].includes(answer.statusCode!)
          resolve(new Response(empty ? null : Buffer.concat(chunks), { status: answer.statusCode, headers: received }))
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

export class FormClient {
  readonly cookies = new Map<string, string>()

  constructor(
    readonly baseUrl: string,
    readonly origin = baseUrl,
    /** The loopback address to connect from (127.0.0.2 …), when the test needs distinct visitors. */
    readonly localAddress?: string,
  ) {}

  private async send(path: string, init: RequestInit): Promise<Response> {
    if (!this.localAddress) return fetch(this.baseUrl + path, { redirect: 'manual', ...init })
    const request = new Request(this.baseUrl + path, init)
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined
    return sendFrom(this.localAddress, request, body)
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1).trim()
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  // No Cookie header at all rather than an empty one: Better Auth asks a request with cookies for its Origin.
  private withCookies(headers: Record<string, string>): Record<string, string> {
    return this.cookies.size ? { ...headers, cookie: this.cookieHeader } : headers
  }

  async get(path: string): Promise<FormResponse> {
    const response = await this.send(path, { headers: this.withCookies({}) })
    this.remember(response)
    // As sent: response.text() would drop a CSV export's byte order mark.
    const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    return { status: response.status, location: response.headers.get('location'), body }
  }

  /** GETs `page`, fills the form that has `fields`' first name, and posts it (multipart, like React's forms). */
  async submit(
    page: string,
    fields: Record<string, string>,
    options: { origin?: string; hidden?: Record<string, string> } = {},
  ): Promise<FormResponse> {
    const hidden = options.hidden ?? hiddenInputs((await this.get(page)).body, Object.keys(fields)[0]!)
    return this.post(page, { ...hidden, ...fields }, options.origin)
  }

  async post(path: string, fields: Record<string, string>, origin = this.origin): Promise<FormResponse> {
    const body = new FormData()
    for (const [name, value] of Object.entries(fields)) body.append(name, value)
    const response = await this.send(path, { method: 'POST', body, headers: this.withCookies({ origin }) })
    this.remember(response)
    return { status: response.status, location: response.headers.get('location'), body: await response.text() }
  }

  /** A JSON POST, as a script sends it (no Origin: Better Auth checks one against its base URL). */
  async postJson(path: string, body: unknown): Promise<FormResponse> {
    const response = await this.send(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: this.withCookies({ 'content-type': 'application/json' }),
    })
    this.remember(response)
    return { status: response.status, location: response.headers.get('location'), body: await response.text() }
  }

  async signIn(email: string, password: string): Promise<FormResponse> {
    return this.submit('/staff/sign-in', { email, password })
  }
}
