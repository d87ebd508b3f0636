"""Modal dialogs, each a ``<Noun>Dialog(ModalScreen[Result])``."""
