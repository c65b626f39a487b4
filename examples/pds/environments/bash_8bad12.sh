# Extracted from docs/pds/environments.md:107 by `handbook extract`.
# Edit the page, not this file.
image="europe-west1-docker.pkg.dev/acme-prod/shop/api"
digest="$(gcloud artifacts docker images describe "${image}:${GITHUB_SHA}" \
  --format='value(image_summary.digest)')"

# Staging and production receive the same bytes; only --set-env-vars and secrets differ.
gcloud run deploy shop-api --project=acme-staging --region=europe-west1 \
  --image="${image}@${digest}" --set-env-vars=SHOP_ENVIRONMENT=staging
gcloud run deploy shop-api --project=acme-prod --region=europe-west1 \
  --image="${image}@${digest}" --set-env-vars=SHOP_ENVIRONMENT=production
