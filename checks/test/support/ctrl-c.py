"""Runs `pnpm start -- --port 0` in a pseudo-terminal, presses Ctrl+C once the banner is up, and prints everything
the terminal showed, then `EXIT <code>`. A terminal sends SIGINT to the whole foreground process group, as a person's
Ctrl+C does; only a pty reproduces that (a signal sent to one pid does not)."""
import os
import pty
import select
import sys

pid, fd = pty.fork()
if pid == 0:
    os.chdir(sys.argv[1])
    os.execvp("pnpm", ["pnpm", "start", "--", "--port", "0"])


def read(timeout):
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return None
    try:
        return os.read(fd, 4096)
    except OSError:  # the terminal closed: every process in it has exited
        return b""


shown = b""
while b"Press Ctrl+C" not in shown:
    chunk = read(300)  # a guard against a hang only
    if not chunk:
        break
    shown += chunk
os.write(fd, b"\x03")
while True:
    chunk = read(300)
    if not chunk:
        break
    shown += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.write(shown.decode(errors="replace"))
print(f"\nEXIT {os.waitstatus_to_exitcode(status)}")
