# Extracted from docs/uds/testing-standards.md:419 by `handbook extract`.
# Edit the page, not this file.
import pytest


@pytest.mark.performance
def test_is_collected() -> None:
    assert sum(range(10)) == 45


if __name__ == "__main__":
    strict = ["-q", "-p", "no:cacheprovider", "--strict-markers"]
    source_markers = ["-o", "markers=unit\nintegration\nslow\nexternal"]
    print(pytest.ExitCode(pytest.main([*strict, *source_markers, __file__])).name)
    #> INTERRUPTED
    all_markers = ["-o", "markers=unit\nintegration\nslow\nexternal\nperformance\nload"]
    print(pytest.ExitCode(pytest.main([*strict, *all_markers, __file__])).name)
    #> OK
