# Extracted from docs/sdp/best-practices.md:277 by `handbook extract`.
# Edit the page, not this file.
from collections import Counter

STATES = ("closed", "open", "half_open")


def exposition(states: dict[str, str], transitions: Counter[tuple[str, str]]) -> str:
    lines = [
        "# HELP circuit_breaker_state Current state of each breaker (1 = in it).",
        "# TYPE circuit_breaker_state gauge",
    ]
    for dependency, current in states.items():
        for state in STATES:
            value = int(state == current)
            labels = f'dependency="{dependency}",state="{state}"'
            lines.append(f"circuit_breaker_state{{{labels}}} {value}")
    lines += [
        "# HELP circuit_breaker_transitions_total State changes, by target state.",
        "# TYPE circuit_breaker_transitions_total counter",
    ]
    for (dependency, target), count in sorted(transitions.items()):
        lines.append(
            f'circuit_breaker_transitions_total{{dependency="{dependency}",to="{target}"}}'
            f" {count}"
        )
    return "\n".join(lines)


print(exposition({"payments": "open"}, Counter({("payments", "open"): 2})))
#> # HELP circuit_breaker_state Current state of each breaker (1 = in it).
#> # TYPE circuit_breaker_state gauge
#> circuit_breaker_state{dependency="payments",state="closed"} 0
#> circuit_breaker_state{dependency="payments",state="open"} 1
#> circuit_breaker_state{dependency="payments",state="half_open"} 0
#> # HELP circuit_breaker_transitions_total State changes, by target state.
#> # TYPE circuit_breaker_transitions_total counter
#> circuit_breaker_transitions_total{dependency="payments",to="open"} 2
