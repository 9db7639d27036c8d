"""The embedded default: eventmap's own PostgreSQL + PostGIS cluster in a data folder.

initdb refuses to run as root, so when we are root the server programs run as the `postgres` user
and the cluster folder belongs to it. The cluster listens on 127.0.0.1 and on a socket in its own
folder, so it never collides with a system PostgreSQL.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

DATABASE = "eventmap"
SUPERUSER = "eventmap"


class EmbeddedClusterError(RuntimeError):
    pass


def postgres_bindir() -> Path:
    """The newest PostgreSQL server binaries on this machine (Debian keeps them off PATH)."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if candidates:
        return candidates[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise EmbeddedClusterError(
        "PostgreSQL server binaries not found: install the Debian package postgresql-15-postgis-3 "
        "(scripts/setup.sh does) or set DATABASE_URL to a PostGIS server"
    )


@dataclass
class EmbeddedCluster:
    data_dir: Path
    port: int

    @property
    def pgdata(self) -> Path:
        return self.data_dir.resolve() / "pg"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{DATABASE}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        # Drop every root group too: a root group would get the group bits of root-owned parents.
        run_as = {"user": "postgres", "group": "postgres", "extra_groups": []} if os.geteuid() == 0 else {}
        proc = subprocess.run(args, capture_output=True, text=True, **run_as)
        if check and proc.returncode != 0:
            raise EmbeddedClusterError(f"{Path(args[0]).name} failed: {proc.stderr.strip() or proc.stdout.strip()}")
        return proc

    def _make_folder(self) -> None:
        self.pgdata.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.pgdata, "postgres", "postgres")
            # postgres must be able to reach its folder through every parent.
            for parent in self.pgdata.parents:
                if parent.stat().st_mode & 0o001 == 0:
                    os.chmod(parent, parent.stat().st_mode | 0o001)
        os.chmod(self.pgdata, 0o700)

    def initialised(self) -> bool:
        return (self.pgdata / "PG_VERSION").exists()

    def running(self) -> bool:
        bindir = postgres_bindir()
        return self._run(str(bindir / "pg_ctl"), "status", "-D", str(self.pgdata), check=False).returncode == 0

    def start(self) -> str:
        """Initialise on first use, start if stopped, create the database; return its URL."""
        bindir = postgres_bindir()
        if not self.initialised():
            self._make_folder()
            self._run(str(bindir / "initdb"), "-D", str(self.pgdata), "-U", SUPERUSER, "-A", "trust",
                      "-E", "UTF8", "--locale=C.UTF-8")
        if not self.running():
            options = (f"-p {self.port} -k {self.pgdata} -c listen_addresses=127.0.0.1 "
                       "-c shared_buffers=256MB -c synchronous_commit=off")
            log = self.pgdata / "server.log"
            logged_before = log.stat().st_size if log.exists() else 0
            try:
                self._run(str(bindir / "pg_ctl"), "start", "-w", "-t", "60", "-D", str(self.pgdata),
                          "-l", str(log), "-o", options)
            except EmbeddedClusterError as exc:
                raise EmbeddedClusterError(self._why_not_started(exc, logged_before)) from None
        self._create_database()
        return self.url

    def _why_not_started(self, exc: EmbeddedClusterError, logged_before: int) -> str:
        """pg_ctl only says to read the log: the FATAL lines this start wrote there, and the likeliest cause."""
        log = self.pgdata / "server.log"
        with open(log, "rb") if log.exists() else open(os.devnull, "rb") as handle:
            handle.seek(logged_before)
            written = handle.read().decode(errors="replace").splitlines()
        fatal = [line.split("FATAL:", 1)[1].strip() for line in written if "FATAL:" in line]
        why = "; ".join(fatal) or str(exc)
        if any("could not create any TCP/IP sockets" in line or "Address already in use" in line for line in fatal):
            why += (f" (port {self.port} is taken, perhaps by the cluster of an eventmap started in another "
                    "folder: each folder's ./data holds its own; set EVENTMAP_EMBEDDED_PORT, EVENTMAP_DATA_DIR "
                    "or DATABASE_URL)")
        return f"the embedded PostgreSQL cluster in {self.pgdata} did not start: {why}"

    def stop(self) -> None:
        if self.initialised() and self.running():
            self._run(str(postgres_bindir() / "pg_ctl"), "stop", "-w", "-m", "fast", "-D", str(self.pgdata))

    def _create_database(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                conn = psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
                                       autocommit=True)
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        with conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{DATABASE}"')  # a constant identifier, not input
