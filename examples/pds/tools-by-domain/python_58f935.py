# Extracted from docs/pds/tools-by-domain.md:880 by `handbook extract`.
# Edit the page, not this file.
import gettext
from pathlib import Path

# Babel extracts the marked strings into messages.pot and compiles the
# translators' .po files into locales/<lang>/LC_MESSAGES/messages.mo.
translations = gettext.translation(
    "messages", localedir=Path("locales"), languages=["es"], fallback=True
)
_ = translations.gettext
ngettext = translations.ngettext

print(_("Your order has shipped"))
#> Your order has shipped
for count in (1, 3):
    print(ngettext("{n} item", "{n} items", count).format(n=count))
    #> 1 item
    #> 3 items
