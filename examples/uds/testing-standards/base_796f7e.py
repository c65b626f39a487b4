# Extracted from docs/uds/testing-standards.md:197 by `handbook extract`.
# Edit the page, not this file.
import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel
from sqlalchemy import Engine, String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    sku: Mapped[str] = mapped_column(String(20), primary_key=True)
    cents: Mapped[int]


class PipelineResult(BaseModel):
    processed_count: int
    rejected_count: int

    @property
    def success_rate(self) -> float:
        return self.processed_count / (self.processed_count + self.rejected_count)


def process_file(path: Path, engine: Engine) -> PipelineResult:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    valid = [row for row in rows if row["cents"].isdigit()]
    products = [Product(sku=row["sku"], cents=int(row["cents"])) for row in valid]
    with Session(engine) as session, session.begin():
        session.add_all(products)
    rejected = len(rows) - len(valid)
    return PipelineResult(processed_count=len(valid), rejected_count=rejected)


@pytest.mark.integration
class TestCompletePipeline:
    @pytest.fixture(scope="class")
    def engine(self, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
        engine = create_engine(f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}")
        Base.metadata.create_all(engine)
        yield engine
        Base.metadata.drop_all(engine)

    def test_file_is_stored_in_full(self, engine: Engine, tmp_path: Path) -> None:
        rows = [f"SKU-{n:03d},{100 + n}" for n in range(39)]
        lines = ["sku,cents", *rows, "BAD,n/a"]
        source = tmp_path / "sample_data.csv"
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")

        result = process_file(source, engine)

        assert result.success_rate >= 0.95
        with Session(engine) as session:
            stored = session.scalar(select(func.count()).select_from(Product))
        assert stored == result.processed_count == 39


if __name__ == "__main__":
    options = ["-q", "-p", "no:cacheprovider", "-o", "markers=integration: pipelines"]
    assert pytest.main([*options, __file__]) == pytest.ExitCode.OK
