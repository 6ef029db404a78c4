"""`coffeechat send_digest` is another name for `coffeechat remind` (the daily reminder e-mail)."""

from coffeechat.outreach.management.commands.remind import Command  # noqa: F401
