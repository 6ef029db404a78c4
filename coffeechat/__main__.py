"""The `coffeechat` command: Django's manage.py, under the project's name."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coffeechat.settings")
    from coffeechat.lib.env import ConfigError

    try:
        from django.core.management import execute_from_command_line

        execute_from_command_line([os.path.basename(sys.argv[0]) or "coffeechat", *sys.argv[1:]])
    except ConfigError as e:
        sys.exit(f"coffeechat: configuration error: {e}")


if __name__ == "__main__":
    main()
