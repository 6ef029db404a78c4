"""A real SMTP server on loopback, for tests only: speaks enough RFC 5321 for smtplib and keeps
each message.

Python 3.11 still ships `smtpd` but deprecated, and 3.12 drops it; this sink is ~60 lines of
socketserver. `refuse=True` makes it refuse every recipient (550), like a server that will not take
the mail.
"""

import socketserver
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy


@dataclass
class Received:
    mail_from: str
    rcpt_to: list[str]
    data: bytes

    @property
    def message(self):
        return message_from_bytes(self.data, policy=policy.default)


@dataclass
class SMTPSink:
    refuse: bool = False
    received: list[Received] = field(default_factory=list)

    def __enter__(self) -> "SMTPSink":
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, text: str) -> None:
                self.wfile.write(text.encode() + b"\r\n")

            def handle(self) -> None:
                self.reply("220 sink.test ESMTP ready")
                mail_from, rcpt_to = "", []
                while line := self.rfile.readline():
                    command = line.decode("ascii", "replace").rstrip("\r\n")
                    verb = command[:4].upper()
                    if verb in ("EHLO", "HELO"):
                        self.reply(
                            "250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8"
                            if verb == "EHLO"
                            else "250 sink.test"
                        )
                    elif verb == "MAIL":
                        mail_from, rcpt_to = command.split(":", 1)[1].split()[0].strip("<>"), []
                        self.reply("250 OK")
                    elif verb == "RCPT":
                        if sink.refuse:
                            self.reply("550 5.1.1 Mailbox unavailable")
                        else:
                            rcpt_to.append(command.split(":", 1)[1].strip().strip("<>"))
                            self.reply("250 OK")
                    elif verb == "DATA":
                        self.reply("354 End data with <CR><LF>.<CR><LF>")
                        lines = []
                        while (data := self.rfile.readline()) not in (b".\r\n", b""):
                            lines.append(data[1:] if data.startswith(b"..") else data)
                        sink.received.append(Received(mail_from, rcpt_to, b"".join(lines)))
                        self.reply("250 OK: queued")
                    elif verb in ("RSET", "NOOP"):
                        self.reply("250 OK")
                    elif verb == "QUIT":
                        self.reply("221 Bye")
                        return
                    else:
                        self.reply("502 Command not implemented")

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def settings(self) -> dict:
        """override_settings(**sink.settings()) sends Django's mail here."""
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": self.port,
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
            "EMAIL_USE_TLS": False,
            "EMAIL_USE_SSL": False,
            "EMAIL_TIMEOUT": 5,
        }
