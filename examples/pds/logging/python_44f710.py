# Extracted from docs/pds/logging.md:406 by `handbook extract`.
# Edit the page, not this file.
from opentelemetry import trace
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

propagator = TraceContextTextMapPropagator()
incoming = {"traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}

context = propagator.extract(incoming)
span_context = trace.get_current_span(context).get_span_context()
print(f"{span_context.trace_id:032x}", span_context.is_remote)
#> 4bf92f3577b34da6a3ce929d0e0e4736 True

outgoing: dict[str, str] = {}
propagator.inject(outgoing, context=context)
print(outgoing["traceparent"].split("-")[1])
#> 4bf92f3577b34da6a3ce929d0e0e4736
