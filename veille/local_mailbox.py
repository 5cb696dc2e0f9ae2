"""A local SMTP server on 127.0.0.1 that saves each message as an .eml file (demo mailbox)."""

from __future__ import annotations

import socket
from pathlib import Path

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class _SaveToFolder:
    def __init__(self, folder: Path):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.count += 1
        path = self.folder / f"{self.count:04d}.eml"
        path.write_bytes(envelope.original_content)  # type: ignore[attr-defined]
        return "250 Message accepted for delivery"


class LocalMailbox:
    """`with LocalMailbox(folder) as box:` then send to 127.0.0.1:box.port."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()  # aiosmtpd cannot bind port 0 itself
        self._controller = Controller(_SaveToFolder(folder), hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> LocalMailbox:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()

    def messages(self) -> list[Path]:
        return sorted(self.folder.glob("*.eml"))
