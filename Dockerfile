# One image recipe for all five Homeward services; pick the service with --build-arg APP=<app>.
#   docker build --build-arg APP=ingest-api --build-arg PORT=3000 -t homeward/ingest-api .
# The build stage is identical for every APP, so BuildKit builds it once and reuses it.
# Node 22, a long-term-support line (20 left LTS in April 2026); the suite runs on 22 too (npm run test:node22).
ARG NODE_IMAGE=node:22-bookworm-slim

# ---------------------------------------------------------------- build: compile every app once
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Install scripts are not needed to compile (tsc + tsc-alias) and npm 10 (bundled with node 22)
# ignores package.json's npm 11 `allowScripts`, so skip them all rather than run unvetted ones.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# ---------------------------------------------------------------- runtime: production deps only
FROM ${NODE_IMAGE} AS runtime
ARG APP
ARG PORT=3000
RUN test -n "${APP}" || (echo "build arg APP is required (ingest-api, protocol-engine, compliance-tracker, alerting, education-referrals)" >&2; exit 1)

# tini as PID 1: forwards SIGTERM/SIGINT to node (graceful shutdown) and reaps zombies.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*

ENV NODE_ENV=production \
    APP=${APP} \
    PORT=${PORT} \
    SCARF_ANALYTICS=false
WORKDIR /app

# Production dependencies only. Prebuilt native add-ons (msgpackr-extract) load without install scripts.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# The whole dist/ (all apps and libs; small) so relative imports rewritten by tsc-alias resolve.
COPY --from=build /app/dist ./dist
# education-referrals reads the LA's term dates (TERM_DATES_FILE) and the other LAs' CME contacts
# (LOCAL_AUTHORITIES_FILE) from here; mount other files over them.
COPY apps/education-referrals/config ./apps/education-referrals/config
RUN test -f "dist/apps/${APP}/src/main.js" || (echo "no dist/apps/${APP}/src/main.js: unknown APP?" >&2; exit 1)

# Files stay root-owned (read-only to the service); the process runs unprivileged.
USER node
EXPOSE ${PORT}

HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

ENTRYPOINT ["/usr/bin/tini", "--"]
# `exec` replaces the shell, so node is tini's direct child and receives SIGTERM itself.
CMD ["sh", "-c", "exec node dist/apps/${APP}/src/main.js"]
