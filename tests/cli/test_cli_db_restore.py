"""`agent-desk db backups` and `agent-desk db restore FILE`, in-process on real
book files in this test's AGENT_DESK_HOME."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from book_files import add_client, names_in

from agent_desk.cli import main
from agent_desk.store.backups import BackupPolicy, save_policy
from agent_desk.store.book import Book


def backed_up(capsys: pytest.CaptureFixture) -> Path:
    assert main(["db", "backup", "--json"]) == 0
    return Path(json.loads(capsys.readouterr().out)["backup"])


def test_db_restore_brings_back_a_backup_and_keeps_the_book_it_replaced(
        book: Book, book_path: Path, capsys: pytest.CaptureFixture) -> None:
    add_client(book, "Lin Wei")
    backup = backed_up(capsys)
    add_client(book, "王美玲")
    book.close()
    assert main(["db", "restore", str(backup), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["restored_from"] == str(backup) and result["clients"] == 1
    assert names_in(book_path) == ["Lin Wei"]
    assert names_in(Path(result["previous_book"])) == ["Lin Wei", "王美玲"]
    assert main(["db", "restore", str(backup)]) == 0
    assert capsys.readouterr().out.startswith(f"Restored {book_path} from {backup} (1 clients)")


def test_db_restore_of_a_file_that_is_no_book_is_one_line_and_changes_nothing(
        book: Book, book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    add_client(book, "Lin Wei")
    book.close()
    before = hashlib.sha256(book_path.read_bytes()).hexdigest()
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a book")
    assert main(["db", "restore", str(photo)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("agent-desk: error: It is ") and "not an Agent Desk book" in err
    assert hashlib.sha256(book_path.read_bytes()).hexdigest() == before
    assert main(["db", "restore"]) == 2
    assert "say which backup" in capsys.readouterr().err


def test_db_backups_lists_them_newest_first_in_the_agents_folder(
        book: Book, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    save_policy(BackupPolicy(folder=str(tmp_path / "usb-stick"), keep_days=14))
    first = backed_up(capsys)
    second = backed_up(capsys)
    assert first.parent == tmp_path / "usb-stick"
    assert main(["db", "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["folder"] == str(tmp_path / "usb-stick") and listed["keep_days"] == 14
    assert [Path(entry["file"]) for entry in listed["backups"]] == [second, first]
    assert all(entry["reason"] == "manual" and entry["bytes"] > 0 for entry in listed["backups"])
    assert main(["db", "backups"]) == 0
    text = capsys.readouterr().out
    assert f"Backups in {tmp_path / 'usb-stick'} (kept 14 days):" in text and second.name in text
