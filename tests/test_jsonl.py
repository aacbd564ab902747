"""Records read back from JSON Lines: good, blank and bad lines, unreadable files, stdin,
laziness, and the exit code and stderr of `Problems.report`."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

import pytest
from pydantic import TypeAdapter, ValidationError

from extractor import jsonl
from extractor.jsonl import PROBLEM_CHARS, Problems, first_problem, read_records
from extractor.models import MarketReport, Source


def widget(n: int) -> MarketReport:
    """A small record of our own: the widget market, release number `n`."""
    return MarketReport(
        source=Source(path=f"widget-{n}.md", sha256=f"{n:064x}", bytes=n), market="widget"
    )


def line(n: int) -> bytes:
    return widget(n).model_dump_json().encode() + b"\n"


class FakeStdin:
    """What `sys.stdin` is to the reader: something with a binary `buffer`."""

    def __init__(self, buffer: Any) -> None:
        self.buffer = buffer


def read_all(paths: list[str]) -> tuple[list[MarketReport], list[str]]:
    problems = Problems()
    return list(read_records(paths, problems)), problems.messages


# The content of one file, the records it holds (by number) and the problems it gives
# ({name} stands for the file's name).
CASES = [
    pytest.param(line(1) + line(2), [1, 2], [], id="good-lines"),
    pytest.param(line(1) + line(2).rstrip(b"\n"), [1, 2], [], id="no-final-newline"),
    pytest.param(line(1).replace(b"\n", b"\r\n") * 2, [1, 1], [], id="crlf"),
    pytest.param(b"\n" + line(1) + b"  \n\t\n" + line(2) + b"\n", [1, 2], [], id="blank-lines"),
    pytest.param(b"", [], [], id="empty-file"),
    pytest.param(
        line(1) + b"{oops\n" + line(2),
        [1, 2],
        ["{name}:2: not a record (Invalid JSON: key must be a string at line 1 column 2)"],
        id="bad-json",
    ),
    pytest.param(
        b'\n{"source": {"sha256": "\xff", "bytes": 0}}\n' + line(3),
        [3],
        ["{name}:2: not a record (Invalid JSON: invalid unicode code point at line 1 column 24)"],
        id="bad-utf8",
    ),
    pytest.param(
        b'{"status": "ok"}\n' + line(1),
        [1],
        ["{name}:1: not a record (source: Field required)"],
        id="missing-field",
    ),
    pytest.param(
        line(1) + b'{"source": {"sha256": "x", "bytes": -1}}\n',
        [1],
        ["{name}:2: not a record (source.bytes: Input should be greater than or equal to 0)"],
        id="nested-field",
    ),
    pytest.param(
        b"[1, 2]\n\n" + line(1) + b'{"source": {"sha256": "x", "bytes": 0}, "colour": 1}\n',
        [1],
        [
            "{name}:1: not a record (Input should be an object)",
            "{name}:4: not a record (colour: Extra inputs are not permitted)",
        ],
        id="not-an-object-and-extra-field",
    ),
]


@pytest.mark.parametrize(("content", "numbers", "problems"), CASES)
def test_a_file(tmp_path: Path, content: bytes, numbers: list[int], problems: list[str]) -> None:
    path = tmp_path / "records.jsonl"
    path.write_bytes(content)
    expected = [p.format(name=path) for p in problems]
    assert read_all([str(path)]) == ([widget(n) for n in numbers], expected)


@pytest.mark.parametrize(("content", "numbers", "problems"), CASES)
def test_stdin_is_read_as_bytes(
    monkeypatch: pytest.MonkeyPatch, content: bytes, numbers: list[int], problems: list[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(io.BytesIO(content)))
    expected = [p.format(name="<stdin>") for p in problems]
    assert read_all(["-"]) == ([widget(n) for n in numbers], expected)


def test_text_stdin_without_buffer_is_read_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO((line(1) + b"nope\n").decode()))
    assert read_all(["-"]) == (
        [widget(1)],
        ["<stdin>:2: not a record (Invalid JSON: expected ident at line 1 column 2)"],
    )


@pytest.mark.parametrize(
    ("unreadable", "message"),
    [
        pytest.param("absent.jsonl", "cannot read (No such file or directory)", id="missing"),
        pytest.param("folder", "cannot read (Is a directory)", id="directory"),
    ],
)
def test_an_unreadable_file_is_named_and_the_others_still_read(
    tmp_path: Path, unreadable: str, message: str
) -> None:
    (tmp_path / "folder").mkdir()
    first, last = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_bytes(line(1) + line(2))
    last.write_bytes(b"oops\n" + line(3))
    records, problems = read_all([str(first), str(tmp_path / unreadable), str(last)])
    assert records == [widget(1), widget(2), widget(3)]  # file after file, in order
    assert problems == [
        f"{tmp_path / unreadable}: {message}",
        f"{last}:1: not a record (Invalid JSON: expected value at line 1 column 1)",
    ]


def test_files_and_stdin_in_the_order_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(line(1))
    monkeypatch.setattr(sys, "stdin", FakeStdin(io.BytesIO(line(2))))
    assert read_all([str(path), "-", str(path)]) == ([widget(1), widget(2), widget(1)], [])


def test_lazy_the_first_record_comes_before_a_later_line_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pulled: list[bytes] = []

    def lines() -> Iterator[bytes]:
        for each in (line(1), b"{bad\n", line(2)):
            pulled.append(each)
            yield each

    monkeypatch.setattr(sys, "stdin", FakeStdin(lines()))
    problems = Problems()
    records = read_records(["-"], problems)
    assert pulled == []  # nothing read before the first record is asked for
    assert next(records) == widget(1)
    assert (pulled, problems.messages) == ([line(1)], [])
    assert list(records) == [widget(2)]
    assert problems.messages == [
        "<stdin>:2: not a record (Invalid JSON: key must be a string at line 1 column 2)"
    ]


def test_a_file_is_closed_when_the_reader_is_abandoned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(line(1) + line(2))
    opened: list[IO[bytes]] = []

    def spy(name: str, mode: Literal["rb"]) -> IO[bytes]:
        stream = open(name, mode)  # noqa: SIM115 (the reader under test closes it)
        opened.append(stream)
        return stream

    monkeypatch.setattr(jsonl, "open", spy, raising=False)
    records = read_records([str(path)], Problems())
    assert next(records) == widget(1)
    assert [stream.closed for stream in opened] == [False]
    records.close()
    assert [stream.closed for stream in opened] == [True]


# --- first_problem -------------------------------------------------------------------------

LONG_CHOICE = Literal[tuple(f"choice-number-{n}" for n in range(40))]  # type: ignore[valid-type]


def error_of(adapter: TypeAdapter[Any], value: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        adapter.validate_python(value)
    return caught.value


def test_a_long_problem_is_cut_to_one_short_line() -> None:
    said = first_problem(error_of(TypeAdapter(LONG_CHOICE), "other"))
    assert len(said) == PROBLEM_CHARS and said.endswith("…")
    assert said.startswith("Input should be 'choice-number-0'")


def test_a_short_problem_is_kept_whole() -> None:
    said = first_problem(error_of(TypeAdapter(dict[str, int]), {"count": "many"}))
    assert said == "count: Input should be a valid integer, unable to parse string as an integer"


# --- Problems.report -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("messages", "code", "stderr"),
    [
        pytest.param([], 0, "", id="none"),
        pytest.param(
            ["a.jsonl: cannot read (No such file or directory)"],
            1,
            "extractor: a.jsonl: cannot read (No such file or directory)\n",
            id="one",
        ),
        pytest.param(
            ["b.jsonl:3: not a record (source: Field required)", "<stdin>:1: not a record (x)"],
            1,
            "extractor: b.jsonl:3: not a record (source: Field required)\n"
            "extractor: <stdin>:1: not a record (x)\n",
            id="two-in-order",
        ),
    ],
)
def test_report(
    capsys: pytest.CaptureFixture[str], messages: list[str], code: int, stderr: str
) -> None:
    assert Problems(list(messages)).report() == code
    assert capsys.readouterr() == ("", stderr)
