"""The terminal app: the only casepres package that imports textual."""
