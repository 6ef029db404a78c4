"""coffeechat's question bank: questions we wrote for informational interviews.

Each question is tagged twice: with the seed's three areas (the host's job, their company, their
career and field) and with TIARA's five families (Trends, Insights, Advice, Resources,
Assignments), and carries the minutes a good answer usually takes. The bank is data shipped with
the code: every user reads the same rows, and only questions a user adds are stored for them.

Keys are stable: questions are only ever appended, so a plan that picked "b042" keeps meaning it.
Placeholders ({company}, {role}, {industry}, {host_first_name}) are filled from the conversation.
"""

from dataclasses import dataclass

JOB, COMPANY, CAREER = "job", "company", "career"
AREAS = {
    JOB: "Their job and day-to-day",
    COMPANY: "The company and its culture",
    CAREER: "Their career and the field",
}
TRENDS, INSIGHTS, ADVICE, RESOURCES, ASSIGNMENTS = "trends", "insights", "advice", "resources", "assignments"
FAMILIES = {
    TRENDS: "Trends",
    INSIGHTS: "Insights",
    ADVICE: "Advice",
    RESOURCES: "Resources",
    ASSIGNMENTS: "Assignments",
}


@dataclass(frozen=True)
class BankQuestion:
    key: str
    text: str
    area: str
    family: str
    minutes: int

    @property
    def area_label(self) -> str:
        return AREAS[self.area]

    @property
    def family_label(self) -> str:
        return FAMILIES[self.family]


# (area, family, minutes, text)
_ROWS = [
    # --- Their job, day to day ---
    (JOB, INSIGHTS, 3, "What does a typical day in your job look like?"),
    (JOB, INSIGHTS, 3, "What does a typical week look like for you, from Monday to Friday?"),
    (JOB, INSIGHTS, 2, "What surprised you most when you started as {role}?"),
    (JOB, INSIGHTS, 2, "Which part of your work gives you the most energy?"),
    (JOB, INSIGHTS, 2, "How do you handle the hardest part of your work?"),
    (JOB, INSIGHTS, 2, "What do people outside your team most often misunderstand about your role?"),
    (JOB, INSIGHTS, 2, "How do you decide what to work on first when everything feels urgent?"),
    (JOB, INSIGHTS, 2, "Who do you work with most closely day to day?"),
    (JOB, INSIGHTS, 2, "How is success measured in your role?"),
    (JOB, INSIGHTS, 2, "What kind of problems land on your desk that nobody else can solve?"),
    (JOB, INSIGHTS, 2, "How is your time split between meetings and focused work?"),
    (JOB, INSIGHTS, 2, "What would you change about your job if you could change one thing?"),
    (JOB, ASSIGNMENTS, 3, "What project are you proudest of in your current role?"),
    (JOB, ASSIGNMENTS, 3, "What are you working on right now that excites you?"),
    (JOB, ASSIGNMENTS, 3, "Could you walk me through a recent project from start to finish?"),
    (
        JOB,
        ASSIGNMENTS,
        2,
        "What does a project look like in your team: how long, how many people, what result?",
    ),
    (JOB, ASSIGNMENTS, 2, "What was the last problem that kept you thinking after work?"),
    (JOB, ASSIGNMENTS, 2, "What kind of work would a newcomer to your team be given first?"),
    (JOB, ASSIGNMENTS, 2, "Which tools or methods do you rely on most in your projects?"),
    (JOB, ASSIGNMENTS, 2, "What does a really good piece of work look like in your job?"),
    (JOB, ASSIGNMENTS, 2, "How do your projects usually start: who brings the problem to you?"),
    (JOB, TRENDS, 2, "How has your role changed since you took it on?"),
    (JOB, TRENDS, 2, "Which new tools have changed the way you work in the last few years?"),
    (JOB, TRENDS, 2, "How do you think your role will look five years from now?"),
    (JOB, TRENDS, 2, "What new skills are people in your role picking up these days?"),
    (JOB, TRENDS, 2, "How is automation changing the everyday work of a {role}?"),
    (JOB, TRENDS, 2, "What part of your work has become more important lately?"),
    (JOB, TRENDS, 2, "What part of your job do you expect to disappear or shrink?"),
    (JOB, ADVICE, 2, "What skills matter most to do your job well?"),
    (JOB, ADVICE, 2, "Which of those skills could I start building now, before I have the job?"),
    (JOB, ADVICE, 2, "What do the best people in your role do differently?"),
    (JOB, ADVICE, 2, "What habits helped you most in your first year in this role?"),
    (JOB, ADVICE, 2, "What would you tell someone on their first day in a job like yours?"),
    (JOB, ADVICE, 2, "What mistakes do newcomers to your kind of work often make?"),
    (JOB, ADVICE, 2, "How can someone tell whether they would enjoy this kind of work before trying it?"),
    (JOB, RESOURCES, 2, "Which books, newsletters or podcasts help you most in your work?"),
    (JOB, RESOURCES, 2, "What training or courses have been most useful in your job?"),
    (JOB, RESOURCES, 2, "Which tools would you learn first if you were starting out in your role?"),
    (JOB, RESOURCES, 2, "Where do people in your role go to ask questions and learn from each other?"),
    (JOB, RESOURCES, 2, "Which conferences or meet-ups are worth the time for someone in your role?"),
    (JOB, RESOURCES, 2, "What is a good small project I could take on to get a feel for this work?"),
    (JOB, RESOURCES, 2, "Which people in your role do you follow or learn from?"),
    # --- The company and its culture ---
    (COMPANY, INSIGHTS, 2, "What made you choose {company}?"),
    (COMPANY, INSIGHTS, 2, "How would you describe the culture at {company} to a friend?"),
    (COMPANY, INSIGHTS, 2, "What do you like most about working at {company}?"),
    (COMPANY, INSIGHTS, 2, "What is something about {company} that only people inside know?"),
    (COMPANY, INSIGHTS, 2, "How are decisions made in your team?"),
    (COMPANY, INSIGHTS, 2, "How does your team fit into the rest of {company}?"),
    (COMPANY, INSIGHTS, 2, "What kind of person does well at {company}?"),
    (COMPANY, INSIGHTS, 2, "What kind of person finds {company} a hard place to work?"),
    (COMPANY, INSIGHTS, 2, "How does {company} help people grow once they join?"),
    (COMPANY, INSIGHTS, 2, "How would you describe the way your manager and your team work together?"),
    (COMPANY, INSIGHTS, 2, "What did your first months at {company} feel like?"),
    (COMPANY, INSIGHTS, 2, "How does {company} celebrate good work?"),
    (COMPANY, TRENDS, 2, "What is the biggest challenge {company} faces in the next year or two?"),
    (COMPANY, TRENDS, 2, "Where do you see {company} growing next?"),
    (COMPANY, TRENDS, 2, "How has {company} changed since you joined?"),
    (COMPANY, TRENDS, 2, "Which changes in the market is {company} watching most closely?"),
    (COMPANY, TRENDS, 2, "How are your customers' needs changing?"),
    (COMPANY, TRENDS, 2, "What new kinds of roles have appeared at {company} recently?"),
    (COMPANY, TRENDS, 2, "How is {company} responding to what its competitors are doing?"),
    (COMPANY, TRENDS, 2, "What trend affects your team's work most right now?"),
    (COMPANY, ADVICE, 2, "What does {company} look for in people who are new to the field?"),
    (COMPANY, ADVICE, 2, "What experience would make someone stand out to your team later on?"),
    (COMPANY, ADVICE, 2, "When does {company} usually bring in new graduates or interns?"),
    (COMPANY, ADVICE, 2, "How do people usually find their way into a team like yours?"),
    (COMPANY, ADVICE, 2, "What would you want to know about {company} if you were in my place?"),
    (COMPANY, ADVICE, 2, "What should I read or follow to understand {company} better?"),
    (COMPANY, ADVICE, 2, "How do people at {company} usually move between teams?"),
    (COMPANY, ADVICE, 2, "What do you wish you had known about {company} before you joined?"),
    (COMPANY, RESOURCES, 2, "Which other teams at {company} would be worth learning about?"),
    (COMPANY, RESOURCES, 2, "What events does {company} take part in where I could learn more?"),
    (COMPANY, RESOURCES, 2, "Which companies do you see as doing interesting work alongside {company}?"),
    (COMPANY, RESOURCES, 2, "What would you read to understand the customers {company} serves?"),
    (COMPANY, RESOURCES, 2, "Which blogs or talks by people at {company} would you point me to?"),
    (COMPANY, RESOURCES, 2, "Who at {company} has a path you find interesting, and why?"),
    (COMPANY, RESOURCES, 2, "What groups or communities do people at {company} belong to?"),
    (COMPANY, RESOURCES, 2, "Which partners or suppliers of {company} do interesting work?"),
    (COMPANY, ASSIGNMENTS, 3, "What is a recent project at {company} you enjoyed being part of?"),
    (COMPANY, ASSIGNMENTS, 2, "How do teams at {company} work together on a big project?"),
    (COMPANY, ASSIGNMENTS, 2, "What kinds of projects do new people at {company} usually start with?"),
    (COMPANY, ASSIGNMENTS, 2, "What project would you love to see your team take on next?"),
    (COMPANY, ASSIGNMENTS, 2, "How does a new idea become a project at {company}?"),
    (COMPANY, ASSIGNMENTS, 2, "What recent launch at {company} taught your team the most?"),
    (COMPANY, ASSIGNMENTS, 2, "How do you work with other teams when a project crosses departments?"),
    (COMPANY, ASSIGNMENTS, 2, "What does a good handover look like when someone joins a project midway?"),
    # --- Their career and the field ---
    (CAREER, INSIGHTS, 3, "How did you get started in {industry}?"),
    (CAREER, INSIGHTS, 3, "What path led you to your current role?"),
    (CAREER, INSIGHTS, 2, "What was the most useful job you had before this one, and why?"),
    (CAREER, INSIGHTS, 2, "What turning points shaped your career the most?"),
    (CAREER, INSIGHTS, 2, "What surprised you most about working in {industry}?"),
    (CAREER, INSIGHTS, 2, "What do you know now that you wish you had known when you started?"),
    (CAREER, INSIGHTS, 2, "How well did your studies prepare you for this work?"),
    (CAREER, INSIGHTS, 2, "What kept you in {industry} when you could have moved on?"),
    (CAREER, INSIGHTS, 2, "What is the hardest thing about building a career in {industry}?"),
    (CAREER, INSIGHTS, 2, "How did you learn the things school did not teach you?"),
    (CAREER, INSIGHTS, 2, "Which people made the biggest difference to your career?"),
    (CAREER, INSIGHTS, 2, "How different is your career from what you imagined when you started?"),
    (CAREER, TRENDS, 2, "What trend is shaping {industry} the most right now?"),
    (CAREER, TRENDS, 2, "Where do you see {industry} heading in the next few years?"),
    (CAREER, TRENDS, 2, "Which skills will matter more in {industry} five years from now?"),
    (CAREER, TRENDS, 2, "Which parts of {industry} are growing fastest?"),
    (CAREER, TRENDS, 2, "What new kinds of jobs are appearing in {industry}?"),
    (CAREER, TRENDS, 2, "How are new technologies changing who gets hired in {industry}?"),
    (CAREER, TRENDS, 2, "What debates are people in {industry} having right now?"),
    (CAREER, TRENDS, 2, "What change in {industry} do you think most newcomers underestimate?"),
    (CAREER, TRENDS, 2, "Which companies or teams are setting the pace in {industry}?"),
    (CAREER, TRENDS, 2, "What is a typical starting salary for someone entering {industry}?"),
    (CAREER, ADVICE, 2, "If you were in my place, what would you do now to prepare?"),
    (CAREER, ADVICE, 2, "What would you do differently if you were starting your career today?"),
    (CAREER, ADVICE, 2, "What experience would make the biggest difference for someone like me?"),
    (CAREER, ADVICE, 2, "How would you describe my background to someone in {industry}?"),
    (CAREER, ADVICE, 2, "What is the best way to show I am serious about {industry}?"),
    (CAREER, ADVICE, 2, "What gaps do you see between my background and the work you do?"),
    (CAREER, ADVICE, 2, "Which entry points into {industry} would suit someone with my experience?"),
    (CAREER, ADVICE, 2, "What do hiring teams in {industry} notice first in a newcomer?"),
    (CAREER, ADVICE, 2, "What is the best advice about your career that anyone ever gave you?"),
    (CAREER, ADVICE, 2, "What would you avoid if you were starting out in {industry}?"),
    (CAREER, ADVICE, 2, "How should someone like me weigh a bigger company against a smaller one?"),
    (CAREER, ADVICE, 2, "Which certifications or degrees actually matter in {industry}?"),
    (CAREER, RESOURCES, 2, "What should I look into next?"),
    (CAREER, RESOURCES, 2, "Which professional groups in {industry} are worth joining?"),
    (CAREER, RESOURCES, 2, "Which books or courses would you recommend to someone new to {industry}?"),
    (CAREER, RESOURCES, 2, "Which events or meet-ups would help me meet people in {industry}?"),
    (CAREER, RESOURCES, 2, "What websites or newsletters keep you up to date on {industry}?"),
    (CAREER, RESOURCES, 2, "Which online communities in {industry} are friendly to newcomers?"),
    (CAREER, RESOURCES, 2, "What kinds of roles should I search for to find work like yours?"),
    (CAREER, RESOURCES, 2, "Which job titles mean the same work in different companies?"),
    (CAREER, RESOURCES, 2, "What other paths into {industry} should I learn about?"),
    (CAREER, RESOURCES, 2, "Whose career in {industry} would be worth learning from?"),
    (CAREER, ASSIGNMENTS, 3, "What project from earlier in your career taught you the most?"),
    (CAREER, ASSIGNMENTS, 3, "What project did you enjoy most in your career so far?"),
    (CAREER, ASSIGNMENTS, 2, "What side project or volunteer work helped your career?"),
    (CAREER, ASSIGNMENTS, 2, "What kind of project could I do on my own to learn what {industry} is like?"),
    (CAREER, ASSIGNMENTS, 2, "What work from your first years would you still show someone today?"),
    (CAREER, ASSIGNMENTS, 2, "Which project opened the most doors for you?"),
    (CAREER, ASSIGNMENTS, 2, "What did a project that went wrong teach you?"),
    (CAREER, ASSIGNMENTS, 2, "What kind of portfolio or work samples matter in {industry}?"),
    (CAREER, ASSIGNMENTS, 2, "What work would you give a student to find out if they like {industry}?"),
    # --- More, to round out each family ---
    (JOB, INSIGHTS, 2, "When do you feel you are at your best at work?"),
    (JOB, INSIGHTS, 2, "How much freedom do you have to shape your own work?"),
    (JOB, INSIGHTS, 2, "What does a busy season look like in your job?"),
    (JOB, ADVICE, 2, "What would you look for in someone joining your team at entry level?"),
    (JOB, RESOURCES, 2, "What is the one resource you wish you had found sooner?"),
    (COMPANY, INSIGHTS, 2, "What is the best thing about the people you work with?"),
    (COMPANY, TRENDS, 2, "What is {company} learning from its customers right now?"),
    (COMPANY, ADVICE, 2, "What should someone know about {company} before their first conversation with it?"),
    (CAREER, INSIGHTS, 2, "What gave you the confidence to make your biggest career move?"),
    (CAREER, TRENDS, 2, "How does the work in {industry} differ between countries or regions?"),
    (CAREER, ADVICE, 2, "How did you decide between the paths open to you early on?"),
    (CAREER, RESOURCES, 2, "What kind of experience would help me test whether {industry} suits me?"),
    (
        CAREER,
        ASSIGNMENTS,
        2,
        "What is the most interesting problem people in {industry} are trying to solve?",
    ),
    (JOB, ASSIGNMENTS, 2, "What did you deliver in your first three months in this role?"),
    (COMPANY, RESOURCES, 2, "Which part of {company}'s work would you want a visitor to understand?"),
    (CAREER, ADVICE, 2, "How do people in {industry} keep learning once they are working?"),
]

QUESTIONS: list[BankQuestion] = [
    BankQuestion(key=f"b{i:03d}", text=text, area=area, family=family, minutes=minutes)
    for i, (area, family, minutes, text) in enumerate(_ROWS, start=1)
]
BY_KEY: dict[str, BankQuestion] = {q.key: q for q in QUESTIONS}
