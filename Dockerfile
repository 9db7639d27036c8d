FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -e . && (cd web && npm ci --no-audit --no-fund)
EXPOSE 8000
CMD ["eventmap", "serve"]
