from coffeechat.accounts.models import User
from coffeechat.lib.testing import BaseTestCase


class UserAdminTests(BaseTestCase):
    def test_a_users_admin_page_renders(self):
        """Regression: admin widgets that exist only as Django templates broke the Jinja2 renderer."""
        self.login(User.objects.create_superuser("admin@example.org", "x"))
        for url in ["/admin/accounts/user/", f"/admin/accounts/user/{self.alice.pk}/change/", "/admin/"]:
            self.assertEqual(self.client.get(url).status_code, 200, url)
