# responses-mock as a container, mainly for CI services: listens on 0.0.0.0:8080, runs as the `node` user.
#   docker build -t responses-mock .
#   docker run --rm -p 8080:8080 responses-mock
# Every setting is also an environment variable (PORT, HOST, RESPONSES_MOCK_*; see `--help`).
# Scenario fixtures: the shipped ones are baked in at /app/fixtures. Yours, mounted, are loaded beside them
# (a scenario of the same name in yours wins):
#   docker run --rm -p 8080:8080 -v ./my-fixtures:/fixtures:ro -e RESPONSES_MOCK_FIXTURES=/fixtures responses-mock
# The Node.js LTS line users run in production by default; the server also runs on Node 20.19 or later
# (`--build-arg NODE_VERSION=22`), or name a whole base image with NODE_IMAGE (a mirror, a local stand-in).
ARG NODE_VERSION=24
ARG NODE_IMAGE=node:${NODE_VERSION}-bookworm-slim

# Compile TypeScript to dist/. `npm ci` would run `prepare` (= build) before the sources are copied, so
# scripts are skipped here and the build runs explicitly once src/ is in place. dist/ has every dependency
# bundled in, so the image needs no node_modules; type declarations and source maps stay behind.
FROM ${NODE_IMAGE} AS build
ENV NPM_CONFIG_AUDIT=false NPM_CONFIG_FUND=false NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
# fixtures/ may hold nothing yet (git keeps no empty folders): make sure the runtime stage can copy it.
RUN npm run build && mkdir -p fixtures && find dist -name '*.d.ts' -delete && find dist -name '*.map' -delete \
 && rm -f fixtures/README.md ui/README.md

FROM ${NODE_IMAGE}
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
# Owned by root: `node` can read the app but not change it (the server writes nothing to disk).
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
COPY --from=build /app/fixtures ./fixtures
COPY --from=build /app/ui ./ui
USER node
EXPOSE 8080
# The slim image has no curl; node's fetch does the job.
# The check asks 127.0.0.1 on the port the environment gives (RESPONSES_MOCK_PORT, else PORT, else 8080), as the
# server reads it: a port given as --port instead, or 0, is not seen here; set the variable.
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.RESPONSES_MOCK_PORT||process.env.PORT||8080)+'/health',{signal:AbortSignal.timeout(2500)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself; it closes open streams and exits within 2 s.
CMD ["node", "dist/server.cjs"]
