"""Open the files a user names: regular files only, read with a size limit.

A named pipe would block a read forever and a device (``/dev/zero``) has no
end, whatever size the file system reports; both are refused with one line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import PolicygraphError


def not_regular(path: Path, error: type[PolicygraphError]) -> PolicygraphError:
    return error(f"{path}: not a regular file (a pipe, device or socket); pass a file")


def check_regular(path: Path, error: type[PolicygraphError]) -> None:
    """Refuse a path that exists but is neither a regular file nor a folder
    (callers have their own words for missing files and folders)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise not_regular(path, error)


def read_limited(path: Path, max_bytes: int, error: type[PolicygraphError]) -> bytes:
    """At most `max_bytes` of a regular file; non-blocking open, so a named
    pipe is refused rather than waited on. Returns ``max_bytes + 1`` bytes
    when the file is longer (the caller words the size error)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise not_regular(path, error)
        try:
            return fh.read(max_bytes + 1)
        except OSError as exc:
            raise error(f"{path}: cannot read ({exc.strerror})") from None
