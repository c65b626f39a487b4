# Extracted from docs/pds/messaging.md:264 by `handbook extract`.
# Edit the page, not this file.
gcloud pubsub schemas create order-placed --type=avro \
  --definition-file=schemas/order_placed.avsc
gcloud pubsub topics create orders --schema=order-placed --message-encoding=binary
