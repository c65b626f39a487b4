# Extracted from docs/uds/security.md:234 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, ValidationError, field_validator

SUSPICIOUS = ["DROP TABLE", "DELETE FROM", "UPDATE SET", "UNION SELECT", "OR 1=1"]


class Filtered(BaseModel):
    text: str

    @field_validator("text")
    @classmethod
    def no_sql(cls, value: str) -> str:
        if any(pattern in value.upper() for pattern in SUSPICIOUS):
            raise ValueError("suspicious SQL")
        return value


attempts = ["x' OR 2=2 --", "1 UNION/**/SELECT password FROM users"]
for text in [*attempts, "Drop table, oak"]:
    try:
        Filtered(text=text)
        verdict = "accepted:"
    except ValidationError:
        verdict = "refused: "
    print(verdict, text)
    #> accepted: x' OR 2=2 --
    #> accepted: 1 UNION/**/SELECT password FROM users
    #> refused:  Drop table, oak
