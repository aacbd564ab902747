"""The ways a document can fail, each with the code its error record carries.

A record's `error.type` is the code of one of these (`not_a_text_document`,
`budget_exceeded`, ...), or the name of an unexpected exception's class. Every
one of them costs its own document only: the batch goes on.
"""

from __future__ import annotations


class DocumentError(Exception):
    """A document that cannot give a record of facts; `code` names why."""

    code = "document_error"


class NotATextDocument(DocumentError):
    """Bytes that are no text: an image, a PDF, an archive, a program."""

    code = "not_a_text_document"


class EmptyDocument(DocumentError):
    """No text at all, or only white space."""

    code = "empty_document"


class BudgetExceeded(DocumentError):
    """A document over its size or time budget (`Settings`), or a compressed body that
    inflates beyond the size budget (a decompression bomb)."""

    code = "budget_exceeded"


class InputError(DocumentError):
    """An input that is no document: a bad JSON Lines line, a damaged archive member."""

    code = "InputError"


class WorkerCrashed(DocumentError):
    """The worker process reading this document died."""

    code = "WorkerCrashed"


def error_code(error: BaseException) -> str:
    """What a record says the error was: a document error's code, else the class name."""
    return error.code if isinstance(error, DocumentError) else type(error).__name__
