# Extracted from docs/pds/containers.md:41 by `handbook extract`.
# Edit the page, not this file.
FROM python:latest
ENV PAYMENT_API_KEY=sk_live_51HbQ2eXampleKey
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y build-essential
RUN pip install -r requirements.txt
CMD python -m shop
