"""Where this computer keeps its device token: the OS keyring where there is
a real one, else a file in the data dir that only this user can read. Which
of the two is told to the agent at enrolment."""

from __future__ import annotations

import json
import os
from pathlib import Path

from agent_desk import config

KEYRING_SERVICE = "Agent Desk sync"
TOKEN_FILE = "device-tokens.json"


def _usable_keyring():  # noqa: ANN202
    """The keyring backend, unless it is none at all or one that writes plain text."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    if "plaintext" in type(backend).__name__.lower() or "alt" in type(backend).__module__.split("."):
        return None
    if getattr(backend, "priority", 1) <= 0:
        return None
    return backend


def _token_file() -> Path:
    return config.data_dir() / TOKEN_FILE


def _read_file() -> dict[str, str]:
    try:
        return json.loads(_token_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_file(tokens: dict[str, str]) -> None:
    path = _token_file()
    temporary = path.with_suffix(".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(tokens, handle)
    os.chmod(temporary, 0o600)  # also when the file existed with wider rights
    os.replace(temporary, path)


def save_token(device_id: str, token: str) -> str:
    """Keep the token; answers where, in words for the agent."""
    backend = _usable_keyring()
    if backend is not None:
        try:
            backend.set_password(KEYRING_SERVICE, device_id, token)
            return f"in the system keyring ({type(backend).__name__})"
        except Exception:  # noqa: BLE001 - a locked or broken keyring: fall back to the file
            pass
    tokens = _read_file()
    tokens[device_id] = token
    _write_file(tokens)
    return f"in {_token_file()}, readable only by you"


def load_token(device_id: str) -> str | None:
    backend = _usable_keyring()
    if backend is not None:
        try:
            token = backend.get_password(KEYRING_SERVICE, device_id)
            if token:
                return token
        except Exception:  # noqa: BLE001 - fall through to the file
            pass
    return _read_file().get(device_id)


def forget_token(device_id: str) -> None:
    backend = _usable_keyring()
    if backend is not None:
        try:
            backend.delete_password(KEYRING_SERVICE, device_id)
        except Exception:  # noqa: BLE001 - nothing kept there
            pass
    tokens = _read_file()
    if tokens.pop(device_id, None) is not None:
        _write_file(tokens)
