"""A time budget per document: a runaway document becomes an error, not a stuck batch.

`deadline(seconds)` arms a timer (`signal.setitimer`); when it fires, the work in
progress is interrupted with `BudgetExceeded` wherever Python code runs next (the
regex engine and spaCy's tokenizer return to Python often). It works where
signals do: in the main thread of a process, which is where `extract_many`'s
workers and the command line run documents. Elsewhere (a thread of a Dask
worker, say) the budget is not enforced and the document simply runs; the
patterns are linear-time, so a document's cost is bounded by its size anyway.
"""

from __future__ import annotations

import gc
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import BudgetExceeded

#: Seconds between further interruptions once the budget is spent.
RETRY = 0.05


def _enforceable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _in_gc_callback(frame: FrameType | None) -> bool:
    """Is the interrupted code a garbage-collector callback (a profiler's, a test
    library's)? Python cannot raise out of one; the next interruption, RETRY seconds on,
    lands in the document's own code."""
    codes = {getattr(callback, "__code__", None) for callback in gc.callbacks}
    while frame is not None:
        if frame.f_code in codes:
            return True
        frame = frame.f_back
    return False


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise `BudgetExceeded` in the body if it runs longer than `seconds`."""
    if seconds is None or not _enforceable():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        if _in_gc_callback(frame):
            return  # an exception there is only printed ("Exception ignored in ..."): wait
        raise BudgetExceeded(f"the document took more than {seconds:g} s, its time budget")

    previous = signal.signal(signal.SIGALRM, expire)
    # Then again every RETRY seconds: an exception raised inside a compiled callback can
    # be swallowed there ("Exception ignored in ..."); the next one lands elsewhere.
    signal.setitimer(signal.ITIMER_REAL, seconds, RETRY)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
