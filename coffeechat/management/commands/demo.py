"""`coffeechat demo`: a demo account holding a believable job search, and its login.

Jordan Ellis taught middle-school science in Chicago for eight years and is moving into UX research
and product design. The account holds the companies Jordan is curious about (40 on the target
list, scored the LAMP way), the people Jordan knows or would like to know (their work history,
Jordan's school, former employer and groups, who knows whom and who introduced whom), and coffee
chats at every stage over the last twelve weeks, all dated relative to now.

Everything goes through the app's own verbs, so the data is what the app itself would have
recorded: chats move with `Conversation.move_to` and `message_sent` (which plan and close the 3B7
follow-ups, thank-yous, updates and check-ins), plans are built with `Plan.add_from_bank` and
`suggest`, leads with `Lead.add_referral/add_opening/add_season`, a business card with the card
form. Only the moments are set afterwards (a task closed by a reply was closed when the reply came).

The text is fixed and the random choices use a fixed seed: two runs differ only in their dates
and the generated password.
"""

import datetime as dt
import random
import re
import secrets
import unicodedata
import zoneinfo

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from coffeechat.accounts.models import User
from coffeechat.conversations.models import (
    Channel,
    Conversation,
    Interaction,
    InteractionKind,
    Task,
    TaskKind,
)
from coffeechat.leads.forms import CardForm, card_of
from coffeechat.leads.models import CardChange, Lead, LeadStatus
from coffeechat.leads.rules import season_start, work_on_opening_by
from coffeechat.lib import stages
from coffeechat.lib.dates import make_aware
from coffeechat.network.models import (
    Affiliation,
    AffiliationKind,
    Company,
    Connection,
    ConnectionKind,
    EmailAddress,
    Job,
    Person,
    PhoneNumber,
    Relationship,
    Tag,
)
from coffeechat.outreach import drafts
from coffeechat.outreach.models import MessageTemplate
from coffeechat.questions import bank
from coffeechat.questions.models import Comment, Plan, Question, ShareLink

DEFAULT_EMAIL = "demo@coffeechat.local"
TIME_ZONE = "America/Chicago"
SEED = 20240917

R = Relationship
K = InteractionKind
W = ConnectionKind
# Events of a coffee chat that are messages drafted for a purpose (Conversation.message_sent):
# sending one closes the task that asked for it, as the composer does.
FOLLOW_UP, UPDATE = drafts.FOLLOW_UP, drafts.UPDATE

# name, industry, location, website slug, notes
COMPANIES = [
    ("Brightleaf Learning", "Education technology", "Chicago, IL", "brightleaflearning",
     "Reading apps for grades 3–8. A research team of four, two of them former teachers."),
    ("Lakeshore Health Partners", "Healthcare", "Chicago, IL", "lakeshorehealth",
     "In the middle of a big patient-portal redesign; research ops is hiring."),
    ("Tallgrass Financial", "Fintech", "Chicago, IL", "tallgrassfinancial", ""),
    ("Cobalt & Pine", "Design agency", "Milwaukee, WI", "cobaltandpine",
     "Small studio with lots of museum and nonprofit work. Leila runs it."),
    ("Fieldnote Research", "UX research consultancy", "Remote", "fieldnoteresearch",
     "Research-only consultancy. Takes on junior researchers as contractors for big studies."),
    ("Kestrel Logistics", "Logistics software", "Chicago, IL", "kestrellogistics", ""),
    ("Juniper Civic Tech", "Government technology", "Minneapolis, MN", "junipercivic",
     "Builds benefits applications for states. Mission-driven; slow but kind hiring process."),
    ("Open Orchard", "Education nonprofit", "Madison, WI", "openorchard", ""),
    ("Sundial Insurance", "Insurance", "Des Moines, IA", "sundialinsurance", ""),
    ("Wayfinder Maps", "Consumer apps", "Remote", "wayfindermaps", ""),
    ("Copperline Analytics", "B2B software", "Austin, TX", "copperline",
     "Dashboards for school districts. I used their product for years as a teacher."),
    ("Riverbend Public Library", "Public sector", "Evanston, IL", "riverbendlibrary", ""),
    ("Quill & Slate", "Education technology", "Remote", "quillandslate",
     "Writing-feedback tool for high schools."),
    ("Tandem Care", "Health technology", "Chicago, IL", "tandemcare", ""),
    ("Bluestem Bank", "Banking", "Omaha, NE", "bluestembank", ""),
    ("Little Fox Games", "Children's games", "Seattle, WA", "littlefoxgames",
     "Learning games for ages 4–8. They playtest in real classrooms."),
    ("Clearwater Energy", "Energy", "Denver, CO", "clearwaterenergy", ""),
    ("Heron Labs", "AI tools", "San Francisco, CA", "heronlabs", ""),
    ("Marigold Market", "E-commerce", "Chicago, IL", "marigoldmarket", ""),
    ("Northbeam Mobility", "Transportation", "Detroit, MI", "northbeammobility", ""),
    ("Pathwise", "HR technology", "Remote", "pathwise",
     "Career-coaching platform. Their research lead used to be a school counselor."),
    ("Lumen Robotics", "Robotics", "Pittsburgh, PA", "lumenrobotics", ""),
    ("Saltbox Studio", "Product design agency", "Chicago, IL", "saltboxstudio",
     "Runs a free portfolio review night every other month, upstairs at the studio."),
    ("Evergreen Clinics", "Healthcare", "Chicago, IL", "evergreenclinics", ""),
    ("Cityline Transit Lab", "Public sector", "Chicago, IL", "citylinetransit",
     "The city's transit innovation team. Does rider research on buses and platforms."),
    ("Vesper Travel", "Travel", "Remote", "vespertravel", ""),
    ("Wildflower Kids", "Childcare technology", "Portland, OR", "wildflowerkids", ""),
    ("Zephyr Cloud", "Developer tools", "Remote", "zephyrcloud", ""),
    ("Ampersand Books", "Publishing", "New York, NY", "ampersandbooks", ""),
    ("Lakefront Science Museum", "Science museums", "Chicago, IL", "lakefrontscience",
     "The exhibit team watches visitors and interviews families: close to what I did with students."),
    ("Canopy Mind", "Mental health app", "Remote", "canopymind", ""),
    ("Driftwood Software", "Software agency", "Milwaukee, WI", "driftwoodsoftware", ""),
    ("Elmwood University Online", "Higher education", "Champaign, IL", "elmwoodonline", ""),
    ("Fable Reading", "Education technology", "Boston, MA", "fablereading", ""),
    ("Granite Payroll", "HR software", "Minneapolis, MN", "granitepayroll", ""),
    ("Hearth Home Services", "Marketplace", "Chicago, IL", "hearthhome", ""),
    ("Inkwell Legal", "Legal technology", "Chicago, IL", "inkwelllegal", ""),
    ("Porchlight Senior Tech", "Health technology", "Milwaukee, WI", "porchlightsenior", ""),
    ("Lantern Nonprofit Software", "Nonprofit software", "Remote", "lanternsoftware", ""),
    ("Meridian Medical Devices", "Medical devices", "Minneapolis, MN", "meridianmedical", ""),
    ("Nimbus Weather", "Consumer apps", "Remote", "nimbusweather", ""),
    ("Orbit Learning Lab", "Education technology", "Chicago, IL", "orbitlearning",
     "New after-school STEM program with an app for parents."),
]  # fmt: skip

# The people who matter most, written out: name, title, company, relationship, tags,
# contact details to invent ("e" e-mail, "p" phone, "l" LinkedIn), notes.
KEY_PEOPLE = [
    ("Priya Raman", "Senior UX Researcher", "Brightleaf Learning", R.ALUMNI, "alumni, research, edtech",
     "el", "Northshore College, class of 2012. Gave a talk on researching with kids."),
    ("Tomás Herrera", "Product Designer", "Saltbox Studio", R.MET_AT_EVENT, "ux, portfolio help",
     "l", "Met at Saltbox's portfolio night. Said my lesson-redesign story was the interesting part."),
    ("Grace Mensah", "Research Operations Manager", "Lakeshore Health Partners", R.COLD,
     "research, healthcare", "l", ""),
    ("Daniel Kowalski", "UX Research Lead", "Copperline Analytics", R.INTRODUCED, "research, edtech",
     "el", "Marcus introduced us. Daniel ran usability tests with district admins for years."),
    ("Aiko Tanaka", "Design Manager", "Little Fox Games", R.ONLINE, "ux, edtech",
     "l", "Active in the Designers Who Taught community; shares her playtest templates."),
    ("Samuel Osei", "Service Designer", "Juniper Civic Tech", R.CLASSMATE, "ux, research",
     "ep", "In my UX certificate cohort. Moved from social work into service design."),
    ("Fatima Al-Sayed", "UX Researcher", "Tandem Care", R.INTRODUCED, "research, healthcare",
     "ep", "Leila's former student. Researches with nurses and caregivers."),
    ("Wei Chen", "Senior Product Designer", "Tallgrass Financial", R.FORMER_COLLEAGUE,
     "ux, former teacher, mentor", "epl",
     "Taught math down the hall from me at Roosevelt Middle School, left for design four years ago."),
    ("Olga Novak", "Head of Research", "Fieldnote Research", R.COLD, "research, hiring manager", "l", ""),
    ("Kwame Asante", "Exhibit Experience Designer", "Lakefront Science Museum", R.MET_AT_EVENT,
     "ux, research, chicago", "e", "Met at the museum's educator open house in the spring."),
    ("Sofia Rossi", "UX Designer", "Quill & Slate", R.ALUMNI, "alumni, ux, edtech", "el", ""),
    ("Hiroshi Sato", "Product Manager", "Orbit Learning Lab", R.FRIEND, "edtech, chicago",
     "ep", "Plays in my Sunday volleyball league."),
    ("Amara Nwosu", "Senior UX Researcher", "Pathwise", R.ONLINE, "research, mentor",
     "el", "Answers every question in the research Slack with care. Former school counselor too."),
    ("Luis Fernández", "Design Researcher", "Cityline Transit Lab", R.INTRODUCED, "research, chicago",
     "ep", "My neighbor Rosa's nephew."),
    ("Rachel Goldberg", "Research Manager", "Evergreen Clinics", R.ALUMNI, "alumni, research, healthcare",
     "el", ""),
    ("Arjun Mehta", "Product Designer", "Heron Labs", R.FRIEND, "ux", "epl",
     "Friend from college. Honest to a fault about portfolios."),
    ("Nadia Haddad", "UX Writer", "Wayfinder Maps", R.ONLINE, "ux, content", "el", ""),
    ("Marcus Bell", "Senior UX Researcher", "Kestrel Logistics", R.FRIEND,
     "research, mentor, referral source", "epl",
     "My brother's best friend. Has introduced me to three people already."),
    ("Leila Karimi", "Design Director", "Cobalt & Pine", R.TEACHER, "ux, mentor",
     "epl", "Taught the research module of my UX certificate course."),
    ("Beatriz Santos", "Research Coordinator", "Open Orchard", R.FAMILY, "research, family",
     "ep", "My cousin. Runs their teacher surveys."),
    ("Jonathan Pierce", "VP of Design", "Marigold Market", R.COLD, "ux, hiring manager", "l", ""),
    ("Hannah Schmidt", "Principal Designer", "Lumen Robotics", R.COLD, "ux", "l", ""),
    ("Ravi Shankar", "Product Lead", "Bluestem Bank", R.COLD, "hiring manager", "l", ""),
    ("Chloé Dubois", "Senior Product Designer", "Vesper Travel", R.COLD, "ux", "l", ""),
    ("Yusuf Demir", "UX Research Manager", "Sundial Insurance", R.INTRODUCED, "research",
     "el", "Arjun's old teammate."),
    ("Elena Popescu", "Learning Experience Designer", "Elmwood University Online", R.ALUMNI,
     "alumni, edtech, instructional design", "el", ""),
    ("Emily Zhang", "Senior UX Researcher", "Marigold Market", R.INTRODUCED, "research",
     "e", "Jonathan Pierce suggested I talk to her instead of him."),
    ("Patricia Ellis", "Retired nurse", "", R.FAMILY, "family",
     "p", "Mom. Still knows half the nursing staff at Evergreen Clinics."),
    ("Chris Ellis", "Software Engineer", "Zephyr Cloud", R.FAMILY, "family",
     "ep", "My brother. Happy to ask around on his team."),
    ("Rosa Delgado", "Librarian", "Riverbend Public Library", R.FRIEND, "chicago",
     "p", "Neighbor. Knows everyone in Evanston."),
    ("Darnell Williams", "Assistant Principal", "", R.FORMER_COLLEAGUE, "former teacher",
     "ep", "My old boss at Roosevelt. Writes a great reference."),
    ("Tyler Brooks", "UX Researcher", "Canopy Mind", R.COLD, "research", "l", ""),
    ("Keisha Robinson", "Senior Product Designer", "Wildflower Kids", R.COLD, "ux", "el", ""),
    ("Brandon Lee", "Design Manager", "Driftwood Software", R.COLD, "ux, hiring manager", "l", ""),
    ("Kevin O'Malley", "Product Designer", "Evergreen Clinics", R.COLD, "ux, healthcare",
     "l", "Son of Mom's old charge nurse. She says he'd be glad to hear from me."),
]  # fmt: skip

# Everyone else: companies, titles and relationships are drawn with the fixed seed.
MORE_NAMES = """
Adaeze Okonkwo, Ahmed Farouk, Alejandra Ruiz, Ana Sofía Márquez, Anders Lindqvist, Anjali Gupta,
Ayesha Siddiqui, Bao Tran, Benjamin Adler, Bilal Chaudhry, Camila Torres, Carlos Mendoza,
Catalina Vargas, Chidi Eze, Claire Fontaine, Connor O'Brien, Dalia Mansour, Dmitri Volkov,
Efua Boateng, Elif Yılmaz, Esther Kim, Farah Nasser, Felipe Castro, Freya Johansson, Gabriel Silva,
Hana Kobayashi, Hassan Jaber, Ingrid Larsen, Isabel Moreno, Jae-won Park, Jamal Washington,
Javier Ortega, Jia Hui Lim, Julia Nowak, Kai Nakamura, Kamala Iyer, Keanu Kahale, Kenji Watanabe,
Lakshmi Narayan, Lars Eriksen, Linh Nguyen, Lucía Romero, Mariam Abdi, Mateo Álvarez,
Maya Cohen, Mehmet Kaya, Mercy Achieng, Min-jun Lee, Nikhil Rao, Noor Rahman, Oluwaseun Adeyemi,
Omar Khalil, Pablo Jiménez, Patrick Doyle, Paulina Kowalczyk, Qian Zhou, Rafael Costa, Rania Aziz,
Ruth Tesfaye, Sakura Ito, Sanjay Pillai, Sara Lindgren, Sebastián Reyes, Shira Levi,
Siddharth Menon, Simone Baptiste, Soo-ah Choi, Stefan Weber, Tariq Hussain, Thandiwe Dlamini,
Thomas Becker, Tiago Pereira, Uchenna Obi, Valentina Greco, Victor Moreau, Vikram Singh,
Wanjiru Kamau, Xavier Laurent, Yara Haddad, Yasmin Ahmadi, Zainab Bello, Zoe Papadopoulos,
Megan Sullivan, Ashley Nguyen, Kateryna Shevchenko,
Mohammed Al-Amin, Aroha Ngata, Ikaika Akana, Sione Tupou, Leilani Kealoha
"""

TITLES = [
    "UX Researcher", "Senior UX Researcher", "Product Designer", "Senior Product Designer",
    "Content Designer", "UX Writer", "Product Manager", "Engineering Manager",
    "Research Operations Coordinator", "Design Program Manager", "Instructional Designer",
    "Learning Experience Designer", "Data Analyst", "Customer Success Manager", "Recruiter",
    "Talent Partner", "Frontend Engineer", "Service Designer", "Accessibility Specialist",
    "Head of Design", "Design Systems Lead", "Marketing Manager", "Software Engineer",
    "Quantitative UX Researcher", "Interaction Designer",
]  # fmt: skip
TEACHER_TITLES = ["Science Teacher", "Math Teacher", "Instructional Coach", "School Counselor", "Librarian"]

RELATIONSHIP_WEIGHTS = {
    R.COLD: 24, R.ALUMNI: 14, R.FORMER_COLLEAGUE: 12, R.MET_AT_EVENT: 12, R.ONLINE: 10,
    R.INTRODUCED: 10, R.FRIEND: 9, R.CLASSMATE: 5, R.FAMILY: 2, R.TEACHER: 2,
}  # fmt: skip

PERSON_NOTES = [
    "Met at the Chicago UX book club; reading “Just Enough Research” together.",
    "Posts thoughtful threads about accessibility. Worth following.",
    "Said to get in touch once my portfolio is online.",
    "Also changed careers, from nursing. Happy to talk about the first year.",
    "Runs the ResearchOps meetup on the second Tuesday of each month.",
    "Knows a lot of people at the museums downtown.",
    "Hires contract researchers a couple of times a year.",
    "Mentors on ADPList; book a slot a few weeks ahead.",
    "Spoke on a panel about research with children. Great questions from the audience.",
    "Went to the same summer teaching institute as me, years ago.",
]

PHONE_PREFIXES = ["+1312555", "+1773555", "+1872555", "+1414555", "+1612555"]

# The coffee chats. Times are (days from today, "HH:MM") in the user's time zone. Each event is
# a stage (moved to with Conversation.move_to) or an interaction kind (logged on the conversation).
# A "met" event happens at the end of the meeting. Tasks: (title, due in days, done days ago or None).
CHATS = [
    # -- ideas -----------------------------------------------------------------------------------
    dict(
        host="Priya Raman", channel=Channel.LINKEDIN, created=-4,
        goal="Hear how she moved from classroom research into product research, and what a "
        "researcher's week at an ed-tech company really looks like.",
        events=[], tasks=[("Draft a short note to Priya mentioning her talk", 1, None)],
    ),
    dict(
        host="Tomás Herrera", channel=Channel.EMAIL, created=-2,
        goal="Ask for honest feedback on how my lesson-redesign case study reads to a designer, and "
        "which parts of my teaching story to keep.",
        events=[], tasks=[],
    ),
    dict(
        host="Grace Mensah", channel=Channel.LINKEDIN, created=-9, snooze=5,
        goal="Understand what research operations is, and whether organizing studies could be a way "
        "in for someone who ran the school science fair for six years.",
        events=[], tasks=[],
        notes="Wait until their open-enrollment rush is over before asking.",
    ),
    # -- requested -------------------------------------------------------------------------------
    dict(
        host="Daniel Kowalski", channel=Channel.INTRODUCTION, created=-6,
        goal="Learn how they research with school district admins, and whether someone who lived "
        "inside those dashboards as a teacher would be useful to them.",
        events=[
            (-5, "19:40", K.NOTE, "Marcus sent the introduction e-mail to both of us."),
            (-3, "08:15", stages.REQUESTED, "Hi Daniel, thanks to Marcus for connecting us. I taught "
             "science for eight years and used Copperline every week. Could I buy you a coffee, or "
             "take 20 minutes of your time on a call, to hear how your team learns from district "
             "staff?"),
        ],
        tasks=[],  # 3B7 plans the second contact and the follow-up
    ),
    dict(
        host="Aiko Tanaka", channel=Channel.LINKEDIN, created=-13,
        goal="Find out how Little Fox Games runs playtests with young children, and what they look "
        "for when they hire designers who have worked with kids.",
        events=[
            (-11, "20:05", stages.REQUESTED, "Hi Aiko, I loved your post about playtesting with "
             "five-year-olds. I'm a science teacher moving into UX; could I ask you a few questions "
             "about how you run sessions? 20 minutes, whenever suits you."),
            (-4, "09:30", FOLLOW_UP, "A gentle follow-up, in case my note got buried. No "
             "pressure at all."),
        ],
        tasks=[],
    ),
    dict(
        host="Samuel Osei", channel=Channel.EMAIL, created=-8,
        goal="Catch up with Samuel and hear how he landed his service design role after our "
        "certificate course.",
        events=[
            (-6, "12:10", stages.REQUESTED, "Samuel! It's been a while since the capstone. Would you "
             "be up for a video call to tell me how the move to Juniper went?"),
            (-5, "17:45", K.REPLY_RECEIVED, "Happy to! Swamped until the sprint ends; he'll send "
             "a few times next week."),
        ],
        tasks=[("Check whether Samuel sent times", 0, None)],
    ),
    dict(
        host="Tyler Brooks", channel=Channel.LINKEDIN, created=-10,
        goal="Hear how a mental health app does research with people in a hard moment, and how "
        "they keep it safe for them.",
        events=[
            (-7, "09:20", stages.REQUESTED, "Hi Tyler, your talk on trauma-informed research stayed "
             "with me. I'm a teacher moving into UX research; could I ask you 20 minutes of advice?"),
        ],
        tasks=[],  # 3B7 plans the second contact and the follow-up
    ),
    # -- scheduled -------------------------------------------------------------------------------
    dict(
        host="Fatima Al-Sayed", channel=Channel.INTRODUCTION, created=-9,
        goal="Learn how she researches with nurses on busy wards, and how she planned her first "
        "study without a research team around her.",
        meeting=(1, "12:30", 45, "Sawtooth Coffee, 1510 N Milwaukee Ave"),
        events=[
            (-8, "10:00", stages.REQUESTED, "Hi Fatima, Leila Karimi suggested we talk. I'm moving "
             "from teaching into UX research and would love to hear how you work with clinicians."),
            (-7, "13:20", K.REPLY_RECEIVED, "Yes! Suggested lunch near her office next week."),
            (-7, "13:45", stages.SCHEDULED, ""),
        ],
        tasks=[("Read Marcus's comments on my questions for Fatima", 0, None)],
    ),
    dict(
        host="Wei Chen", channel=Channel.EMAIL, created=-12,
        goal="Ask Wei how he told the teaching-to-design story in interviews, and whether fintech "
        "is as dull as it sounds (he swears it isn't).",
        meeting=(2, "17:30", 30, "Video call (link in the calendar invite)"),
        events=[
            (-10, "21:00", stages.REQUESTED, "Hey Wei, long time! I'm finally doing it, leaving "
             "the classroom for UX. Could I pick your brain for half an hour?"),
            (-9, "07:50", K.REPLY_RECEIVED, "Of course. After work on a weekday, video is easiest."),
            (-9, "08:05", stages.SCHEDULED, ""),
        ],
        tasks=[("Re-read Wei's case study on the budgeting app", 1, None)],
    ),
    dict(
        host="Olga Novak", channel=Channel.LINKEDIN, created=-16,
        goal="Ask what Fieldnote looks for in contract researchers, and how people without a "
        "research title get their first paid project.",
        meeting=(4, "10:00", 30, "Video call"),
        events=[
            (-14, "09:10", stages.REQUESTED, "Hello Olga, I'm a former science teacher with a "
             "certificate in UX research. I'd be grateful for 20 minutes of advice on how "
             "consultancies like Fieldnote bring in new researchers."),
            (-9, "16:30", K.REPLY_RECEIVED, "Short but kind: she has 30 minutes in a couple of weeks."),
            (-9, "16:40", stages.SCHEDULED, ""),
        ],
        tasks=[("Send Olga my one-page research summary beforehand", 3, None)],
    ),
    dict(
        host="Kwame Asante", channel=Channel.EMAIL, created=-14,
        goal="See how the exhibit team watches and interviews visitors, and whether museum "
        "research is a realistic path for an ex-teacher.",
        meeting=(6, "15:00", 45, "Lakefront Science Museum, staff café by the east entrance"),
        events=[
            (-12, "18:20", stages.REQUESTED, "Hi Kwame, we met at the educator open house. I'd love "
             "to hear more about how you test exhibits with families."),
            (-10, "11:00", K.REPLY_RECEIVED, "Invited me to see the new tide-pool exhibit being tested."),
            (-10, "11:15", stages.SCHEDULED, ""),
        ],
        tasks=[],
    ),
    dict(
        host="Sofia Rossi", channel=Channel.EMAIL, created=-11, time_zone="America/Denver",
        goal="Hear how a small ed-tech team splits research and design, and what she wishes she had "
        "known in her first design job.",
        meeting=(-1, "10:00", 30, "Video call"),
        events=[
            (-9, "19:00", stages.REQUESTED, "Hi Sofia, fellow Northshore alum here. Could I ask you "
             "about your first year at Quill & Slate?"),
            (-8, "08:30", K.REPLY_RECEIVED, "Said yes, in her time zone (Denver)."),
            (-8, "08:40", stages.SCHEDULED, ""),
        ],
        tasks=[],
    ),
    dict(
        host="Hiroshi Sato", channel=Channel.IN_PERSON, created=-5, weekend_ok=True,
        goal="Hear how Orbit's team decides what to build next, and whether they would let me help "
        "with parent interviews as a volunteer.",
        meeting=(9, "11:00", 60, "Volleyball, then coffee at the Humboldt Park boathouse"),
        events=[
            (-4, "20:30", stages.REQUESTED, "Asked him after volleyball at the weekend."),
            (-3, "09:00", stages.SCHEDULED, ""),
        ],
        tasks=[],
    ),
    # -- met ------------------------------------------------------------------------------------
    dict(
        host="Amara Nwosu", channel=Channel.LINKEDIN, created=-15,
        goal="Learn how she went from school counseling to research at Pathwise, and how she "
        "talks about that past in interviews.",
        meeting=(-6, "14:00", 30, "Video call"),
        events=[
            (-13, "10:30", stages.REQUESTED, "Hi Amara, your answers in the research Slack have "
             "helped me a lot. Could I ask you about your move from counseling into research?"),
            (-12, "15:10", K.REPLY_RECEIVED, "Said she remembers how lonely the switch felt; glad to help."),
            (-12, "15:20", stages.SCHEDULED, ""),
            (None, stages.MET, "Half an hour on video; went by in a flash."),
        ],
        notes="- Counselling interviews ARE research interviews: say so plainly, with one example.\n"
        "- She got her first role by running a free study for a nonprofit and writing it up.\n"
        "- Pathwise hires one junior researcher a year, usually in spring.\n"
        "- Read: “Interviewing Users” by Steve Portigal.",
        tasks=[],  # the thank-you task comes with marking it met
    ),
    dict(
        host="Luis Fernández", channel=Channel.INTRODUCTION, created=-10,
        goal="Find out how the transit lab does research with riders on buses and platforms.",
        meeting=(-1, "16:00", 45, "Cityline Transit Lab, 567 W Lake St, 4th floor"),
        events=[
            (-8, "09:00", stages.REQUESTED, "Hi Luis, your aunt Rosa said you might be willing to "
             "talk. I'm a teacher learning UX research and your team's rider studies fascinate me."),
            (-7, "12:00", K.REPLY_RECEIVED, "Invited me to the lab's office."),
            (-7, "12:30", stages.SCHEDULED, ""),
            (None, stages.MET, "Toured the lab, then talked for 45 minutes."),
        ],
        notes="- They do intercept interviews on platforms: 3 minutes, five questions, a transit card "
        "as thanks.\n- Every study starts with a one-page plan that the whole team reviews.\n"
        "- They take two research fellows each summer; applications open in February.\n"
        "- Offered to share an anonymized survey from last year's bus study.",
        tasks=[("Send Luis the article on classroom observation", 1, None)],
    ),
    # -- thanked ----------------------------------------------------------------------------------
    dict(
        host="Rachel Goldberg", channel=Channel.EMAIL, created=-32,
        goal="Understand how research works inside a hospital network, and what a research "
        "manager wants to see in a junior researcher's portfolio.",
        meeting=(-24, "11:00", 30, "Evergreen Clinics cafeteria, main campus"),
        events=[
            (-30, "08:45", stages.REQUESTED, "Hi Rachel, I'm a fellow Northshore alum moving from "
             "teaching into UX research. Could I ask 20 minutes of your advice?"),
            (-28, "13:00", K.REPLY_RECEIVED, "Said yes, suggested the cafeteria."),
            (-28, "13:10", stages.SCHEDULED, ""),
            (None, stages.MET, "Coffee in the cafeteria; she introduced me to two nurses on the way out."),
            (-23, "09:00", stages.THANKED, "Thank you, Rachel. Your point about showing one study in "
             "depth rather than five in passing changed how I'm rebuilding my portfolio."),
            (-16, "18:30", UPDATE, "Told Rachel I'm rebuilding the portfolio around one deep study: "
             "the teacher survey pilot."),
        ],
        notes="- Portfolio: one study in depth beats five shallow ones.\n"
        "- Healthcare research needs patience with approvals: weeks, not days.\n"
        "- She'd rather see a messy real study than a polished fake one.",
        tasks=[("Send Rachel the rebuilt portfolio when it's live", 10, None)],
    ),
    dict(
        host="Arjun Mehta", channel=Channel.EMAIL, created=-22, weekend_ok=True,
        goal="Get a blunt portfolio review from a friend who hires designers.",
        meeting=(-15, "18:30", 60, "Dinner at Lula Café"),
        events=[
            (-20, "21:15", stages.REQUESTED, "Would you look at my portfolio and tell me what's "
             "wrong with it? Dinner's on me."),
            (-19, "07:30", K.REPLY_RECEIVED, "“Only if I can be honest.” Deal."),
            (-19, "07:40", stages.SCHEDULED, ""),
            (None, stages.MET, "Dinner and a long portfolio review."),
            (-14, "08:00", stages.THANKED, "Thanks for dinner and for the honesty. I've already "
             "cut the two weakest projects."),
            (-7, "19:15", UPDATE, "Sent Arjun the new portfolio: three projects, each opening with "
             "the problem in one sentence."),
        ],
        notes="- Cut the two weakest projects; lead with the lesson-redesign study.\n"
        "- Write the problem in one sentence before any picture.\n"
        "- He'll introduce me to Yusuf at Sundial Insurance.",
        tasks=[("Ask Arjun for the intro to Yusuf", -12, -12)],
    ),
    dict(
        host="Nadia Haddad", channel=Channel.LINKEDIN, created=-27,
        goal="Learn how a UX writer works with researchers, and whether content design is a "
        "good fit for someone who wrote lesson plans for a living.",
        meeting=(-16, "12:00", 30, "Video call"),
        events=[
            (-26, "10:20", stages.REQUESTED, "Hi Nadia, your talk on plain language stuck with me. "
             "Could I ask a few questions about content design?"),
            (-24, "14:00", K.REPLY_RECEIVED, "Offered a lunchtime call."),
            (-24, "14:05", stages.SCHEDULED, ""),
            (None, stages.MET, "Lunchtime call."),
            (-15, "09:15", stages.THANKED, "Thank you! I tried your “read it aloud to a 12-year-old” "
             "test on my case study and rewrote half of it."),
        ],
        notes="- Lesson plans and content design share a lot: audience, goal, plain words.\n"
        "- Content designers sit in on research sessions at Wayfinder.\n"
        "- Recommended the “Content Design” book by Sarah Winters.",
        tasks=[],  # the update a week on is planned by the thank-you, and still to do
    ),
    # -- keeping in touch -------------------------------------------------------------------------
    dict(
        host="Marcus Bell", channel=Channel.IN_PERSON, created=-80,
        goal="Understand what a UX researcher actually does all day, from someone I trust to be "
        "honest.",
        meeting=(-72, "10:00", 60, "Dark Matter Coffee, Chicago Ave"),
        events=[
            (-78, "19:00", stages.REQUESTED, "Asked him at my brother's birthday party."),
            (-77, "09:00", stages.SCHEDULED, ""),
            (None, stages.MET, "A long morning coffee."),
            (-71, "10:00", stages.THANKED, "Thanks, Marcus. I signed up for the certificate course "
             "you recommended."),
            (-64, "20:00", UPDATE, "Told Marcus the course starts next week and the school said yes "
             "to testing the parent portal."),
            (-30, "18:00", stages.KEEPING_IN_TOUCH, ""),
            (-30, "18:05", K.MESSAGE_SENT, "Update: I ran my first usability test, on the school's "
             "parent portal, with six parents."),
            (-29, "08:30", K.REPLY_RECEIVED, "Loved it; offered to introduce me to Daniel at Copperline."),
            (-6, "20:00", K.CALL, "Quick call: he'll review my research plan template."),
        ],
        notes="- Half of the job is planning and recruiting, not interviewing.\n"
        "- Take the certificate course at the community college, not the expensive bootcamp.\n"
        "- Practice by testing something real: the school's parent portal.",
        tasks=[("Send Marcus my research plan template", -2, None)],
    ),
    dict(
        host="Leila Karimi", channel=Channel.EMAIL, created=-57,
        goal="Ask my course instructor which kinds of studios would take a chance on a career "
        "changer.",
        meeting=(-49, "16:00", 45, "Cobalt & Pine studio, Milwaukee (drove up)"),
        events=[
            (-55, "11:00", stages.REQUESTED, "Hi Leila, thank you for the research module. Could I "
             "visit the studio and ask you about breaking in?"),
            (-54, "09:00", stages.SCHEDULED, ""),
            (None, stages.MET, "Visited the studio."),
            (-48, "08:00", stages.THANKED, "Thank you for the tour and for the introduction to Fatima."),
            (-41, "12:30", UPDATE, "Let Leila know I rewrote my case study with research AND design "
             "in it, as she suggested."),
            (-20, "12:00", stages.KEEPING_IN_TOUCH, ""),
            (-20, "12:05", K.MESSAGE_SENT, "Shared my finished capstone study."),
            (-10, "17:00", K.CALL, "She might need help with visitor interviews for a museum "
             "project in the spring."),
        ],
        notes="- Small studios hire for range: show research AND some design.\n"
        "- Museum and nonprofit clients value teaching experience.\n"
        "- Introduced me to Fatima at Tandem Care.",
        tasks=[("Ask Leila about the spring museum project", 12, None)],
    ),
    dict(
        host="Beatriz Santos", channel=Channel.PHONE, created=-50, weekend_ok=True,
        goal="Learn how Open Orchard surveys teachers, and whether I can help as a volunteer to "
        "get real research experience.",
        meeting=(-47, "19:00", 30, "Phone call"),
        events=[
            (-49, "18:00", stages.REQUESTED, "Texted Bea to ask for a call."),
            (-49, "18:30", stages.SCHEDULED, ""),
            (None, stages.MET, "Phone call."),
            (-46, "09:00", stages.THANKED, "Thank you, Bea! Count me in for the survey pilot."),
            (-41, "20:00", UPDATE, "Sent Bea my draft interview guide for the pilot."),
            (-40, "10:00", stages.KEEPING_IN_TOUCH, ""),
            (-12, "19:30", K.CALL, "Agreed I'll help pilot their teacher survey, three hours a week."),
            (-3, "09:00", K.NOTE, "Finished the first round of survey pilot interviews: 5 teachers."),
        ],
        notes="- They write surveys with teachers, not for them.\n"
        "- A volunteer pilot study would be a real portfolio piece.",
        tasks=[("Write up the survey pilot findings for Bea", 5, None)],
    ),
    # -- declined --------------------------------------------------------------------------------
    dict(
        host="Jonathan Pierce", channel=Channel.LINKEDIN, created=-23,
        goal="Ask how Marigold's design team is organised and what they look for in researchers.",
        events=[
            (-21, "09:00", stages.REQUESTED, "Hello Jonathan, I'm moving from teaching into UX "
             "research and admire Marigold's checkout redesign. Could I ask 20 minutes of advice?"),
            (-19, "16:00", K.REPLY_RECEIVED, "Kind no: slammed with the holiday launch. Suggested "
             "I talk to Emily Zhang on his team instead."),
            (-19, "16:10", stages.DECLINED, ""),
        ],
        tasks=[("Reach out to Emily Zhang at Marigold", -17, -16)],
    ),
    dict(
        host="Hannah Schmidt", channel=Channel.EMAIL, created=-18,
        goal="Learn how a robotics company does research with warehouse workers.",
        events=[
            (-16, "10:00", stages.REQUESTED, "Hi Hannah, could I ask you about research with "
             "people who work alongside robots?"),
            (-13, "11:30", K.REPLY_RECEIVED, "Not taking calls this quarter; wished me luck."),
            (-13, "11:35", stages.DECLINED, ""),
        ],
        tasks=[],
    ),
    # -- no reply --------------------------------------------------------------------------------
    dict(
        host="Ravi Shankar", channel=Channel.LINKEDIN, created=-42,
        goal="Understand how a regional bank uses research when it redesigns its app.",
        events=[
            (-40, "08:30", stages.REQUESTED, "Hi Ravi, I'm a teacher moving into UX research. "
             "Could I ask you about how Bluestem learns from its customers?"),
            (-30, "08:30", FOLLOW_UP, "Short follow-up, on the same thread."),
            (-20, "09:00", stages.NO_REPLY, ""),
        ],
        tasks=[],
    ),
    dict(
        host="Chloé Dubois", channel=Channel.EMAIL, created=-35,
        goal="Hear how a travel company researches with people on the move.",
        events=[
            (-33, "10:00", stages.REQUESTED, "Hi Chloé, I'd love to hear about diary studies with "
             "travelers. Could I ask 20 minutes of your time?"),
            (-24, "10:00", FOLLOW_UP, "Follow-up with a link to my diary study of student homework."),
            (-14, "10:00", stages.NO_REPLY, ""),
        ],
        tasks=[("Find a second contact at Vesper Travel", -1, None)],
    ),
    dict(
        host="Keisha Robinson", channel=Channel.LINKEDIN, created=-31,
        goal="Learn how a childcare app researches with parents who have no time to spare.",
        events=[
            (-30, "12:15", stages.REQUESTED, "Hi Keisha, I'm a former teacher learning UX research. "
             "Could I ask you 20 minutes about researching with busy parents?"),
            (-21, "12:15", FOLLOW_UP, "One short follow-up on the same thread."),
            (-11, "19:00", stages.NO_REPLY, ""),
        ],
        tasks=[],
    ),
    dict(
        host="Brandon Lee", channel=Channel.LINKEDIN, created=-72,
        goal="Ask how a small software agency decides whether it needs a researcher at all.",
        events=[
            (-71, "08:40", stages.REQUESTED, "Hi Brandon, I'm a science teacher moving into UX "
             "research. Could I ask how Driftwood brings research into client projects?"),
            (-62, "08:40", FOLLOW_UP, "Polite follow-up."),
            (-55, "20:00", stages.NO_REPLY, ""),
        ],
        tasks=[],
    ),
    # -- on hold ---------------------------------------------------------------------------------
    dict(
        host="Yusuf Demir", channel=Channel.INTRODUCTION, created=-12,
        goal="Learn how insurance research teams test forms and letters with customers.",
        events=[
            (-11, "09:00", stages.REQUESTED, "Hi Yusuf, Arjun Mehta suggested I reach out. Could I "
             "ask you about research on insurance forms?"),
            (-10, "13:00", K.REPLY_RECEIVED, "On parental leave until next month; happy to talk after."),
            (-10, "13:10", stages.ON_HOLD, ""),
        ],
        tasks=[("Write to Yusuf again when he's back from leave", 21, None)],
    ),
    dict(
        host="Elena Popescu", channel=Channel.EMAIL, created=-28,
        goal="Explore instructional design as a closer, safer step out of teaching.",
        events=[(-15, "20:00", stages.ON_HOLD, "")],
        notes="Parked: decided to focus on UX research first. Come back to this in the summer.",
        tasks=[],
    ),
]  # fmt: skip

# Interactions outside any coffee chat: (person, days from today, "HH:MM", kind, summary).
OTHER_INTERACTIONS = [
    ("Wei Chen", -83, "20:30", K.CALL, "Told Wei I'm finally leaving teaching. He cheered, then "
     "told me to talk to people before buying any course."),
    ("Arjun Mehta", -81, "21:00", K.MESSAGE_SENT, "Asked Arjun whether a bootcamp is worth it."),
    ("Arjun Mehta", -80, "08:10", K.REPLY_RECEIVED, "“Talk to five researchers first.” Fair."),
    ("Darnell Williams", -76, "15:45", K.MEETING, "Told Darnell I won't be back next school year. "
     "He took it kindly and asked what I'd need from him."),
    ("Patricia Ellis", -55, "18:00", K.CALL, "Mom asked around: her old charge nurse's son is a "
     "designer at Evergreen."),
    ("Chris Ellis", -50, "20:00", K.NOTE, "Chris says Zephyr's design team is tiny but friendly."),
    ("Darnell Williams", -47, "16:00", K.MESSAGE_SENT, "Asked Darnell whether he'd be a reference."),
    ("Darnell Williams", -46, "07:30", K.REPLY_RECEIVED, "Yes, gladly. Send him the job posts first."),
    ("Rosa Delgado", -41, "17:30", K.MEETING, "Tea on the porch; she offered to ask her nephew Luis."),
    ("Emily Zhang", -16, "09:00", K.MESSAGE_SENT, "Wrote to Emily, mentioning Jonathan's suggestion."),
    ("Tomás Herrera", -16, "19:00", K.NOTE, "Portfolio night at Saltbox. Tomás looked at my case study."),
    ("Priya Raman", -7, "18:00", K.NOTE, "Watched Priya's talk on researching with kids. Great "
     "bit about consent forms for parents."),
    ("Chris Ellis", -5, "19:00", K.CALL, "Chris will forward my portfolio to his design lead."),
    ("Patricia Ellis", -2, "18:30", K.CALL, "Weekly call; told Mom about Luis and the transit lab."),
]  # fmt: skip

# Tasks about a person rather than a conversation: (person, title, due in days, done days ago).
PERSON_TASKS = [
    ("Darnell Williams", "Send Darnell the two job posts for his reference", -3, None),
    ("Chris Ellis", "Thank Chris for passing on my portfolio", 0, None),
    ("Emily Zhang", "Start a coffee chat with Emily if she answers", 6, None),
    ("Patricia Ellis", "Ask Mom for her charge nurse's son's name", -40, -39),
    ("Rosa Delgado", "Bring Rosa the library book back", -30, -28),
]

# Short exchanges with the wider network, spread over the last two months.
NETWORK_MOMENTS = [
    (K.NOTE, "Said hello at the ResearchOps meetup; swapped LinkedIn."),
    (K.MESSAGE_SENT, "Congratulated them on the new role."),
    (K.REPLY_RECEIVED, "Thanked me and offered to look at my portfolio some time."),
    (K.MESSAGE_SENT, "Shared the article on research with children we talked about."),
    (K.CALL, "Ten-minute catch-up; they are hiring a research intern in the spring."),
    (K.NOTE, "Commented on my post about teaching and usability testing."),
    (K.MEETING, "Bumped into them at the Saltbox portfolio night."),
    (K.REPLY_RECEIVED, "Sent me a list of three people worth following."),
]

# The target list (LAMP): motivation (0–3, None: not rated yet) and posting (3 a relevant posting,
# 2 some, 1 none). Advocacy is left for coffeechat to work out from the people Jordan knows there.
# Companies not named here are not on the list.
TARGETS = {
    "Cityline Transit Lab": (3, 3), "Brightleaf Learning": (3, 2), "Lakefront Science Museum": (3, 2),
    "Copperline Analytics": (3, 2), "Pathwise": (3, 1), "Little Fox Games": (2, 2),
    "Fieldnote Research": (2, 2), "Lakeshore Health Partners": (2, 2), "Evergreen Clinics": (2, 3),
    "Wayfinder Maps": (2, 3), "Tandem Care": (2, 1), "Juniper Civic Tech": (2, 1), "Open Orchard": (2, 1),
    "Quill & Slate": (2, 1), "Cobalt & Pine": (2, 1), "Orbit Learning Lab": (2, 1), "Fable Reading": (2, 1),
    "Saltbox Studio": (2, 1), "Canopy Mind": (2, 1), "Lantern Nonprofit Software": (2, 1),
    "Wildflower Kids": (2, 1), "Porchlight Senior Tech": (1, 2), "Elmwood University Online": (1, 2),
    "Kestrel Logistics": (1, 1), "Tallgrass Financial": (1, 1), "Marigold Market": (1, 2),
    "Heron Labs": (1, 1), "Sundial Insurance": (1, 1), "Bluestem Bank": (1, 1), "Vesper Travel": (1, 1),
    "Lumen Robotics": (1, 1), "Driftwood Software": (1, 1), "Meridian Medical Devices": (1, 1),
    "Hearth Home Services": (1, 1), "Northbeam Mobility": (1, 1), "Clearwater Energy": (0, 1),
    "Granite Payroll": (0, 1), "Inkwell Legal": (0, 1), "Nimbus Weather": (None, 1),
    "Ampersand Books": (None, 1),
}  # fmt: skip
TARGET_ROLE = "UX research"

# Work history: (person, company, title, started (years ago, month), ended (years ago, month) or
# None for the job they hold now). Everyone else with a company gets their current job only.
JOBS = [
    ("Priya Raman", "Brightleaf Learning", "UX Researcher", (6, 9), (3, 8)),
    ("Priya Raman", "Brightleaf Learning", "Senior UX Researcher", (3, 9), None),
    ("Daniel Kowalski", "Copperline Analytics", "UX Researcher", (9, 1), (5, 6)),
    ("Daniel Kowalski", "Copperline Analytics", "UX Research Lead", (5, 7), None),
    ("Luis Fernández", "Cityline Transit Lab", "Research Fellow", (4, 6), (4, 8)),
    ("Luis Fernández", "Cityline Transit Lab", "Design Researcher", (3, 1), None),
    ("Wei Chen", "Tallgrass Financial", "Product Designer", (4, 8), (2, 1)),
    ("Wei Chen", "Tallgrass Financial", "Senior Product Designer", (2, 1), None),
    ("Tomás Herrera", "Cobalt & Pine", "Junior Designer", (7, 6), (4, 3)),
    ("Grace Mensah", "Evergreen Clinics", "Research Coordinator", (8, 9), (3, 5)),
    ("Emily Zhang", "Copperline Analytics", "UX Researcher", (6, 2), (2, 10)),
    ("Yusuf Demir", "Heron Labs", "UX Researcher", (7, 3), (3, 1)),
    ("Fatima Al-Sayed", "Lakeshore Health Partners", "Research Assistant", (5, 9), (2, 6)),
    ("Hiroshi Sato", "Brightleaf Learning", "Associate Product Manager", (7, 1), (3, 7)),
    ("Olga Novak", "Pathwise", "Research Manager", (9, 4), (5, 12)),
    ("Kwame Asante", "Open Orchard", "Program Designer", (8, 8), (4, 6)),
    ("Sofia Rossi", "Fable Reading", "Design Intern", (4, 6), (4, 8)),
    ("Chris Ellis", "Bluestem Bank", "Software Engineer", (7, 7), (3, 2)),
    ("Elena Popescu", "Open Orchard", "Curriculum Writer", (6, 8), (3, 6)),
]

# Jordan's own school, former employer and groups (Jordan belongs to each), with the people in
# them by name; everyone whose relationship is listed joins too.
AFFILIATIONS = [
    ("Northshore College", AffiliationKind.SCHOOL, R.ALUMNI,
     ["Priya Raman", "Sofia Rossi", "Rachel Goldberg", "Elena Popescu", "Arjun Mehta"]),
    ("Roosevelt Middle School", AffiliationKind.EMPLOYER, R.FORMER_COLLEAGUE,
     ["Wei Chen", "Darnell Williams"]),
    ("UX Research Certificate, Harper College", AffiliationKind.SCHOOL, R.CLASSMATE,
     ["Samuel Osei", "Leila Karimi"]),
    ("Designers Who Taught", AffiliationKind.GROUP, None,
     ["Aiko Tanaka", "Amara Nwosu", "Wei Chen", "Kwame Asante"]),
]  # fmt: skip

# Who knows whom among Jordan's people: (one, other, how, note).
CONNECTIONS = [
    ("Marcus Bell", "Daniel Kowalski", W.MET, "spoke on the same ResearchOps panel"),
    ("Leila Karimi", "Fatima Al-Sayed", W.OTHER, "Leila taught her research module"),
    ("Rosa Delgado", "Luis Fernández", W.FAMILY, "Rosa is his aunt"),
    ("Arjun Mehta", "Yusuf Demir", W.WORKED_TOGETHER, "teammates at Heron Labs"),
    ("Jonathan Pierce", "Emily Zhang", W.WORKED_TOGETHER, "she is on his team at Marigold"),
    ("Hiroshi Sato", "Priya Raman", W.WORKED_TOGETHER, "both at Brightleaf a few years ago"),
    ("Patricia Ellis", "Kevin O'Malley", W.OTHER, "his mother was her charge nurse"),
    ("Chris Ellis", "Ravi Shankar", W.WORKED_TOGETHER, "on Bluestem's mobile app team"),
    ("Amara Nwosu", "Olga Novak", W.WORKED_TOGETHER, "at Pathwise, years ago"),
    ("Kwame Asante", "Aiko Tanaka", W.MET, "a playtesting workshop at the museum"),
    ("Tomás Herrera", "Leila Karimi", W.WORKED_TOGETHER, "his first design job was at her studio"),
    ("Samuel Osei", "Grace Mensah", W.FRIENDS, "social workers together, years ago"),
    ("Beatriz Santos", "Elena Popescu", W.WORKED_TOGETHER, "both wrote curriculum at Open Orchard"),
    ("Marcus Bell", "Chloé Dubois", W.MET, "the same UX conference, two years running"),
    ("Rachel Goldberg", "Kevin O'Malley", W.WORKED_TOGETHER, "both at Evergreen Clinics"),
    ("Nadia Haddad", "Sofia Rossi", W.STUDIED_TOGETHER, "the same content design course"),
]
# Who introduced whom to Jordan: person → introducer. Everyone else "introduced by someone" was
# introduced by one of these friends, drawn with the seed.
INTRODUCERS = ["Marcus Bell", "Leila Karimi", "Arjun Mehta", "Wei Chen", "Amara Nwosu", "Hiroshi Sato"]
INTRODUCED_BY = {
    "Daniel Kowalski": "Marcus Bell",
    "Fatima Al-Sayed": "Leila Karimi",
    "Luis Fernández": "Rosa Delgado",
    "Yusuf Demir": "Arjun Mehta",
    "Emily Zhang": "Jonathan Pierce",
}
# Jordan's network was entered before the search began; these five arrived during it (days ago).
ADDED_DURING_SEARCH = {
    "Daniel Kowalski": -5, "Fatima Al-Sayed": -9, "Luis Fernández": -10, "Yusuf Demir": -12,
    "Emily Zhang": -17,
}  # fmt: skip

# Business-card details for a few people: (person, website, address, other profiles).
CARDS = [
    ("Leila Karimi", "https://www.cobaltandpine.example/studio",
     "Cobalt & Pine, Studio 4\n230 E Erie St\nMilwaukee, WI 53202", ["https://portfolio.example/leila-karimi"]),
    ("Marcus Bell", "https://marcusbell.example", "", ["https://mastodon.example/@marcusbell"]),
    ("Rachel Goldberg", "",
     "Evergreen Clinics, Research Office\n2450 N Clark St, Suite 300\nChicago, IL 60614", []),
    ("Kwame Asante", "https://www.lakefrontscience.example/exhibits", "", []),
]  # fmt: skip
# Luis handed over his card at the lab; Jordan typed it in after the meeting.
LUIS_CARD = {
    "website": "https://www.citylinetransit.example/lab",
    "address": "Cityline Transit Lab, 4th floor\n567 W Lake St\nChicago, IL 60661",
    "phones": "+1 312 555 0147",
}

# Jordan's own questions, next to the bank's: (text, area, family, minutes).
OWN_QUESTIONS = [
    ("How do you get consent when you research with patients and their families?",
     bank.JOB, bank.INSIGHTS, 3),
    ("What did you keep from your earlier work that still helps you every week?",
     bank.CAREER, bank.INSIGHTS, 2),
    ("What would a small research study look like that I could run as a volunteer?",
     bank.CAREER, bank.ASSIGNMENTS, 2),
]  # fmt: skip

# Plans for coffee chats: host → introduction, research notes and questions (a bank key "b015",
# or "own:N" for Jordan's own question N; "!" in front: must ask). Met chats also have what was
# asked and noted: {key: note}, and the meeting's general notes.
PLANS = {
    "Fatima Al-Sayed": dict(
        introduction="I taught middle-school science for eight years and I'm moving into UX research. "
        "Leila Karimi thought of you because you started research at Tandem Care without a team around "
        "you, and that's the part I'd most love to hear about.",
        research="Tandem Care makes a shift-handover app for nurses. Fatima spoke at the ResearchOps "
        "meetup about shadowing night shifts. Before Tandem she was a research assistant at Lakeshore "
        "Health Partners.",
        questions=["!own:0", "b015", "b008", "b034", "b044", "b063", "!b121"],
    ),
    "Wei Chen": dict(
        introduction="You know my story already: eight years of science at Roosevelt, and now the "
        "jump you made four years ago. I'd love to hear how you told it in interviews.",
        research="Wei was promoted to senior designer at Tallgrass last year. His budgeting-app case "
        "study opens with a classroom story.",
        questions=["b088", "!b112", "own:1", "b116", "b059"],
    ),
    "Olga Novak": dict(
        introduction="I'm a former science teacher with a UX research certificate. I'm learning how "
        "consultancies like Fieldnote bring in new researchers, and your view would help me a lot.",
        research="Fieldnote runs large studies for health and civic clients and takes on contract "
        "researchers. Olga led research at Pathwise before, where Amara worked with her.",
        questions=["b063", "!b066", "b143", "b064", "b121"],
    ),
    "Kwame Asante": dict(
        introduction="We met at the educator open house. I taught science for eight years, and the way "
        "your team watches families at the exhibits is the closest thing I've seen to my classroom.",
        research="The tide-pool exhibit opens in the spring; the team tests prototypes with visiting "
        "families on weekends. Kwame designed programs at Open Orchard before the museum.",
        suggest=True,
        questions=["!own:2"],
    ),
    "Amara Nwosu": dict(
        introduction="Thank you for making time. I was a science teacher for eight years; your answers "
        "in the research Slack are what gave me the courage to switch.",
        research="Amara was a school counselor for six years before Pathwise. She wrote a long post on "
        "running diary studies with job seekers.",
        questions=["b088", "b112", "b065", "b123"],
        asked={
            "b088": "Ran a free study for a nonprofit, wrote it up, and that write-up got her the interview.",
            "b112": "Say it plainly: counselling interviews ARE research interviews. Give one example.",
            "b065": "One junior researcher a year, usually hired in spring.",
            "b123": "“Interviewing Users” by Steve Portigal.",
        },
        meeting_notes="She remembers how lonely the switch felt. Offered to look at my case study in "
        "the new year.",
    ),
    "Luis Fernández": dict(
        introduction="Rosa told me so much about you! I taught science for eight years, and watching "
        "how students really use things is what pulled me toward research.",
        research="The lab's bus-stop study changed where the new real-time signs went. Luis started as "
        "a summer research fellow four years ago.",
        questions=["b015", "b016", "b065", "b041"],
        asked={
            "b015": "Intercept interviews on platforms: 3 minutes, five questions, a transit card as thanks.",
            "b016": "Every study starts with a one-page plan the whole team reviews.",
            "b065": "Two research fellows each summer; applications open in February.",
        },
        meeting_notes="Toured the lab first. Offered to share an anonymized survey from last year's bus "
        "study. Someone to meet: Ines Duarte, his former teammate.",
    ),
}
# A friend's review of Fatima's plan, through a review link: (question key or None for the
# introduction, comment, better way to ask, looks good).
REVIEW_BY, REVIEW_OF = "Marcus Bell", "Fatima Al-Sayed"
REVIEW_COMMENTS = [
    (None, "The introduction is warm. Keep the line about Leila: it tells her why you picked her.", "",
     False),
    ("own:0", "Great question, very specific to her work. Ask it early.", "", True),
    ("b034", "Good, but ask about clinicians in particular, or you'll get a general answer.",
     "What mistakes do new researchers make when they first work with nurses?", False),
]  # fmt: skip

TEMPLATE = dict(
    name="Former teachers, short",
    purpose=drafts.REQUEST,
    channel=drafts.EMAIL,
    subject="From one former teacher to another",
    body="Hi {host_first_name},\n\n{connection} I taught middle-school science for eight years and I'm "
    "moving into UX research. Your path to {company} is exactly what I'd love to learn from.\n\n"
    "Would you have {minutes} minutes in the coming weeks? Any time that suits you works for me.\n\n"
    "Thank you,\n{my_first_name}",
)
WEEKLY_MEETING_GOAL = 2

WORDS = """amber birch cedar clover coral daisy ember fern harbor hazel indigo juniper lantern
maple meadow willow otter pebble river sparrow thistle tulip velvet walnut bramble cobalt""".split()


def readable_password() -> str:
    words = secrets.SystemRandom().sample(WORDS, 3)
    return "-".join(words) + f"-{secrets.randbelow(90) + 10}"


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


class Command(BaseCommand):
    help = "Create a demo account holding a believable job search, and print its login."

    def add_arguments(self, parser):
        parser.add_argument("--email", default=DEFAULT_EMAIL, help=f"Demo login ({DEFAULT_EMAIL}).")
        parser.add_argument("--password", help="Its password (default: a random, readable one).")
        parser.add_argument(
            "--reset", action="store_true", help="Delete an existing demo account and create it afresh."
        )

    def handle(self, *args, email, password, reset, **options):
        if User._meta.db_table not in connection.introspection.table_names():
            raise CommandError("The database has no tables yet: run `coffeechat migrate` first.")
        email = User.objects.normalize_email(email).lower()
        password = password or readable_password()
        with transaction.atomic():
            existing = User.objects.filter(email__iexact=email).first()
            if existing and not reset:
                raise CommandError(
                    f"An account {email} already exists; nothing was changed. Run `coffeechat demo "
                    f"--reset` to delete it with all its data and create the demo afresh, or pick "
                    f"another address with --email."
                )
            if existing and (existing.is_staff or existing.is_superuser):
                raise CommandError(
                    f"{email} is an administrator's account; --reset will not delete it. "
                    "Pick another address for the demo with --email."
                )
            if existing:
                existing.delete()  # every owned row goes with it (on_delete=CASCADE)
            user = User.objects.create_user(email, password, name="Jordan Ellis", time_zone=TIME_ZONE)
            counts = Builder(user).build()
        done = "The demo account is ready" + (" (the old one was deleted first)." if existing else ".")
        self.stdout.write(self.style.SUCCESS(done))
        self.stdout.write(
            f"It holds Jordan Ellis's move from teaching into UX research: {counts['companies']} "
            f"companies, {counts['people']} people, {counts['conversations']} coffee chats, "
            f"{counts['interactions']} logged interactions and {counts['tasks']} tasks."
        )
        self.stdout.write("")
        self.stdout.write("Sign in with")
        self.stdout.write(f"  e-mail:   {email}")
        self.stdout.write(f"  password: {password}")
        self.stdout.write("")
        self.stdout.write("Start the app with `coffeechat serve` and open http://127.0.0.1:8000/.")


class Builder:
    def __init__(self, user: User):
        self.user = user
        self.tz = zoneinfo.ZoneInfo(TIME_ZONE)
        self.today = timezone.localtime(timezone.now(), self.tz).date()
        self.rng = random.Random(SEED)
        self.started = timezone.now()
        self.companies: dict[str, Company] = {}
        self.people: dict[str, Person] = {}
        self.chats: dict[str, Conversation] = {}  # by host name

    def at(self, days: int, hhmm: str) -> dt.datetime:
        hour, minute = (int(x) for x in hhmm.split(":"))
        day = self.today + dt.timedelta(days=days)
        return make_aware(dt.datetime.combine(day, dt.time(hour, minute)), self.tz)

    def on_a_weekday(self, days: int) -> int:
        """`days` from today, moved off a weekend: a past meeting to the Friday before, a coming
        one to the Monday after (the chats' other dates leave two days around each meeting)."""
        weekday = (self.today + dt.timedelta(days=days)).weekday()
        if weekday < 5:
            return days
        return days - (weekday - 4) if days < 0 else days + (7 - weekday)

    def date(self, years_ago: int, month: int) -> dt.date:
        return dt.date(self.today.year - years_ago, month, 1)

    def build(self) -> dict[str, int]:
        user = self.user
        user.target_role = TARGET_ROLE
        user.weekly_meeting_goal = WEEKLY_MEETING_GOAL
        user.save(update_fields=["target_role", "weekly_meeting_goal"])
        self.add_companies()
        self.add_people()
        self.add_work_history()
        self.add_affiliations()
        self.add_connections()
        self.add_cards()
        for spec in CHATS:
            self.add_chat(spec)
        for name, days, hhmm, kind, summary in OTHER_INTERACTIONS:
            Interaction.objects.create(
                owner=self.user,
                person=self.people[name],
                kind=kind,
                summary=summary,
                occurred_at=self.at(days, hhmm),
            )
        self.add_network_moments()
        self.add_leads()
        self.add_plans()
        MessageTemplate.objects.create(owner=self.user, **TEMPLATE)
        for name, title, due, done in PERSON_TASKS:
            self.add_task(title, due, done, person=self.people[name])
        return {
            "companies": Company.objects.for_owner(self.user).count(),
            "people": Person.objects.for_owner(self.user).count(),
            "conversations": Conversation.objects.for_owner(self.user).count(),
            "interactions": Interaction.objects.for_owner(self.user).count(),
            "tasks": Task.objects.for_owner(self.user).count(),
        }

    def add_companies(self) -> None:
        for name, industry, location, slug, notes in COMPANIES:
            motivation, posting = TARGETS.get(name, (None, 1))
            self.companies[name] = Company.objects.create(
                owner=self.user,
                name=name,
                industry=industry,
                location=location,
                website=f"https://www.{slug}.example",
                notes=notes,
                is_target=name in TARGETS,
                motivation=motivation,
                posting=posting,
            )

    def add_people(self) -> None:
        rng = self.rng
        rows = list(KEY_PEOPLE)
        company_names = list(self.companies)
        relationships, weights = zip(*RELATIONSHIP_WEIGHTS.items(), strict=True)
        for name in (n.strip() for n in MORE_NAMES.split(",")):
            relationship = rng.choices(relationships, weights)[0]
            if relationship == R.FORMER_COLLEAGUE and rng.random() < 0.6:
                title, company = rng.choice(TEACHER_TITLES), ""
            elif relationship in (R.FAMILY, R.FRIEND) and rng.random() < 0.4:
                title, company = rng.choice(TITLES), ""
            else:
                title, company = rng.choice(TITLES), rng.choice(company_names)
                if (TARGETS.get(company, (0, 1))[0] or 0) <= 1 and rng.random() < 0.7:
                    relationship = R.COLD  # the companies Jordan cares least about: nobody known yet
            tags = []
            if relationship == R.ALUMNI:
                tags.append("alumni")
            if "Research" in title:
                tags.append("research")
            if "Design" in title or "UX" in title:
                tags.append("ux")
            if company and self.companies[company].industry == "Education technology":
                tags.append("edtech")
            if title in TEACHER_TITLES:
                tags.append("former teacher")
            if title in ("Recruiter", "Talent Partner", "Head of Design"):
                tags.append("hiring manager")
            contact = "".join(c for c, p in (("e", 0.5), ("p", 0.25), ("l", 0.6)) if rng.random() < p)
            notes = rng.choice(PERSON_NOTES) if rng.random() < 0.2 else ""
            rows.append((name, title, company, relationship, ", ".join(tags), contact, notes))

        tags: dict[str, Tag] = {}
        emails, phones, tag_links = [], [], []
        for name, title, company, relationship, tag_names, contact, notes in rows:
            slug = _ascii(name)
            person = Person.objects.create(
                owner=self.user,
                name=name,
                title=title,
                company=self.companies.get(company),
                relationship=relationship,
                notes=notes,
                linkedin_url=f"https://www.linkedin.com/in/{slug}-{rng.randrange(16**6):06x}"
                if "l" in contact
                else "",
            )
            self.people[name] = person
            if "e" in contact:
                first, last = (_ascii(part).replace("-", "") for part in (name.split()[0], name.split()[-1]))
                if company:
                    domain = COMPANIES[list(self.companies).index(company)][3] + ".example"
                    address = f"{first}.{last}@{domain}"
                else:
                    address = f"{first}{last[0]}{rng.randrange(10, 99)}@example.com"
                emails.append(EmailAddress(owner=self.user, person=person, address=address))
            if "p" in contact:
                number = f"{rng.choice(PHONE_PREFIXES)}01{rng.randrange(100):02d}"
                phones.append(PhoneNumber(owner=self.user, person=person, number=number))
            for tag_name in (t.strip() for t in tag_names.split(",") if t.strip()):
                if tag_name not in tags:
                    tags[tag_name] = Tag.objects.create(owner=self.user, name=tag_name)
                tag_links.append(Person.tags.through(person_id=person.pk, tag_id=tags[tag_name].pk))
        EmailAddress.objects.bulk_create(emails)
        PhoneNumber.objects.bulk_create(phones)
        Person.tags.through.objects.bulk_create(tag_links)
        introduced = []
        for name, person in self.people.items():
            if person.relationship == R.INTRODUCED:
                introducer = INTRODUCED_BY.get(name) or rng.choice(INTRODUCERS)
                person.introduced_by = self.people[introducer]
                introduced.append(person)
        Person.objects.bulk_update(introduced, ["introduced_by"])
        mine = Person.objects.for_owner(self.user)
        mine.update(created_at=self.at(-100, "20:00"))
        for name, days in ADDED_DURING_SEARCH.items():
            mine.filter(pk=self.people[name].pk).update(created_at=self.at(days, "08:00"))

    def add_work_history(self) -> None:
        """The jobs written out above, a current job for everyone else at a company, and an
        earlier employer for some, so that companies show who worked there before."""
        rng, jobs = self.rng, []
        for name, company, title, started, ended in JOBS:
            jobs.append(
                Job(
                    owner=self.user,
                    person=self.people[name],
                    company=self.companies[company],
                    title=title,
                    started_on=self.date(*started),
                    ended_on=self.date(*ended) if ended else None,
                    is_current=ended is None,
                )
            )
        written = {job.person.name for job in jobs if job.is_current}
        companies = list(self.companies.values())
        for name, person in self.people.items():
            if person.company is None or name in written:
                continue
            years = rng.randrange(1, 7)
            jobs.append(
                Job(
                    owner=self.user,
                    person=person,
                    company=person.company,
                    title=person.title,
                    started_on=self.date(years, rng.randrange(1, 13)),
                )
            )
            if name not in {row[0] for row in JOBS} and rng.random() < 0.2:
                before = rng.choice([c for c in companies if c != person.company])
                jobs.append(
                    Job(
                        owner=self.user,
                        person=person,
                        company=before,
                        title=rng.choice(TITLES),
                        started_on=self.date(years + rng.randrange(2, 5), rng.randrange(1, 13)),
                        ended_on=self.date(years, 1),
                        is_current=False,
                    )
                )
        Job.objects.bulk_create(jobs)

    def add_affiliations(self) -> None:
        through = Affiliation.members.through
        links = []
        for name, kind, relationship, members in AFFILIATIONS:
            affiliation = Affiliation.objects.create(owner=self.user, name=name, kind=kind, includes_me=True)
            people = {self.people[m] for m in members}
            if relationship:
                people |= {p for p in self.people.values() if p.relationship == relationship}
            links += [through(affiliation_id=affiliation.pk, person_id=p.pk) for p in people]
        through.objects.bulk_create(links)

    def add_connections(self) -> None:
        """The pairs written out above, and some more drawn with the seed: someone Jordan knows
        well who knows someone Jordan has not met yet, so that companies show two-step paths."""
        pairs: dict[tuple[int, int], Connection] = {}

        def link(a: Person, b: Person, how: str, note: str = "") -> None:
            first, second = sorted([a, b], key=lambda p: p.pk)
            pairs.setdefault(
                (first.pk, second.pk),
                Connection(owner=self.user, person=first, other=second, how=how, note=note),
            )

        for a, b, how, note in CONNECTIONS:
            link(self.people[a], self.people[b], how, note)
        people = sorted(self.people.values(), key=lambda p: p.pk)
        close = [p for p in people if p.relationship in (R.FRIEND, R.FAMILY, R.FORMER_COLLEAGUE, R.CLASSMATE)]
        strangers = [p for p in people if p.relationship == R.COLD and p.company_id]
        for stranger in self.rng.sample(strangers, min(20, len(strangers))):
            how = self.rng.choice([W.WORKED_TOGETHER, W.STUDIED_TOGETHER, W.FRIENDS, W.MET, W.MET])
            link(self.rng.choice(close), stranger, how)
        Connection.objects.bulk_create(pairs.values())

    def add_cards(self) -> None:
        for name, website, address, links in CARDS:
            person = self.people[name]
            person.website, person.address, person.social_links = website, address, links
            person.save(update_fields=["website", "address", "social_links", "updated_at"])

    def add_network_moments(self) -> None:
        hosts = {spec["host"] for spec in CHATS}
        others = [p for name, p in self.people.items() if name not in hosts and p.relationship != R.COLD]
        for person in self.rng.sample(others, 24):
            kind, summary = self.rng.choice(NETWORK_MOMENTS)
            when = self.at(
                -self.rng.randrange(1, 84), f"{self.rng.randrange(8, 20)}:{self.rng.choice(['00', '30'])}"
            )
            Interaction.objects.create(
                owner=self.user, person=person, kind=kind, summary=summary, occurred_at=when
            )

    def add_chat(self, spec: dict) -> None:
        host = self.people[spec["host"]]
        created = self.at(spec["created"], "21:00")
        conversation = Conversation.objects.create(
            owner=self.user,
            host=host,
            company=host.company,
            goal=spec["goal"],
            channel=spec["channel"],
            time_zone=spec.get("time_zone", ""),
            stage_changed_at=created,
        )
        meeting = spec.get("meeting")
        for event in spec["events"]:
            if event[0] is None:  # (None, stage, summary): at the end of the meeting
                when, (what, summary) = None, event[1:]
            else:
                when, (what, summary) = self.at(*event[:2]), event[2:]
            if what == stages.SCHEDULED:
                days, hhmm, minutes, place = meeting
                if not spec.get("weekend_ok"):
                    days = self.on_a_weekday(days)
                conversation.scheduled_at = self.at(days, hhmm)
                conversation.duration_minutes = minutes
                conversation.place = place
            if what == stages.MET:
                conversation.notes = spec.get("notes", "")
                when = conversation.meeting_end
            if what in stages.LABELS:
                conversation.move_to(what, when=when, summary=summary)
            elif what in (FOLLOW_UP, UPDATE):
                conversation.message_sent(what, summary, when=when)
            else:
                conversation.log(what, summary, when=when)
            # The tasks this step closed (3B7 reminders once they answer, the update once sent)
            # were done when it happened, not when the demo was made; and were due by then.
            closed = conversation.tasks.filter(done_at__gte=self.started)
            closed.filter(due_on__gt=when.astimezone(self.tz).date()).update(
                due_on=when.astimezone(self.tz).date()
            )
            closed.update(done_at=when)
        if spec.get("notes") and not conversation.notes:
            conversation.notes = spec["notes"]
            conversation.save(update_fields=["notes", "updated_at"])
        if spec.get("snooze"):
            conversation.snooze(self.today + dt.timedelta(days=spec["snooze"]))
        Conversation.objects.filter(pk=conversation.pk).update(created_at=created)
        # The update a week after the thank-you is due a week after it, not a week after today.
        thanked = conversation.stage_changes.filter(to_stage=stages.THANKED).first()
        if thanked:
            due = timezone.localtime(thanked.changed_at, self.tz).date() + dt.timedelta(days=7)
            conversation.tasks.open().filter(kind=TaskKind.UPDATE).update(due_on=due)
        for title, due, done in spec["tasks"]:
            self.add_task(title, due, done, conversation=conversation)
        self.chats[host.name] = conversation

    def add_leads(self) -> None:
        """What the chats yielded, through the Leads page's own verbs: people to talk to next,
        openings (with a reminder to apply) and hiring seasons (with a reminder when they open)."""
        chats, companies, day, today = self.chats, self.companies, dt.timedelta(days=1), self.today
        leads = [
            Lead.add_referral(
                chats["Marcus Bell"],
                name="Daniel Kowalski",
                company_name="Copperline Analytics",
                title="UX Research Lead",
                note="Ran usability tests with district admins for years; Marcus will write to us both.",
            ),
            Lead.add_referral(
                chats["Leila Karimi"],
                name="Fatima Al-Sayed",
                company_name="Tandem Care",
                title="UX Researcher",
                note="Her former student; researches with nurses and caregivers.",
            ),
            Lead.add_referral(
                chats["Arjun Mehta"],
                name="Yusuf Demir",
                company_name="Sundial Insurance",
                title="UX Research Manager",
                note="Arjun's old teammate; tests forms and letters.",
            ),
        ]
        for lead in leads:
            lead.set_status(LeadStatus.ACTED_ON)  # a coffee chat with each of them is under way
        kofi = Lead.add_referral(
            chats["Marcus Bell"],
            name="Kofi Mensah",
            company_name="Kestrel Logistics",
            title="Research Operations Lead",
            note="Marcus's colleague; he moved from teaching too.",
        )
        kofi.start_conversation()
        leads += [
            kofi,
            Lead.add_referral(chats["Rachel Goldberg"], name="Joanne Whitaker",
                company_name="Evergreen Clinics", title="Nurse Informatics Specialist",
                note="One of the two nurses Rachel introduced me to on the way out; she sits in on "
                "every patient-portal study."),
            Lead.add_referral(chats["Jonathan Pierce"], name="Emily Zhang", company_name="Marigold Market",
                title="Senior UX Researcher", note="Jonathan couldn't talk, but said Emily would."),
            Lead.add_referral(chats["Luis Fernández"], name="Ines Duarte", company_name="Harbor Analytics",
                title="Senior UX Researcher", note="Luis's former teammate; runs the research guild."),
            Lead.add_opening(chats["Rachel Goldberg"], title="Research Coordinator, Patient Experience",
                company=companies["Evergreen Clinics"], url="https://jobs.example/evergreen/research-coordinator",
                deadline=today + 9 * day, remind_on=work_on_opening_by(today + 9 * day, today),
                note="Rachel says the survey pilot is what they look for; ask her to read my cover letter."),
            Lead.add_opening(chats["Nadia Haddad"], title="Content Design Apprentice",
                company=companies["Wayfinder Maps"], url="https://jobs.example/wayfinder/content-apprentice",
                deadline=today + 16 * day, remind_on=work_on_opening_by(today + 16 * day, today),
                note="Nadia thinks lesson-plan writing counts as content design experience."),
            Lead.add_season(chats["Amara Nwosu"], title="Junior researcher hiring opens in spring",
                company=companies["Pathwise"], starts_on=season_start("spring", self.today),
                note="One junior researcher a year; Amara will tell me when the post goes up."),
            Lead.add_season(chats["Luis Fernández"],
                title="Research fellowship applications open in February",
                company=companies["Cityline Transit Lab"], starts_on=season_start("February", self.today),
                note="Two fellows each summer; Luis was one, four years ago."),
        ]  # fmt: skip
        applied = Lead.add_opening(
            chats["Luis Fernández"],
            title="Junior UX Researcher",
            company=companies["Cityline Transit Lab"],
            url="https://jobs.example/cityline/junior-ux-researcher",
            deadline=self.today + 24 * day,
            remind_on=self.today + 17 * day,
            note="Luis says they read every cover letter. Applied that same evening.",
        )
        applied.set_status(LeadStatus.ACTED_ON)
        for lead in [*leads, applied]:  # noted when the chat happened
            conversation = lead.conversation
            noted = conversation.met_at or conversation.stage_changed_at
            Lead.objects.filter(pk=lead.pk).update(created_at=noted, status_changed_at=noted)
            if lead.person_id:  # someone new, added from the lead
                Person.objects.filter(pk=lead.person_id, created_at__gte=self.started).update(
                    created_at=noted
                )
            if lead.task_id:  # acted on (applied) that evening
                Task.objects.filter(pk=lead.task_id, done_at__isnull=False).update(
                    done_at=noted + dt.timedelta(hours=4)
                )
        # Luis gave Jordan his card at the lab; typed in through the card form, so its history shows.
        luis = Person.objects.get(pk=self.people["Luis Fernández"].pk)  # as the log left him
        before = card_of(luis)
        data = {**before, **LUIS_CARD, "phones": f"{before['phones']}\n{LUIS_CARD['phones']}".strip()}
        card = CardForm({**data, "from_photo": ""}, person=luis)
        if not card.is_valid():
            raise CommandError(f"The demo's card for Luis does not validate: {card.errors.as_text()}")
        change = card.save()
        CardChange.objects.filter(pk=change.pk).update(
            changed_at=chats["Luis Fernández"].met_at + dt.timedelta(hours=2)
        )

    def add_plans(self) -> None:
        """Question plans for the coming chats (one reviewed by a friend) and for the two chats
        just met, with what was asked and noted, all through the questions app's verbs."""
        own = [
            Question.objects.create(owner=self.user, text=text, area=area, family=family, minutes=minutes)
            for text, area, family, minutes in OWN_QUESTIONS
        ]
        plans = {}
        for host, spec in PLANS.items():
            conversation = self.chats[host]
            plan = Plan.for_conversation(conversation)
            plan.introduction = spec.get("introduction", "")
            plan.research_notes = spec.get("research", "")
            items = {}
            for key in spec["questions"]:
                must, key = key.startswith("!"), key.lstrip("!")
                bank_key = own[int(key[4:])].key if key.startswith("own:") else key
                item = plan.add_from_bank(bank_key, self.user)
                if item is None:
                    raise CommandError(f"The demo's plan for {host} names a question that is gone: {key}")
                item.must_ask = must
                item.asked = key in spec.get("asked", {})
                item.note = spec.get("asked", {}).get(key, "")
                item.save(update_fields=["must_ask", "asked", "note"])
                items[key] = item
            if spec.get("suggest"):
                plan.suggest(30)  # the page offers 30 minutes first; the chat has time to spare
            # Not meeting_started_at: meeting mode would show a clock still running since that day.
            plan.meeting_notes = spec.get("meeting_notes", "")
            plan.save()
            plans[host] = (plan, items)
        plan, items = plans[REVIEW_OF]
        link, _token = ShareLink.create_for(plan, label=REVIEW_BY)
        yesterday = self.started - dt.timedelta(days=1)
        ShareLink.objects.filter(pk=link.pk).update(created_at=yesterday)
        comments = [
            Comment(owner=self.user, plan=plan, item=items.get(key), share_link=link, author=REVIEW_BY,
                    body=body, suggestion=suggestion, looks_good=good)
            for key, body, suggestion, good in REVIEW_COMMENTS
        ]  # fmt: skip
        for comment in Comment.objects.bulk_create(comments):
            Comment.objects.filter(pk=comment.pk).update(created_at=yesterday + dt.timedelta(hours=2))

    def add_task(self, title: str, due: int, done: int | None, **about) -> Task:
        return Task.objects.create(
            owner=self.user,
            title=title,
            due_on=self.today + dt.timedelta(days=due),
            done_at=self.at(done, "18:00") if done is not None else None,
            **about,
        )
