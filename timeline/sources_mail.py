"""Read a saved e-mail (.eml) or mailbox (.mbox): its Date header is its date, its Subject its title.

The text is the message's text/plain part, else its HTML part with the markup stripped; a press release or
a tip forwarded as a message reads like an article. Raises InputError for a file that is no message. A
mailbox (Thunderbird's files, Gmail's export) is cut into its messages, numbered from 1: a mailbox only
grows at its end, so `<mailbox>-<number>` stays each message's id.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator

from timeline.errors import InputError
from timeline.sources_items import Input, Item, Problem, ProblemHandler

# Headers that tell a file is a message, any one is enough: (header, example).
MESSAGE_HEADERS = [
    ("From", "From: Harbour Council Press Office <press@example.org>"),
    ("Date", "Date: Tue, 04 Nov 2025 08:30:00 +0000"),
    ("Subject", "Subject: Council approves the harbour plan"),
]
# Marks a mail program puts before a subject it forwards or answers, left out of the title: (mark, example).
SUBJECT_MARKS = [("Fwd", "Fwd: budget vote"), ("Fw", "FW: budget vote"), ("Re", "Re: budget vote"),
                 ("AW", "AW: Haushalt (German reply)"), ("WG", "WG: Haushalt (German forward)"),
                 ("TR", "TR: budget (French forward)")]  # fmt: skip
_MARKS = "|".join(mark for mark, _ in SUBJECT_MARKS)
_SUBJECT_MARKS = re.compile(rf"^(?:(?:{_MARKS})\s*:\s*)+", re.I)

# Each message of a mailbox starts with a line "From <sender> <date>"; a line of the text that started so
# was written ">From " (and ">From " as ">>From ", mboxrd), which reading undoes.
_MBOX_START = re.compile(rb"^From [^\n]*\n", re.M)
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.M)


def messages(entry: Input, data: bytes, report: ProblemHandler) -> Iterator[Item]:
    """Yield each message of a mailbox as an Item (numbered from 1); report a file that is no mailbox."""
    starts = list(_MBOX_START.finditer(data))
    if not starts or data[: starts[0].start()].strip():
        report(Problem(entry.path, None, 'not a mailbox (each message starts with a "From " line), skipped'))
        return
    ends = [match.start() for match in starts[1:]] + [len(data)]
    for number, (start, end) in enumerate(zip(starts, ends, strict=True), 1):
        yield Item(entry.path, entry.name, "eml", _QUOTED_FROM.sub(rb"\1", data[start.end() : end]), number)


def fields(data: bytes) -> tuple[dict[str, object], str]:
    """Return the metadata (title, date) and the text of a message's bytes."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not any(message.get(header) for header, _ in MESSAGE_HEADERS):
        names = [header for header, _ in MESSAGE_HEADERS]
        raise InputError(f"not an e-mail message (no {', '.join(names[:-1])} or {names[-1]} header), skipped")
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InputError("an e-mail without a text or HTML part, skipped")
    try:
        content = part.get_content()
    except (LookupError, ValueError) as error:  # an unknown charset, a broken encoding
        raise InputError(f"an e-mail whose text cannot be decoded ({error}), skipped") from None
    if part.get_content_subtype() == "html":
        from timeline.htmltext import visible_text

        content = visible_text(content)
    subject = _SUBJECT_MARKS.sub("", " ".join(str(message.get("Subject", "")).split()))
    meta = {"title": subject or None, "date": message.get("Date")}
    return meta, content.replace("\r\n", "\n").strip()
