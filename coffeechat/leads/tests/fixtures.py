"""Leads of every kind for the tests."""

import datetime as dt

from coffeechat.leads.models import Lead


def some_leads(chat, n: int = 1) -> list[Lead]:
    made = []
    for i in range(n):
        made.append(Lead.add_referral(chat, name=f"Referral {i}", company_name=f"Co {i % 3}", note="Say hi"))
        made.append(
            Lead.add_opening(
                chat,
                title=f"Opening {i}",
                company=chat.company,
                url="https://jobs.example/1",
                deadline=dt.date(2030, 1, 1),
                remind_on=dt.date(2029, 12, 25),
            )
        )
        made.append(Lead.add_season(chat, title=f"Season {i}", company=None, starts_on=dt.date(2030, 3, 1)))
    return made
