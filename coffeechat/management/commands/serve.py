"""`coffeechat serve`: migrate, collect static files and run the production-style server."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Apply migrations, collect static files and serve coffeechat with gunicorn."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Address to listen on (127.0.0.1).")
        parser.add_argument("--port", type=int, default=8000, help="Port to listen on (8000).")
        parser.add_argument("--workers", type=int, default=2, help="Worker processes (2).")
        parser.add_argument("--threads", type=int, default=4, help="Threads per worker (4).")
        parser.add_argument(
            "--skip-setup", action="store_true", help="Do not migrate or collect static files first."
        )

    def handle(self, *args, host, port, workers, threads, skip_setup, **options):
        if not skip_setup:
            call_command("migrate", interactive=False, verbosity=0)
            call_command("collectstatic", interactive=False, verbosity=0)
        from gunicorn.app.base import BaseApplication

        from coffeechat.wsgi import application

        class Server(BaseApplication):
            def load_config(self):
                self.cfg.set("bind", f"{host}:{port}")
                self.cfg.set("workers", workers)
                self.cfg.set("threads", threads)
                self.cfg.set("worker_class", "gthread")
                self.cfg.set("accesslog", None)
                self.cfg.set("errorlog", "-")
                self.cfg.set("timeout", 60)
                # Idle keep-alive connections stay open a little longer than a person takes to click:
                # at gunicorn's 2 s, a click racing the server's close met a reset connection.
                self.cfg.set("keepalive", 5)
                # gunicorn's control socket defaults to one shared path in the home directory:
                # two coffeechat servers (or the test suite) would take it from each other.
                self.cfg.set("control_socket_disable", True)

            def load(self):
                return application

        db = settings.DATABASES["default"]
        where = db["NAME"] if db["ENGINE"].endswith("sqlite3") else f"{db['ENGINE']} {db.get('HOST', '')}"
        self.stdout.write(f"coffeechat is running on http://{host}:{port}/  (data: {where})")
        self.stdout.write("Press Ctrl+C to stop.")
        Server().run()
