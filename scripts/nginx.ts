// Runs nginx with the shipped deploy/nginx.conf (or a static-file config)
// on this run's ports, for the bench and the browser tests.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { READING_DIR } from '../deploy/reading-pages.cjs'

export function hasNginx(): boolean {
  return spawnSync('nginx', ['-v']).status === 0
}

// Started as root (CI, this machine), nginx would run its workers as an
// unprivileged user that cannot enter our private temporary folders.
const asCurrentUser = process.getuid?.() === 0 ? 'user root root;\n' : ''

// The shipped config, pointed at another upstream, port and scratch folder,
// and at the reading pages of the build in `distDir`.
export function proxyConfig(dir: string, upstreamPort: number, listenPort: number, distDir = '.next'): string {
  mkdirSync(dir, { recursive: true })
  const config =
    asCurrentUser +
    readFileSync(join(import.meta.dirname, '../deploy/nginx.conf'), 'utf8')
      .replace(/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${upstreamPort};`)
      .replace(/listen 127\.0\.0\.1:8080/, `listen 127.0.0.1:${listenPort}`)
      .replace(/root \S+\/reading\/pages;/, `root ${resolve(distDir, 'standalone', READING_DIR, 'pages')};`)
      .replaceAll('/tmp/ispcp-nginx', join(dir, 'nginx'))
  const file = join(dir, 'proxy.conf')
  writeFileSync(file, config)
  return file
}

// nginx serving the pre-rendered HTML files straight from disk.
export function staticConfig(dir: string, htmlRoot: string, listenPort: number): string {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'static.conf')
  writeFileSync(
    file,
    `${asCurrentUser}worker_processes auto; pid ${dir}/static.pid; error_log stderr warn;
events { worker_connections 4096; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 10000;
  gzip on; gzip_comp_level 5; gzip_types text/css application/javascript;
  client_body_temp_path ${dir}/s-body; proxy_temp_path ${dir}/s-proxy; fastcgi_temp_path ${dir}/s-fcgi; uwsgi_temp_path ${dir}/s-uwsgi; scgi_temp_path ${dir}/s-scgi;
  default_type text/html;
  server {
    listen 127.0.0.1:${listenPort} reuseport;
    root ${htmlRoot};
    location / { try_files $uri.html $uri =404; }
  }
}
`,
  )
  return file
}

// Starts nginx as a daemon with the given config; returns its stop.
export function startNginx(config: string): () => void {
  execFileSync('nginx', ['-c', config, '-g', 'daemon on;'], { stdio: 'inherit' })
  return () => {
    try {
      execFileSync('nginx', ['-c', config, '-s', 'quit'], { stdio: 'ignore' })
    } catch {}
  }
}
