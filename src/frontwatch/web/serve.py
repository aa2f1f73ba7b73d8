"""``frontwatch serve``: the API and the page, run by uvicorn, bound to localhost unless told."""

from __future__ import annotations

import errno
import socket
import sys


class ServeError(Exception):
    """Nothing can be served: one clear line, no traceback."""


def check_port(host: str, port: int) -> None:
    """Fail before uvicorn starts (and logs a traceback) when the port is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                raise ServeError(f"port {port} on {host} is already in use: choose another with --port") from e
            raise ServeError(f"cannot listen on {host}:{port}: {e.strerror}") from e


def cmd_serve(args) -> int:
    import uvicorn

    from .app import create_app
    from .readonly import Database, DatabaseUnavailable

    try:
        db = Database(args.db)
        check_port(args.host, args.port)
    except (DatabaseUnavailable, ServeError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"serving {args.db} (read-only) at http://{args.host}:{args.port}/", file=sys.stderr)
    try:
        uvicorn.run(create_app(db), host=args.host, port=args.port, log_level=args.log_level)
    finally:
        db.close()
    return 0


def register(sub) -> None:
    """Add ``serve`` to the CLI's subcommands (one call in cli.build_parser)."""
    s = sub.add_parser("serve", help="the map and the API over the record (read-only)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    s.set_defaults(func=cmd_serve)
