"""One module per command-line command; each exposes ``run(args) -> exit code``."""
