# Extracted from docs/pds/use-cases.md:73 by `handbook extract`.
# Edit the page, not this file.
gcloud run deploy shop-api \
  --image="europe-west1-docker.pkg.dev/acme-prod/shop/api@${IMAGE_DIGEST:?}" \
  --region=europe-west1 \
  --concurrency=40 --min-instances=1 --max-instances=20 \
  --timeout=30s --memory=512Mi --cpu=1 --cpu-boost \
  --set-env-vars=SHOP_ENVIRONMENT=production
