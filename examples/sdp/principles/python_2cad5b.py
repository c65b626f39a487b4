# Extracted from docs/sdp/principles.md:1047 by `handbook extract`.
# Edit the page, not this file.
try:
    compile("class LooselyC oupledOrderService:\n    pass\n", "listing", "exec")
except SyntaxError as error:
    print(f"{error.msg} at line {error.lineno}, column {error.offset}")
    #> invalid syntax at line 1, column 16
