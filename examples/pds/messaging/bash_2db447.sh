# Extracted from docs/pds/messaging.md:178 by `handbook extract`.
# Edit the page, not this file.
gcloud pubsub subscriptions create orders-ledger \
  --topic=orders --ack-deadline=60 \
  --dead-letter-topic=orders-dead-letter --max-delivery-attempts=5
