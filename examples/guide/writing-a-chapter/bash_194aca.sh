# Extracted from docs/guide/writing-a-chapter.md:258 by `handbook extract`.
# Edit the page, not this file.
uv run handbook extract                  # refresh examples/ from the pages
uv run pytest docs/pds/type-checking.md  # only the blocks of one chapter
uv run mkdocs serve                      # read it
python3 ../shared/tools/source_overlap.py docs snippets examples
