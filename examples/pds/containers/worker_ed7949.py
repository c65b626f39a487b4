# Extracted from docs/pds/containers.md:490 by `handbook extract`.
# Edit the page, not this file.
import asyncio
import os
import signal


class Worker:
    def __init__(self) -> None:
        self.stopping = asyncio.Event()
        self.ready = True
        self.events: list[str] = []

    async def job(self, number: int) -> None:
        await asyncio.sleep(0.02)
        self.events.append(f"job {number} finished")

    async def run(self, grace_seconds: float) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self.stopping.set)
        in_flight = [asyncio.create_task(self.job(number)) for number in range(3)]
        os.kill(os.getpid(), signal.SIGTERM)  # what the orchestrator sends
        await self.stopping.wait()
        self.ready = False  # /health/ready answers 503 from now on
        self.events.append("SIGTERM: no new jobs, draining")
        _, unfinished = await asyncio.wait(in_flight, timeout=grace_seconds)
        for task in unfinished:
            task.cancel()
        self.events.append(f"{len(unfinished)} jobs cut off; closing pool")


worker = Worker()
asyncio.run(worker.run(grace_seconds=25))
for event in worker.events:
    print(event)
    #> SIGTERM: no new jobs, draining
    #> job 0 finished
    #> job 1 finished
    #> job 2 finished
    #> 0 jobs cut off; closing pool
