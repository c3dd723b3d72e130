"""The one exception family of the library; the CLI turns these into one-line messages."""


class TimelineError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(TimelineError):
    """An input file or value cannot be read or understood."""


class DateError(InputError):
    """A date given by the user cannot be parsed."""


class StoreError(TimelineError):
    """A timeline file cannot be loaded or saved."""


class NotFoundError(TimelineError):
    """An event id (or prefix) matches no event, or more than one."""
