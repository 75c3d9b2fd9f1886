// A browser with JavaScript off, in a few lines: keeps cookies, reads a
// page's form (its hidden inputs included: server actions put their id
// there) and posts it as the browser would. Used by the desk's security,
// durability and multi-instance tests; any public form works the same way.
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

export class FormClient {
  readonly cookies = new Map<string, string>()

  constructor(
    readonly baseUrl: string,
    readonly origin = baseUrl,
  ) {}

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

  async get(path: string): Promise<FormResponse> {
    const response = await fetch(this.baseUrl + path, { redirect: 'manual', headers: { cookie: this.cookieHeader } })
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
    const response = await fetch(this.baseUrl + path, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { cookie: this.cookieHeader, origin },
    })
    this.remember(response)
    return { status: response.status, location: response.headers.get('location'), body: await response.text() }
  }

  async signIn(email: string, password: string): Promise<FormResponse> {
    return this.submit('/staff/sign-in', { email, password })
  }
}
