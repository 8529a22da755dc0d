"""The command line on a book protected with a passphrase (DESIGN §4): the
passphrase from AGENT_DESK_PASSPHRASE, the keyring or a prompt; a wrong or
missing one is one line on stderr and changes nothing."""

from __future__ import annotations

import getpass
import hashlib
import json
import sys
from pathlib import Path

import pytest

from agent_desk.cli import main
from agent_desk.domain.clients import ClientDetails
from agent_desk.services.clients import create_client
from agent_desk.store.book import Book
from agent_desk.store.crypto import is_encrypted

PASSPHRASE = "tea in the rain 2026"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_error(capsys: pytest.CaptureFixture) -> str:
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1, (out, err)
    return err


@pytest.fixture
def protected(book: Book, book_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture) -> Path:
    with book.session() as session:
        create_client(session, ClientDetails(name="Lin Wei", name_local="林偉", phone="0911 000 111"))
    book.close()
    monkeypatch.setenv("AGENT_DESK_NEW_PASSPHRASE", PASSPHRASE)
    assert main(["db", "encrypt", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["book"] == str(book_path)
    monkeypatch.delenv("AGENT_DESK_NEW_PASSPHRASE")
    assert is_encrypted(book_path)
    return book_path


def test_the_passphrase_from_the_environment_opens_the_book(protected: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv("AGENT_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["search", "林偉", "--json"]) == 0
    assert [row["name"] for row in json.loads(capsys.readouterr().out)] == ["Lin Wei"]
    assert main(["db", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "ok"


def test_without_a_passphrase_or_a_terminal_the_error_says_how_to_give_one(
        protected: Path, capsys: pytest.CaptureFixture) -> None:
    before = sha256(protected)
    assert main(["search", "Lin"]) == 2
    err = one_line_error(capsys)
    assert "AGENT_DESK_PASSPHRASE" in err and str(protected) in err
    assert sha256(protected) == before


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(protected: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    before = sha256(protected)
    out = tmp_path / "out.csv"
    monkeypatch.setenv("AGENT_DESK_PASSPHRASE", "not the passphrase")
    for command in (["search", "Lin"], ["db", "backup"], ["db", "upgrade"], ["export", "clients", str(out)]):
        assert main(command) == 2
        assert "passphrase is wrong" in one_line_error(capsys)
    assert sha256(protected) == before
    assert not out.exists()


def test_in_a_terminal_the_passphrase_is_asked_for(protected: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture) -> None:
    asked: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    assert main(["search", "Lin", "--json"]) == 0
    assert asked == ["Passphrase for the book: "]
    assert [row["name"] for row in json.loads(capsys.readouterr().out)] == ["Lin Wei"]


def test_backups_of_a_protected_book_are_protected_and_restore_with_the_passphrase(
        protected: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv("AGENT_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["db", "backup", "--json"]) == 0
    backup = Path(json.loads(capsys.readouterr().out)["backup"])
    assert is_encrypted(backup) and "Lin Wei".encode() not in backup.read_bytes()
    assert main(["db", "restore", str(backup), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["clients"] == 1
    assert is_encrypted(protected)


def test_a_new_passphrase_replaces_the_old_one(protected: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv("AGENT_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("AGENT_DESK_NEW_PASSPHRASE", "a brand new passphrase")
    assert main(["db", "passphrase"]) == 0
    assert capsys.readouterr().out.startswith(f"Changed the passphrase of {protected}")
    assert main(["search", "Lin"]) == 2
    assert "passphrase is wrong" in one_line_error(capsys)
    monkeypatch.setenv("AGENT_DESK_PASSPHRASE", "a brand new passphrase")
    assert main(["search", "Lin"]) == 0


def test_a_weak_new_passphrase_is_refused(book_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture) -> None:
    before = sha256(book_path)
    monkeypatch.setenv("AGENT_DESK_NEW_PASSPHRASE", "1234")
    assert main(["db", "encrypt"]) == 2
    assert "at least 8 characters" in one_line_error(capsys)
    assert sha256(book_path) == before and not is_encrypted(book_path)
