"""Serving benchmark: one page through Varnish, from gunicorn, and as a static file from nginx.

Starts everything it measures on free loopback ports and stops it all at the end (also on
Ctrl-C): gunicorn with `config/gunicorn.py` and the production settings on a scratch SQLite
database, Varnish (`varnishd`) in front of it, nginx serving a saved copy of each page's
HTML and, with `--reference REV`, a second gunicorn running another git revision of this
project (a detached `git worktree` under the temp dir, run with this checkout's `.venv`).

For each round and page, `wrk --latency` runs against every target in turn, so the machine's
state weighs on all of them alike; the figures are the medians over the rounds of req/s,
p50 and p99. An "uncached p50" per page comes from sequential requests straight to the
gunicorn of each checkout, the two checkouts alternating. The 1-minute load average is read
before each measurement and shown beside each figure: on a loaded machine the figures are
upper bounds for latency and lower bounds for throughput, and not comparable with a quiet run.

Varnish uses `deploy/varnish/default.vcl` when this checkout has it, with the token
`BACKEND_PORT` (as in `.host = "127.0.0.1"; .port = "BACKEND_PORT";`) replaced by the
gunicorn port (`VCL_PORT_TOKEN` below is the one line to change if that file's convention
changes). Without it, a stand-in VCL below caches every anonymous GET for 600 s whatever
the page's Cache-Control says; the report names the VCL used and whether Varnish hit.

Usage (about 10 min of wrk with the defaults and seven pages, plus 1-2 min of set-up):

    make bench-serving ARGS="--reference main --json var/bench-serving.json"
    .venv/bin/python scripts/bench_serving.py --duration 2 --rounds 1 --force   # smoke run

Shared services are only used when asked (`--redis-url`), never stopped or flushed.
"""

import argparse
import contextlib
import datetime
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
PYTHON = PROJECT_DIR / ".venv" / "bin" / "python"
GUNICORN_CONFIG = PROJECT_DIR / "config" / "gunicorn.py"
REPOSITORY_VCL = Path("deploy") / "varnish" / "default.vcl"
VCL_PORT_TOKEN = "BACKEND_PORT"  # noqa: S105 (a placeholder, not a secret)
TOOLS = {"wrk": "/usr/bin/wrk", "varnishd": "/usr/sbin/varnishd", "nginx": "/usr/sbin/nginx"}

# The first live Japanese page of each type, and the English translation of some.
PAGE_TYPES = [
    ("home", "home.HomePage", ["ja", "en"]),
    ("industries index", "industries.IndustriesIndexPage", ["ja"]),
    ("shop", "industries.ShopPage", ["ja", "en"]),
    ("tour", "tourism.TourPage", ["ja"]),
    ("story", "home.StoryPage", ["ja"]),
]

DISCOVER_CODE = """
import json, sys
import django
django.setup()
from django.apps import apps
found = []
for name, label, languages in json.loads(sys.argv[1]):
    model = apps.get_model(label)
    page = model.objects.live().filter(locale__language_code="ja").order_by("path").first()
    if page is None:
        continue
    for language in languages:
        found.append({"name": f"{name} ({language})", "path": f"/{language}/" + page.url.split("/", 2)[2]})
print(json.dumps(found))
"""

STAND_IN_VCL = """vcl 4.1;
# Stand-in written by scripts/bench_serving.py because deploy/varnish/default.vcl is missing.
# It caches every anonymous GET for 600 s, whatever the page's Cache-Control says.
backend default {
    .host = "127.0.0.1";
    .port = "BACKEND_PORT";
}
sub vcl_recv {
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}
sub vcl_backend_response {
    if (beresp.status == 200) {
        unset beresp.http.Set-Cookie;
        set beresp.ttl = 600s;
        set beresp.grace = 60s;
        return (deliver);
    }
}
"""

NGINX_CONF = """daemon off;
worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    types {{ text/html html; }}
    default_type text/html;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {prefix}/root;
        index index.html;
    }}
}}
"""


class BenchError(Exception):
    """A problem the user can fix; printed as one message, exit status 1."""


def log(message):
    print(f"[bench-serving] {message}", file=sys.stderr, flush=True)


def load_average():
    return float(Path("/proc/loadavg").read_text().split()[0])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def git(*args, cwd=PROJECT_DIR):
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)  # noqa: S603, S607
    if result.returncode != 0:
        raise BenchError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout.strip()


class Processes:
    """Every long-running process started here, each in its own session, stopped in reverse order."""

    def __init__(self):
        self.started = []

    def start(self, name, command, log_path, **kwargs):
        log_file = open(log_path, "ab")  # noqa: SIM115 (closed in stop_all)
        process = subprocess.Popen(  # noqa: S603 (our own tools and interpreter)
            command, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True, **kwargs
        )
        self.started.append((name, process, log_file, log_path))
        return process

    def forget_finished(self):
        """Drop the one-shot processes (the seeding) once they have exited."""
        for entry in [entry for entry in self.started if entry[1].poll() is not None]:
            entry[2].close()
            self.started.remove(entry)

    def check_alive(self):
        for name, process, _, log_path in self.started:
            if process.poll() is not None:
                raise BenchError(f"{name} exited with status {process.returncode}:\n{tail(log_path)}")

    def stop_all(self):
        for name, process, log_file, _ in reversed(self.started):
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    log(f"{name} did not stop in 20 s: killing it")
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
            log_file.close()
        self.started = []


def tail(path, lines=20):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def run_step(description, command, cwd, env, log_path, timeout=900):
    log(description)
    with open(log_path, "ab") as log_file:
        result = subprocess.run(  # noqa: S603 (our own interpreter and manage.py)
            command, cwd=cwd, env=env, stdout=log_file, stderr=subprocess.STDOUT, timeout=timeout
        )
    if result.returncode != 0:
        raise BenchError(f"{description} failed (status {result.returncode}):\n{tail(log_path)}")


def http_get(port, path, timeout=120):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


class Checkout:
    """One revision of the project: its scratch database, media, static files and gunicorn."""

    def __init__(self, label, root, workdir, args):
        self.label = label
        self.root = root
        self.dir = workdir / label
        self.dir.mkdir()
        self.db = self.dir / "db.sqlite3"
        self.media = self.dir / "media"
        self.static = self.dir / "static"
        self.port = None
        self.redis_url = args.redis_url if label == "current" else args.reference_redis_url
        self.extra_env = dict(item.split("=", 1) for item in (args.env if label == "current" else args.reference_env))

    def env(self, settings):
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", str(self.dir)),
            "LANG": "C.UTF-8",
            "PYTHONPATH": str(self.root),
            "DJANGO_SETTINGS_MODULE": settings,
            "DATABASE_URL": f"sqlite:///{self.db}",
            "MEDIA_ROOT": str(self.media),
            "STATIC_ROOT": str(self.static),
        }
        if settings == "config.settings.production":
            env |= {
                "SECRET_KEY": secrets.token_urlsafe(50),
                "ALLOWED_HOSTS": "127.0.0.1,localhost",
                "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
                "SECURE_SSL_REDIRECT": "false",
            }
            if self.redis_url:
                env["REDIS_URL"] = self.redis_url
            env |= self.extra_env
        return env

    def manage(self, *args):
        return [str(PYTHON), str(self.root / "manage.py"), *args]

    def start_seed(self, processes):
        """migrate + seed_demo with the development settings, in the background (30-60 s)."""
        command = f"'{PYTHON}' manage.py migrate --noinput -v0 && '{PYTHON}' manage.py seed_demo"
        log(f"{self.label}: migrate + seed_demo into {self.db}")
        return processes.start(
            f"{self.label} seed",
            ["bash", "-c", command],
            self.dir / "seed.log",
            cwd=self.root,
            env=self.env("config.settings.dev"),
        )

    def copy_database(self, source, media):
        """A consistent copy of an existing database (sqlite3 backup) and of its media files."""
        log(f"{self.label}: copying {source} and {media}")
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(self.db) as dst:
            src.backup(dst)
        if media.is_dir():
            shutil.copytree(media, self.media)
        else:
            log(f"{self.label}: no media directory at {media}: pages with images may fail")

    def prepare(self):
        """Bring the schema up to this revision's migrations, compile messages, collect static files."""
        env = self.env("config.settings.production")
        if (self.root / "scripts" / "compile_messages.py").exists():
            run_step(
                f"{self.label}: compile messages",
                [str(PYTHON), "scripts/compile_messages.py"],
                self.root,
                env,
                self.dir / "prepare.log",
            )
        run_step(
            f"{self.label}: migrate",
            self.manage("migrate", "--noinput", "-v0"),
            self.root,
            env,
            self.dir / "prepare.log",
        )
        run_step(
            f"{self.label}: collectstatic",
            self.manage("collectstatic", "--noinput", "-v0"),
            self.root,
            env,
            self.dir / "prepare.log",
        )

    def start_gunicorn(self, processes, workers):
        self.port = free_port()
        env = self.env("config.settings.production") | {
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": str(workers),
        }
        log(f"{self.label}: gunicorn, {workers} workers, on 127.0.0.1:{self.port}")
        processes.start(
            f"{self.label} gunicorn",
            [str(PYTHON), "-m", "gunicorn", "-c", str(GUNICORN_CONFIG)],
            self.dir / "gunicorn.log",
            cwd=self.root,
            env=env,
        )

    def discover_pages(self):
        result = subprocess.run(  # noqa: S603 (our own interpreter)
            [str(PYTHON), "-c", DISCOVER_CODE, json.dumps(PAGE_TYPES)],
            cwd=self.root,
            env=self.env("config.settings.dev"),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0:
            raise BenchError(f"finding the demo pages failed:\n{result.stderr[-2000:]}")
        return json.loads(result.stdout.strip().splitlines()[-1])


def wait_until_serving(processes, port, path, name, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        processes.check_alive()
        with contextlib.suppress(OSError, http.client.HTTPException):
            status, _, _ = http_get(port, path, timeout=30)
            if status < 500:
                return
        time.sleep(0.5)
    raise BenchError(f"{name} did not answer on 127.0.0.1:{port} within {timeout} s")


def start_varnish(processes, workdir, backend_port, memory):
    source = PROJECT_DIR / REPOSITORY_VCL
    if source.exists():
        vcl_text, vcl_name = source.read_text(), str(REPOSITORY_VCL)
        if VCL_PORT_TOKEN not in vcl_text:
            raise BenchError(f"{REPOSITORY_VCL} has no {VCL_PORT_TOKEN} token to replace with the gunicorn port")
    else:
        vcl_text, vcl_name = STAND_IN_VCL, "stand-in VCL in scripts/bench_serving.py (forces a 600 s TTL)"
    directory = workdir / "varnish"
    directory.mkdir()
    vcl = directory / "default.vcl"
    vcl.write_text(vcl_text.replace(VCL_PORT_TOKEN, str(backend_port)).replace('"BACKEND_HOST"', '"127.0.0.1"'))
    port = free_port()
    command = [TOOLS["varnishd"], "-F", "-a", f"127.0.0.1:{port}", "-f", str(vcl), "-n", str(directory / "n")]
    command += ["-s", f"malloc,{memory}", "-T", "127.0.0.1:0"]
    if os.geteuid() == 0:
        # As root, varnishd would switch to its system users, which cannot read a private temp dir.
        command += ["-j", "none"]
    log(f"varnish on 127.0.0.1:{port} with {vcl_name}")
    processes.start("varnishd", command, directory / "varnishd.log")
    return port, vcl_name


def start_nginx(processes, workdir, pages, gunicorn_port):
    prefix = workdir / "nginx"
    for sub in ("root", "tmp"):
        (prefix / sub).mkdir(parents=True)
    for page in pages:
        status, _, body = http_get(gunicorn_port, page["path"])
        if status != 200:
            raise BenchError(f"saving {page['path']} for nginx: HTTP {status}")
        target = prefix / "root" / page["path"].strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        page["bytes"] = len(body)
    port = free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(NGINX_CONF.format(prefix=prefix, port=port))
    if os.geteuid() == 0:
        # nginx's workers run as nobody: let them read the saved pages.
        for path in [workdir, *prefix.rglob("*"), prefix]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    command = [TOOLS["nginx"], "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")]
    log(f"nginx on 127.0.0.1:{port}, serving saved copies from {prefix / 'root'}")
    processes.start("nginx", command, prefix / "nginx.log")
    return port


def varnish_hits(port, path):
    """Whether a second request for the page is answered from Varnish's cache."""
    http_get(port, path)
    _, headers, _ = http_get(port, path)
    headers = {key.lower(): value for key, value in headers.items()}
    return len(headers.get("x-varnish", "").split()) == 2, headers.get("cache-control", "")


WRK_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def parse_wrk(output):
    def latency(percent):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
        return float(match.group(1)) * WRK_UNITS[match.group(2)] if match else None

    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    if not rps or latency(50) is None:
        raise BenchError(f"could not read wrk's output:\n{output}")
    return {
        "rps": float(rps.group(1)),
        "p50_ms": latency(50),
        "p99_ms": latency(99),
        "requests": int(total.group(1)) if total else None,
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": errors.group(1).strip() if errors else "",
    }


def run_wrk(port, path, args):
    command = [TOOLS["wrk"], f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s", "--latency"]
    command += ["--timeout", "10s", f"http://127.0.0.1:{port}{path}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=args.duration + 60)  # noqa: S603
    if result.returncode != 0:
        raise BenchError(f"wrk failed: {result.stderr or result.stdout}")
    return parse_wrk(result.stdout)


def uncached_p50(checkouts, pages, count, warmups):
    """Sequential requests straight to each gunicorn, the checkouts alternating request by request."""
    results = {}
    for page in pages:
        for checkout in checkouts:
            for _ in range(warmups):
                http_get(checkout.port, page["path"])
        timings = {checkout.label: [] for checkout in checkouts}
        load = load_average()
        for _ in range(count):
            for checkout in checkouts:
                start = time.perf_counter()
                status, _, _ = http_get(checkout.port, page["path"])
                timings[checkout.label].append((time.perf_counter() - start) * 1000)
                if status != 200:
                    raise BenchError(f"{checkout.label} {page['path']}: HTTP {status}")
        results[page["name"]] = {
            label: {"p50_ms": statistics.median(values), "load": load} for label, values in timings.items()
        }
        summary = ", ".join(f"{label} {values['p50_ms']:.1f} ms" for label, values in results[page["name"]].items())
        log(f"uncached {page['name']}: {summary} (load {load:.2f})")
    return results


def summarise(runs, pages, targets):
    summary = []
    for page in pages:
        for target in targets:
            mine = [run for run in runs if run["page"] == page["name"] and run["target"] == target]
            if not mine:
                continue
            loads = [run["load"] for run in mine]
            summary.append(
                {
                    "page": page["name"],
                    "path": page["path"],
                    "target": target,
                    "rounds": len(mine),
                    "rps": statistics.median(run["rps"] for run in mine),
                    "p50_ms": statistics.median(run["p50_ms"] for run in mine),
                    "p99_ms": statistics.median(run["p99_ms"] for run in mine),
                    "non_2xx": sum(run["non_2xx"] for run in mine),
                    "load_min": min(loads),
                    "load_max": max(loads),
                }
            )
    return summary


def load_range(low, high):
    return f"{low:.2f}" if abs(high - low) < 0.005 else f"{low:.2f}–{high:.2f}"


def markdown(report):
    lines = [
        f"Serving benchmark, {report['started']}: {report['cpus']} CPUs, load {report['load_start']:.2f} at the start, "
        f"{report['load_end']:.2f} at the end.",
        f"wrk -t{report['wrk']['threads']} -c{report['wrk']['connections']} -d{report['wrk']['duration']}s, "
        f"{report['rounds']} interleaved round(s), medians over the rounds; gunicorn {report['workers']} sync workers "
        f"({report['gunicorn_config']}), production settings, SQLite.",
        f"Varnish: {report['vcl']}. Current: {report['revisions']['current']}"
        + "".join(f" {item}" for item in report["env"]["current"])
        + (f"; reference: {report['revisions']['reference']}" if "reference" in report["revisions"] else "")
        + "".join(f" {item}" for item in report["env"]["reference"])
        + ".",
        "",
        "| Page | Target | req/s | p50 ms | p99 ms | load (1 min) |",
        "|---|---|---:|---:|---:|---|",
    ]
    for row in report["summary"]:
        target = row["target"]
        if target == "varnish" and not report["varnish_hits"].get(row["page"], False):
            target += " (MISS: not cached)"
        if row["non_2xx"]:
            target += f" ({row['non_2xx']} non-2xx)"
        lines.append(
            f"| {row['page']} | {target} | {row['rps']:,.0f} | {row['p50_ms']:.2f} | {row['p99_ms']:.2f} "
            f"| {load_range(row['load_min'], row['load_max'])} |"
        )
    if report["uncached"]:
        labels = list(next(iter(report["uncached"].values())))
        lines += [
            "",
            f"Uncached p50 (ms): {report['uncached_count']} sequential requests straight to gunicorn after "
            f"{report['uncached_warmups']} warm-ups, checkouts alternating.",
            "",
            "| Page | " + " | ".join(labels) + " | load (1 min) |",
            "|---|" + "---:|" * len(labels) + "---|",
        ]
        for page, values in report["uncached"].items():
            figures = " | ".join(f"{values[label]['p50_ms']:.1f}" for label in labels)
            lines.append(f"| {page} | {figures} | {values[labels[0]]['load']:.2f} |")
    return "\n".join(lines)


def check_tools():
    missing = []
    for name, default in TOOLS.items():
        found = shutil.which(name) or (default if os.access(default, os.X_OK) else None)
        if found:
            TOOLS[name] = found
        else:
            missing.append(name)
    if missing:
        raise BenchError(f"missing tool(s): {', '.join(missing)} (apt-get install -y wrk varnish nginx-light)")
    if not PYTHON.exists():
        raise BenchError(f"{PYTHON} is missing: run `make install-dev` first")


def add_reference(args, workdir):
    """A detached worktree of REV sharing this checkout's .venv, refused when the lock files differ."""
    revision = git("rev-parse", "--verify", f"{args.reference}^{{commit}}")
    current_lock = (PROJECT_DIR / "uv.lock").read_text().strip()
    reference_lock = git("show", f"{revision}:uv.lock")
    if reference_lock != current_lock:
        raise BenchError(
            f"uv.lock differs between this checkout and {args.reference}: its dependencies are not this .venv's, "
            "so the comparison would not be of the code alone. Pick a revision with the same uv.lock."
        )
    path = workdir / "reference-checkout"
    git("worktree", "add", "--detach", str(path), revision)
    return path, revision


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", metavar="REV", help="also serve this git revision (e.g. main, HEAD~3)")
    parser.add_argument("--db", type=Path, help="copy this SQLite database instead of seeding a new one")
    parser.add_argument("--media", type=Path, help="its media directory (default: var/media of this checkout)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page and target")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections")
    parser.add_argument("--workers", type=int, default=2, help="WEB_CONCURRENCY of each gunicorn")
    parser.add_argument("--uncached", type=int, default=200, help="sequential requests per page (0: skip)")
    parser.add_argument("--warmups", type=int, default=20)
    parser.add_argument("--pages", nargs="+", metavar="NAME", help="only these pages, e.g. 'home (ja)' 'shop (en)'")
    parser.add_argument("--redis-url", help="REDIS_URL for the current checkout (a Redis database nobody else uses)")
    parser.add_argument("--reference-redis-url", help="REDIS_URL for the reference (must differ from --redis-url)")
    parser.add_argument(
        "--env", action="append", default=[], metavar="NAME=VALUE", help="extra variable for the current gunicorn"
    )
    parser.add_argument(
        "--reference-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra variable for the reference gunicorn (A/B of a setting: --reference HEAD --reference-env ...)",
    )
    parser.add_argument("--varnish-memory", default="128m")
    parser.add_argument("--json", type=Path, help="also write the raw runs and the summary here")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (logs, databases) afterwards")
    parser.add_argument("--force", action="store_true", help="run even if the 1-minute load is 1.0 or more")
    args = parser.parse_args()
    if args.redis_url and args.reference and not args.reference_redis_url:
        parser.error("with --reference and --redis-url, give --reference-redis-url too (another Redis database)")
    if args.redis_url and args.reference_redis_url == args.redis_url:
        parser.error("--reference-redis-url must differ from --redis-url: both sites use the same key prefix")
    if any("=" not in item for item in args.env + args.reference_env):
        parser.error("--env and --reference-env take NAME=VALUE")
    if args.media and not args.db:
        parser.error("--media goes with --db")
    return args


def measure(args, workdir, processes, report):
    checkouts = [Checkout("current", PROJECT_DIR, workdir, args)]
    if args.reference:
        root, revision = add_reference(args, workdir)
        report["revisions"]["reference"] = f"{args.reference} ({revision[:10]})"
        checkouts.append(Checkout("reference", root, workdir, args))

    seeding = []
    for checkout in checkouts:
        if args.db and checkout.label == "current":
            checkout.copy_database(args.db, args.media or PROJECT_DIR / "var" / "media")
        else:
            seeding.append((checkout, checkout.start_seed(processes)))
    for checkout, process in seeding:
        if process.wait() != 0:
            raise BenchError(f"{checkout.label}: seeding failed:\n{tail(checkout.dir / 'seed.log')}")
    processes.forget_finished()
    for checkout in checkouts:
        checkout.prepare()

    pages = checkouts[0].discover_pages()
    if args.pages:
        pages = [page for page in pages if page["name"] in args.pages]
        if not pages:
            raise BenchError("--pages matched none of the demo pages")
    for checkout in checkouts:
        checkout.start_gunicorn(processes, args.workers)
    for checkout in checkouts:
        wait_until_serving(processes, checkout.port, pages[0]["path"], f"{checkout.label} gunicorn")

    # Warm every page on every gunicorn worker (renditions, the chrome cache), and check it serves.
    for page in pages:
        for checkout in checkouts:
            for _ in range(args.warmups):
                status, _, _ = http_get(checkout.port, page["path"])
                if status != 200:
                    raise BenchError(f"{checkout.label} {page['path']}: HTTP {status}")
    log("pages: " + ", ".join(f"{page['name']} {page['path']}" for page in pages))

    current = checkouts[0]
    varnish_port, report["vcl"] = start_varnish(processes, workdir, current.port, args.varnish_memory)
    nginx_port = start_nginx(processes, workdir, pages, current.port)
    wait_until_serving(processes, varnish_port, pages[0]["path"], "varnish")
    wait_until_serving(processes, nginx_port, pages[0]["path"], "nginx")
    for page in pages:
        hit, cache_control = varnish_hits(varnish_port, page["path"])
        report["varnish_hits"][page["name"]] = hit
        if not hit:
            log(f"WARNING: Varnish does not cache {page['path']} (Cache-Control: {cache_control or 'none'})")

    targets = {"varnish": varnish_port, "gunicorn": current.port, "nginx (saved copy)": nginx_port}
    if len(checkouts) > 1:
        targets["gunicorn (reference)"] = checkouts[1].port
    report["pages"] = pages
    for round_number in range(1, args.rounds + 1):
        for page in pages:
            for target, port in targets.items():
                processes.check_alive()
                load = load_average()
                result = run_wrk(port, page["path"], args)
                result |= {"round": round_number, "page": page["name"], "target": target, "load": load}
                report["runs"].append(result)
                log(
                    f"round {round_number} {page['name']:18} {target:20} {result['rps']:9.1f} req/s "
                    f"p50 {result['p50_ms']:7.2f} ms p99 {result['p99_ms']:7.2f} ms (load {load:.2f})"
                )
    report["summary"] = summarise(report["runs"], pages, targets)
    if args.uncached:
        report["uncached"] = uncached_p50(checkouts, pages, args.uncached, args.warmups)


def main():
    args = parse_args()
    check_tools()
    load = load_average()
    print(f"/proc/loadavg: {Path('/proc/loadavg').read_text().strip()}", flush=True)
    if load >= 1.0 and not args.force:
        print(f"The 1-minute load is {load:.2f} (≥ 1.0): the figures would not be comparable. Wait, or pass --force.")
        sys.exit(2)
    # SIGTERM (and SIGHUP) unwind like Ctrl-C, so the finally below stops everything.
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.default_int_handler)

    report = {
        "started": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "load_start": load,
        "rounds": args.rounds,
        "workers": args.workers,
        "gunicorn_config": str(GUNICORN_CONFIG.relative_to(PROJECT_DIR)) + " of this checkout, for both",
        "wrk": {"threads": args.threads, "connections": args.connections, "duration": args.duration},
        "uncached_count": args.uncached,
        "uncached_warmups": args.warmups,
        "revisions": {"current": f"{git('rev-parse', '--short=10', 'HEAD')} ({git('branch', '--show-current')})"},
        "env": {"current": args.env, "reference": args.reference_env},
        "vcl": None,
        "varnish_hits": {},
        "runs": [],
        "summary": [],
        "uncached": {},
    }
    if git("status", "--porcelain", "--untracked-files=no"):
        report["revisions"]["current"] += " + uncommitted changes"
    workdir = Path(tempfile.mkdtemp(prefix="nerima-bench-serving-"))
    processes = Processes()
    status = 0
    try:
        measure(args, workdir, processes, report)
    except BenchError as exc:
        log(f"error: {exc}")
        status = 1
    except KeyboardInterrupt:
        log("interrupted: stopping everything")
        status = 130
    finally:
        processes.stop_all()
        if (workdir / "reference-checkout").exists():
            with contextlib.suppress(BenchError):
                git("worktree", "remove", "--force", str(workdir / "reference-checkout"))
            with contextlib.suppress(BenchError):
                git("worktree", "prune")
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    report["load_end"] = load_average()
    print(f"/proc/loadavg at the end: {Path('/proc/loadavg').read_text().strip()}", flush=True)
    if report["summary"]:
        print(markdown(report))
    if args.json and report["runs"]:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        log(f"wrote {args.json}")
    sys.exit(status)


if __name__ == "__main__":
    main()
