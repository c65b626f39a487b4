# Extracted from docs/pds/background-tasks.md:226 by `handbook extract`.
# Edit the page, not this file.
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field


class TransientError(Exception):
    pass


@dataclass
class Task:
    name: str
    key: str
    run: Callable[[int], None]


@dataclass
class Worker:
    max_attempts: int = 4
    base_seconds: float = 1.0
    cap_seconds: float = 30.0
    sleep: Callable[[float], None] = lambda seconds: None
    dead_letters: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    metrics: Counter[str] = field(default_factory=Counter[str])
    log: list[str] = field(default_factory=list[str])

    def backoff(self, attempt: int) -> float:
        ceiling = min(self.cap_seconds, self.base_seconds * 2 ** (attempt - 1))
        return round(random.uniform(ceiling / 2, ceiling), 2)  # noqa: S311

    def process(self, task: Task) -> None:
        for attempt in range(1, self.max_attempts + 1):
            try:
                task.run(attempt)
            except TransientError as error:
                self.log.append(
                    f"{task.name} {task.key} attempt={attempt} retry: {error}"
                )
                if attempt == self.max_attempts:
                    break
                self.metrics["retried"] += 1
                self.sleep(self.backoff(attempt))
            except ValueError as error:
                self.log.append(
                    f"{task.name} {task.key} attempt={attempt} bad input: {error}"
                )
                break
            else:
                self.log.append(f"{task.name} {task.key} attempt={attempt} ok")
                self.metrics["succeeded"] += 1
                return
        self.metrics["dead_lettered"] += 1
        self.dead_letters.append((task.name, task.key))


def flaky_until(success_at: int) -> Callable[[int], None]:
    def run(attempt: int) -> None:
        if attempt < success_at:
            raise TransientError("503 from the mail provider")

    return run


def bad_input(attempt: int) -> None:
    raise ValueError("no e-mail address on file")


pauses: list[float] = []
worker = Worker(sleep=pauses.append)
worker.process(Task("welcome-mail", "user:1", flaky_until(3)))
worker.process(Task("welcome-mail", "user:2", flaky_until(99)))
worker.process(Task("welcome-mail", "user:3", bad_input))
print(dict(worker.metrics))
#> {'retried': 5, 'succeeded': 1, 'dead_lettered': 2}
print(worker.dead_letters)
#> [('welcome-mail', 'user:2'), ('welcome-mail', 'user:3')]
print(pauses)
#> [0.92, 1.76, 0.71, 1.26, 3.02]
print(worker.log[-1])
#> welcome-mail user:3 attempt=1 bad input: no e-mail address on file
