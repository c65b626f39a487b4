# Extracted from docs/dpg/creational.md:524 by `handbook extract`.
# Edit the page, not this file.
import copy
from dataclasses import dataclass, field


@dataclass
class Template:
    name: str
    lines: list[str] = field(default_factory=list[str])


preset = Template("invoice", ["Thank you for your order."])
shallow = copy.copy(preset)
shallow.lines.append("Discount: 10%")
deep = copy.deepcopy(preset)
deep.lines.append("Paid by card")
print(preset.lines)
#> ['Thank you for your order.', 'Discount: 10%']
print(deep.lines)
#> ['Thank you for your order.', 'Discount: 10%', 'Paid by card']
