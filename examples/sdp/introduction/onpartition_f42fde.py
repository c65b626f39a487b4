# Extracted from docs/sdp/introduction.md:100 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass, field
from enum import Enum


class OnPartition(Enum):
    REFUSE = "refuse"
    SERVE = "serve"


class UnavailableError(Exception):
    pass


@dataclass
class Replica:
    name: str
    value: str = "v0"
    version: int = 0


@dataclass
class ReplicatedRegister:
    on_partition: OnPartition
    replicas: list[Replica] = field(
        default_factory=lambda: [Replica("eu"), Replica("us")]
    )
    partitioned: bool = False

    def write(self, at: int, value: str) -> None:
        local, other = self.replicas[at], self.replicas[1 - at]
        if self.partitioned and self.on_partition is OnPartition.REFUSE:
            raise UnavailableError(f"{local.name} cannot reach {other.name}")
        local.value, local.version = value, local.version + 1
        if not self.partitioned:
            other.value, other.version = local.value, local.version

    def heal(self) -> None:
        self.partitioned = False
        newest = max(self.replicas, key=lambda replica: replica.version)
        for replica in self.replicas:
            replica.value, replica.version = newest.value, newest.version

    def reads(self) -> list[str]:
        return [f"{replica.name}={replica.value}" for replica in self.replicas]


for policy in OnPartition:
    register = ReplicatedRegister(policy)
    register.partitioned = True
    try:
        register.write(0, "v1")
    except UnavailableError as error:
        print(policy.value, "->", error)
        #> refuse -> eu cannot reach us
    print(policy.value, "during the partition:", register.reads())
    #> refuse during the partition: ['eu=v0', 'us=v0']
    #> serve during the partition: ['eu=v1', 'us=v0']
    register.heal()
    print(policy.value, "after healing:", register.reads())
    #> refuse after healing: ['eu=v0', 'us=v0']
    #> serve after healing: ['eu=v1', 'us=v1']
