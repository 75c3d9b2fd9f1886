# Multi-stage image of the standalone server: one folder, production
# dependencies only, run as an unprivileged user. Run many identical
# containers behind a load balancer or CDN; they share nothing.
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:22-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000
# The standalone output traces only the node_modules the server needs;
# `npm run build` has copied static files and public/ into it.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/content ./content
COPY --from=build --chown=node:node /app/deploy/request-guard.cjs ./request-guard.cjs
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/en').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "-r", "./request-guard.cjs", "server.js"]
