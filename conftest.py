"""The whole test run starts here: the handbook's pytest plugin is registered once."""

pytest_plugins = ["handbook.pytest_plugin"]
