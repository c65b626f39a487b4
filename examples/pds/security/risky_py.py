# Extracted from docs/pds/security.md:49 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: S105, S301, S307, S324, S608
# pyright: basic
import hashlib
import pickle
import sqlite3

PASSWORD = "correct-horse-battery"
API_KEY = "sk_live_51HbQ2eXampleKey"


def restore_cart(blob: bytes) -> object:
    return pickle.loads(blob)


def calculate(expression: str) -> object:
    return eval(expression)


def find_user(db: sqlite3.Connection, name: str) -> list[tuple[str]]:
    return db.execute(f"SELECT name FROM users WHERE name = '{name}'").fetchall()


def fingerprint(token: str) -> str:
    return hashlib.md5(token.encode()).hexdigest()
