# Extracted from docs/pds/security.md:367 by `handbook extract`.
# Edit the page, not this file.
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")
with engine.begin() as connection:
    connection.execute(text("CREATE TABLE users (name TEXT, active INTEGER)"))
    connection.execute(text("INSERT INTO users VALUES ('ada', 1), ('bob', 0)"))
    query = text("SELECT name FROM users WHERE name = :name")
    print(connection.execute(query, {"name": "bob' OR '1'='1"}).all())
    #> []
    print(connection.execute(query, {"name": "ada"}).all())
    #> [('ada',)]
