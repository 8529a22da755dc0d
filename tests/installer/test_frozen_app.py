"""The installer (issue 14): build_installer.spec builds a one-folder bundle
whose executable opens the main window on a demo book (`gui --smoke`), migrates
a new book from the bundled alembic/, and prints a Chinese proposal with the
bundled font, all without the source tree or the virtualenv.

Building takes about a minute, so these run only with
AGENT_DESK_BUILD_INSTALLER=1 (.ci/run sets it, after `make installer-tools`)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from agent_desk.config import HOME_ENV
from agent_desk.store.book import SCHEMA_HEAD
from agent_desk.ui.app import SMOKE_DEMO_CLIENTS

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.installer,
    pytest.mark.skipif(os.environ.get("AGENT_DESK_BUILD_INSTALLER") != "1",
                       reason="builds the PyInstaller bundle (~1 min): set AGENT_DESK_BUILD_INSTALLER=1"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The one-folder build, made from the spec in a temporary dist/ (the developer's dist/ is left alone)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("AGENT_DESK_BUILD_INSTALLER=1 needs PyInstaller: make installer-tools")
    out = tmp_path_factory.mktemp("installer")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"), str(ROOT / "build_installer.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-4000:]
    yield out / "dist" / "agent-desk"


def frozen(bundle: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    executable = bundle / ("agent-desk.exe" if sys.platform == "win32" else "agent-desk")
    # From another folder, so nothing can come from the source tree.
    return subprocess.run([str(executable), *args], env=env, cwd=bundle.parent, capture_output=True, text=True,
                          timeout=180)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """No AGENT_DESK_HOME, and every per-user folder under tmp_path."""
    env = {key: value for key, value in os.environ.items() if key != HOME_ENV and not key.startswith("PYTHON")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "TMPDIR"):
        env[name] = str(tmp_path / name.lower())
        Path(env[name]).mkdir()
    env.update(QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    return env


def test_the_frozen_app_opens_its_main_window_on_a_demo_book_and_exits_0(bundle: Path, env: dict[str, str],
                                                                          tmp_path: Path) -> None:
    result = frozen(bundle, "gui", "--smoke", env=env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"agent-desk smoke: ok: main window shown on a book of {SMOKE_DEMO_CLIENTS} "
                                    f"clients at {env['TMPDIR']}"), result.stdout
    assert "; screens: today, clients, plans, " in result.stdout
    for name in ("home", "xdg_data_home", "xdg_config_home"):  # the agent's own book and settings: untouched
        assert list((tmp_path / name).iterdir()) == [], name


def test_the_frozen_app_migrates_a_new_book_from_its_bundled_migrations(bundle: Path, env: dict[str, str],
                                                                        tmp_path: Path) -> None:
    home = tmp_path / "agent-home"
    result = frozen(bundle, "--smoke", env={**env, HOME_ENV: str(home)})

    assert result.returncode == 0, result.stderr
    assert f"at {home / 'book.sqlite3'};" in result.stdout
    with sqlite3.connect(home / "book.sqlite3") as book:
        assert book.execute("select version_num from alembic_version").fetchone() == (SCHEMA_HEAD,)
        assert book.execute("select count(*) from clients").fetchone() == (SMOKE_DEMO_CLIENTS,)


def test_the_frozen_app_prints_a_chinese_proposal_with_its_bundled_font(bundle: Path, env: dict[str, str],
                                                                       tmp_path: Path) -> None:
    out = tmp_path / "proposal.pdf"
    result = frozen(bundle, "proposal", "--plan-file", str(ROOT / "tests" / "proposals" / "family_plan.json"),
                    "--catalog", str(ROOT / "resources" / "catalogs" / "demo.json"), "--lang", "zh-Hant",
                    "--out", str(out), env=env)

    assert result.returncode == 0, result.stderr
    pages = int(re.search(r"\((\d+) pages", result.stdout).group(1))
    pdf = pypdf.PdfReader(out)
    assert len(pdf.pages) == pages
    assert re.search(r"[\u4e00-\u9fff]", pdf.pages[0].extract_text())  # Chinese, in the embedded font
    fonts = {font.get_object()["/BaseFont"] for page in pdf.pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("WenQuanYi" in name for name in fonts), fonts


def test_the_bundle_holds_the_apps_resources_and_not_the_qt_it_does_not_use(bundle: Path) -> None:
    internal = bundle / "_internal"
    shipped = {path.relative_to(internal).as_posix() for path in internal.rglob("*") if path.is_file()}
    for source in [*(ROOT / "resources").rglob("*.qm"), *(ROOT / "alembic" / "versions").glob("*.py"),
                   ROOT / "resources" / "fonts" / "wqy-microhei.ttc", ROOT / "resources" / "catalogs" / "demo.json"]:
        assert source.relative_to(ROOT).as_posix() in shipped, source
    unused = [name for name in shipped if re.search(r"Qt6?(Quick|Qml|WebEngine|Multimedia|3D|Charts)", name)]
    assert unused == []
