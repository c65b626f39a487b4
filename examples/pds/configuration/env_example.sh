# Extracted from docs/pds/configuration.md:271 by `handbook extract`.
# Edit the page, not this file.
# Copy to .env for local development; never commit .env.
# shellcheck disable=SC2034  # a dotenv file only assigns
SHOP_DATABASE_URL=postgresql://shop:local-only@localhost:5432/shop
SHOP_PAYMENT_API_KEY=sk_test_replace_me
SHOP_DEBUG=true
SHOP_ENABLE_GIFT_CARDS=false
