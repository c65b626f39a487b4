# Extracted from docs/ppp/code-smells.md:29 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: PLR0913, PLR0917
# pyright: basic
def create_shipment(
    sender: str,
    recipient: str,
    weight_kg: float,
    express: bool,
    insured: bool,
    note: str,
) -> str:
    speed = "express" if express else "standard"
    cover = "insured" if insured else "uninsured"
    return f"{sender} -> {recipient}, {weight_kg} kg, {speed}, {cover}, {note!r}"


print(create_shipment("Depot 4", "Ada Shop", 2.5, False, True, "fragile"))
#> Depot 4 -> Ada Shop, 2.5 kg, standard, insured, 'fragile'
