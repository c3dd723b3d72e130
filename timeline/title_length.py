"""Hold the issue's one length rule for a title: an event's title has at most 80 characters.

Every title module measures against this one constant; it imports nothing, so any of them can import it.
"""

MAX_TITLE = 80
