# The mplan CLI in a container: docker run --rm -v "$PWD:/work" mplan check .
FROM node:20-slim
WORKDIR /opt/mplan
COPY package.json package-lock.json ./
COPY . .
RUN npm ci --no-audit --no-fund && npm prune --omit=dev && npm cache clean --force
WORKDIR /work
ENTRYPOINT ["node", "/opt/mplan/bin/mplan.js"]
CMD ["check", "."]
