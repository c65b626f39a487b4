# Extracted from docs/uds/data-science-standards.md:156 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportUnknownMemberType=false
from dataclasses import dataclass

import polars as pl


class ValidationError(Exception):
    pass


class ModelQualityError(Exception):
    pass


@dataclass(frozen=True)
class TrainingConfig:
    required_features: list[str]
    target_column: str
    max_missing_share: float = 0.05
    min_accuracy: float = 0.8


@dataclass(frozen=True)
class DataSchema:
    columns: list[str]
    shape: tuple[int, int]
    missing_share: float


@dataclass(frozen=True)
class TrainingResult:
    threshold: float
    accuracy: float
    feature_report: dict[str, str]
    config: TrainingConfig


def validate_data(data: pl.DataFrame, config: TrainingConfig) -> DataSchema:
    missing = {*config.required_features, config.target_column} - set(data.columns)
    if missing:
        msg = f"missing required columns: {sorted(missing)}"
        raise ValidationError(msg)
    nulls = sum(data.null_count().row(0))
    share = nulls / (data.height * data.width)
    if share > config.max_missing_share:
        msg = f"too much missing data: {share:.1%}"
        raise ValidationError(msg)
    return DataSchema(data.columns, data.shape, share)


def train(
    train: pl.DataFrame, valid: pl.DataFrame, config: TrainingConfig
) -> TrainingResult:
    validate_data(train, config)
    validate_data(valid, config)
    features = {"amount_per_item": "amount / items"}
    per_item = (pl.col("amount") / pl.col("items")).alias("amount_per_item")
    train, valid = train.with_columns(per_item), valid.with_columns(per_item)
    # The "model": flag an order from the lowest amount per item seen in a fraud case.
    fraud: list[float] = train.filter(pl.col(config.target_column))[
        "amount_per_item"
    ].to_list()
    threshold = min(fraud)
    actual: list[bool] = valid[config.target_column].to_list()
    scores: list[float] = valid["amount_per_item"].to_list()
    hits = sum(
        (score >= threshold) == truth
        for score, truth in zip(scores, actual, strict=True)
    )
    accuracy = hits / len(actual)
    if accuracy < config.min_accuracy:
        msg = f"accuracy {accuracy:.2f} below {config.min_accuracy}"
        raise ModelQualityError(msg)
    return TrainingResult(threshold, accuracy, features, config)


config = TrainingConfig(required_features=["amount", "items"], target_column="fraud")
orders = pl.DataFrame(
    {
        "amount": [20.0, 900.0, 35.0, 1200.0, 15.0, 700.0],
        "items": [2, 1, 1, 2, 3, 1],
        "fraud": [False, True, False, True, False, True],
    }
)
result = train(orders.head(4), orders.tail(2), config)
print(result.threshold, result.accuracy, result.feature_report)
#> 600.0 1.0 {'amount_per_item': 'amount / items'}
try:
    train(orders.drop("items"), orders, config)
except ValidationError as error:
    print(error)
    #> missing required columns: ['items']
strict = TrainingConfig(["amount", "items"], "fraud", min_accuracy=1.0)
noisy = orders.with_columns(pl.Series("fraud", [False, True, False, True, True, True]))
try:
    train(orders.head(4), noisy.tail(2), strict)
except ModelQualityError as error:
    print(error)
    #> accuracy 0.50 below 1.0
