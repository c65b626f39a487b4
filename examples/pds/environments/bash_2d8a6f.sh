# Extracted from docs/pds/environments.md:163 by `handbook extract`.
# Edit the page, not this file.
image="europe-west1-docker.pkg.dev/acme-prod/shop/api"
digest="$(gcloud artifacts docker images describe "${image}:${GITHUB_SHA}" \
  --format='value(image_summary.digest)')"
gcloud run deploy shop-api --image="${image}@${digest}" --no-traffic --tag=canary
gcloud run services update-traffic shop-api --to-tags=canary=5
