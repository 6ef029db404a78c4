# ruff: noqa: E501 -- one labelled question to a line reads best
"""Fresh labelled sets for the question reviewer, written from METHOD.md and the seed only.

FRESH (170) was written before reading the reviewer's rules and measured before any change to them;
the rules were then improved on its real misses, so after that it is no longer out of sample.
FRESH_2 (64) was written after those changes and measured once without further tuning: it is the
honest out-of-sample figure (first runs are in bench/README.md).

(text, verdict, reason). Labels follow METHOD.md, not the reviewer:
- avoid: asks for a job, an internship, an interview, a referral or to pass on a CV (or job leads);
  the host's own pay, benefits or time off; facts basic research answers; job-interview questions
  turned on the host; "will you be my mentor"; too personal (family, age, health, religion, politics,
  private money).
- weak: closed yes/no (including leading "don't you think…"), vague, several questions in one, or so
  long the host has to untangle it.
- ok: open questions about the host's job, career, company, industry, advice, resources and
  assignments; the field's typical starting salary and a typical week's hours; the closing asks
  (may I reach out again, who else to talk to, a business card).
"""

FRESH = [
    # avoid: a job, an internship, a referral or job leads
    ("Is {company} hiring at the moment?", "avoid", "asks for job leads"),
    ("Would you be able to put in a good word for me with HR?", "avoid", "asks for a referral"),
    (
        "Can you let me know if anything opens up on your team?",
        "avoid",
        "asks to be told of openings: job leads",
    ),
    ("I'd love to work at {company} — would you refer me?", "avoid", "asks for a referral"),
    ("Could I send you my resume so you can pass it on?", "avoid", "asks to pass on a résumé"),
    ("Do you have any roles that would fit my background?", "avoid", "asks for a job"),
    (
        "Who should I send my application to so it actually gets read?",
        "avoid",
        "asks for a way in for an application",
    ),
    ("Would you consider taking me on as an intern next summer?", "avoid", "asks for an internship"),
    (
        "Can you get me in front of the hiring manager for the {role} opening?",
        "avoid",
        "asks for an introduction to get a job",
    ),
    ("Does {company} have a referral bonus you could use on me?", "avoid", "asks for a referral"),
    ("What would it take for you to bring me onto your team?", "avoid", "asks for a job"),
    ("Could you flag my application to the recruiter?", "avoid", "asks to push an application"),
    ("Are there any open positions in your department I could apply for?", "avoid", "asks for job leads"),
    ("Can you help me land a job at {company}?", "avoid", "asks for a job"),
    ("If I applied for the analyst role, would you vouch for me?", "avoid", "asks for a referral"),
    ("do u know anyone hiring junior devs", "avoid", "asks for job leads"),
    (
        "Could you forward my portfolio to your creative director?",
        "avoid",
        "asks to pass on application material",
    ),
    ("Would you be open to submitting a referral for me?", "avoid", "asks for a referral"),
    ("Any vacancies coming up on your team soon?", "avoid", "asks for job leads"),
    ("Can I list you as a reference on my applications?", "avoid", "asks the host to vouch for them"),
    (
        "Is there a chance I could shadow you and then apply for a spot on the team?",
        "avoid",
        "asks for a job",
    ),
    ("How can I get hired by your team specifically?", "avoid", "asks for a job on the host's team"),
    # avoid: the host's own pay, benefits, time off
    ("How much do you earn, if you don't mind me asking?", "avoid", "the host's own pay"),
    ("What's your base plus bonus these days?", "avoid", "the host's own pay"),
    ("Did {company} give you stock options?", "avoid", "the host's own benefits"),
    ("How many vacation days do you get a year?", "avoid", "the host's own time off"),
    ("What did {company} offer you when you joined?", "avoid", "the host's own pay"),
    ("Is the pay at {company} any good?", "avoid", "the employer's pay, i.e. the host's own"),
    ("What kind of health insurance and 401k match do you get?", "avoid", "the host's own benefits"),
    ("How much paid parental leave did you get?", "avoid", "the host's own benefits and private life"),
    ("what do you make a year roughly", "avoid", "the host's own pay"),
    ("How big was your last raise?", "avoid", "the host's own pay"),
    ("How much PTO does {company} give you?", "avoid", "the host's own time off"),
    # avoid: basic research answers it
    ("What does {company} sell?", "avoid", "basic research"),
    ("When was {company} founded?", "avoid", "basic research"),
    ("Who runs {company} these days?", "avoid", "basic research"),
    ("How many employees does {company} have?", "avoid", "basic research"),
    ("Where are your offices located?", "avoid", "basic research"),
    ("What market is {company} in?", "avoid", "basic research"),
    ("Is {company} a public company?", "avoid", "basic research"),
    ("What products does your company make?", "avoid", "basic research"),
    ("What's the company's mission statement?", "avoid", "basic research"),
    ("How much revenue did {company} make last year?", "avoid", "basic research: annual report"),
    ("What services does your firm offer?", "avoid", "basic research"),
    ("Which countries does {company} operate in?", "avoid", "basic research"),
    # avoid: job-interview questions
    ("What is your greatest strength?", "avoid", "a job-interview question"),
    ("Where do you want to be in ten years?", "avoid", "a job-interview question"),
    ("Why should {company} hire someone like me?", "avoid", "a job-interview question, and a job ask"),
    ("Tell me about a time you failed.", "avoid", "a behavioural job-interview question"),
    ("How would you describe yourself in three words?", "avoid", "a job-interview question"),
    ("What are your long-term career goals?", "avoid", "a job-interview question"),
    ("What would your manager say is your biggest flaw?", "avoid", "a job-interview question"),
    ("Why did you quit your previous employer?", "avoid", "a job-interview question, and personal"),
    # avoid: mentor ask
    ("Would you think about mentoring me?", "avoid", "asks for mentoring"),
    ("Can you mentor me through my job search?", "avoid", "asks for mentoring"),
    ("I'm looking for a mentor — would you be up for it?", "avoid", "asks for mentoring"),
    ("Could we set up regular mentoring sessions?", "avoid", "asks for mentoring"),
    ("Would you be willing to coach me while I apply?", "avoid", "asks for ongoing coaching"),
    ("Can I check in with you every week as my mentor?", "avoid", "asks for mentoring"),
    # avoid: too personal, politics
    ("Is your wife also working?", "avoid", "too personal"),
    ("What year were you born?", "avoid", "too personal"),
    ("What do you think of the president?", "avoid", "politics"),
    ("Do you go to church?", "avoid", "too personal"),
    ("Do you plan to have kids?", "avoid", "too personal"),
    ("How much did you pay for your house?", "avoid", "private money"),
    ("Have you ever been fired?", "avoid", "too personal"),
    ("What's your stance on abortion?", "avoid", "politics"),
    ("Is your partner also in {industry}?", "avoid", "too personal"),
    ("Which way do you lean politically?", "avoid", "politics"),
    ("Do you have any health issues that affect your work?", "avoid", "too personal: health"),
    ("How much student debt did you graduate with?", "avoid", "private money"),
    ("Who did you vote for in the last election?", "avoid", "politics"),
    # weak: closed yes/no and leading
    ("Do you enjoy what you do?", "weak", "closed yes/no"),
    ("Is {company} a good place to work?", "weak", "closed yes/no"),
    ("Did you study {industry} in college?", "weak", "closed yes/no"),
    ("Is a master's degree necessary for this role?", "weak", "closed yes/no"),
    ("Do you enjoy working with clients?", "weak", "closed yes/no"),
    ("Was the switch from teaching difficult?", "weak", "closed yes/no"),
    ("Is it stressful?", "weak", "closed yes/no"),
    ("Have you always wanted to work in {industry}?", "weak", "closed yes/no"),
    ("Should I learn Python?", "weak", "closed yes/no"),
    ("Is the culture collaborative?", "weak", "closed yes/no"),
    ("Do you have to travel much?", "weak", "closed yes/no"),
    ("Would you pick this career again?", "weak", "closed yes/no"),
    ("Are bootcamps worth it?", "weak", "closed yes/no"),
    ("Don't you think remote work is the future?", "weak", "leading, closed"),
    ("Wouldn't you agree that startups teach you more than big companies?", "weak", "leading, closed"),
    ("You must love working here, right?", "weak", "leading, closed"),
    ("Isn't it true that most people in {industry} burn out fast?", "weak", "leading, closed"),
    # weak: vague
    ("Got any pointers for me?", "weak", "vague"),
    ("Tell me a bit about you.", "weak", "vague"),
    ("What's that like?", "weak", "vague"),
    ("Thoughts on the industry?", "weak", "vague"),
    ("Any thoughts?", "weak", "vague"),
    ("How is it?", "weak", "vague"),
    ("What are your thoughts?", "weak", "vague"),
    ("So, how's everything?", "weak", "vague"),
    # weak: several questions in one
    (
        "What do you do all day, who do you work with, and what tools do you use?",
        "weak",
        "three questions in one",
    ),
    ("How did you get started, and what would you do differently now?", "weak", "two questions in one"),
    ("What skills matter most? Which ones are hardest to learn?", "weak", "two questions in one"),
    ("Where did you study and did it help you get this role?", "weak", "two questions in one"),
    ("What's the team like, how big is it, and how is it structured?", "weak", "three questions in one"),
    ("What do you love about your work and what do you find frustrating?", "weak", "two questions in one"),
    ("How did you choose {industry}? And would you choose it again?", "weak", "two questions in one"),
    # weak: too long
    (
        "I was reading about how a lot of companies in {industry} are moving toward subscription models and I've also seen that some of them are going back to one-off licences because customers complained, so I was wondering, from where you sit at {company}, which way you think things will go over the next couple of years and why that might be?",
        "weak",
        "far too long for the host to follow",
    ),
    (
        "Since I studied biology but then spent three years in retail management and recently finished an online data course, and I'm now trying to figure out whether to aim for lab data work, health tech startups or something in public health analytics, what would you weigh first if you had my background and my constraints around moving cities?",
        "weak",
        "far too long for the host to follow",
    ),
    # ok: the host's job and day-to-day
    ("What does a typical day look like for you?", "ok", "day-to-day"),
    ("What takes up most of your time in a normal week?", "ok", "day-to-day"),
    ("Which parts of your job do you find most rewarding?", "ok", "insight into the job"),
    ("What's the hardest part of being a {role}?", "ok", "insight into the job"),
    ("What surprised you most when you started this job?", "ok", "TIARA insight"),
    ("How do you measure success in your role?", "ok", "the host's job"),
    ("What tools do you rely on day to day?", "ok", "day-to-day"),
    ("Who do you work with most closely?", "ok", "day-to-day"),
    ("How much of your work is collaborative versus independent?", "ok", "day-to-day"),
    ("What part of your job would you happily give away?", "ok", "insight into the job"),
    ("how did you get into ux research", "ok", "career path, casual wording"),
    ("What does your job involve that outsiders don't expect?", "ok", "insight into the job"),
    # ok: career path
    ("How did you end up in {industry}?", "ok", "career path"),
    ("What made you decide to move from engineering into product?", "ok", "career path"),
    ("Looking back, what experience prepared you best for this job?", "ok", "career path"),
    ("What would you do differently if you were starting your career today?", "ok", "career path, advice"),
    ("How did your first job shape where you are now?", "ok", "career path"),
    ("What skills did you have to learn on the job?", "ok", "career path"),
    ("Could you walk me through how you got into {industry}?", "ok", "career path, polite open request"),
    ("What was the biggest turning point in your career?", "ok", "career path"),
    ("What did you find hardest about changing careers?", "ok", "career path"),
    ("What made you choose {company} over other offers?", "ok", "career decision"),
    (
        "What did your job search look like when you were starting out?",
        "ok",
        "career path, names 'job search'",
    ),
    # ok: the company and its culture
    ("How would you describe the culture on your team?", "ok", "company culture"),
    ("What kind of person thrives at {company}?", "ok", "company culture"),
    ("How does your team decide what to work on next?", "ok", "how the company works"),
    ("In what ways has {company} changed since you started there?", "ok", "company, insider view"),
    ("What do new hires usually find hardest in their first months here?", "ok", "company culture"),
    ("How do people get feedback on their work at {company}?", "ok", "company culture"),
    ("What does {company} do well that outsiders don't see?", "ok", "company, insider view"),
    ("How does your team work with the sales side?", "ok", "how the company works"),
    ("whats the best part of working at {company}", "ok", "company, casual wording"),
    ("How do you approach hiring when you build your team?", "ok", "the host's experience of hiring"),
    # ok: industry and trends
    ("What trends are shaping {industry} right now?", "ok", "TIARA trend"),
    ("Which changes in {industry} worry you most?", "ok", "TIARA trend"),
    ("How is AI changing the work you do?", "ok", "TIARA trend"),
    (
        "Where do you see {industry} heading over the next five years?",
        "ok",
        "trend: five years about the industry, not an interview question",
    ),
    ("What new skills will people in {industry} need soon?", "ok", "trend"),
    ("Which companies are doing interesting work in this space?", "ok", "industry"),
    # ok: advice
    ("If you were in my shoes, what would you do next?", "ok", "TIARA advice"),
    ("What would you focus on if you were just starting out in {industry}?", "ok", "advice"),
    ("What do you wish someone had told you before you started?", "ok", "advice"),
    ("What can I do now to become a stronger candidate for roles like yours?", "ok", "advice, not a job ask"),
    ("Which of my experiences would transfer best to this field?", "ok", "advice"),
    ("What mistakes do career changers often make in {industry}?", "ok", "advice"),
    (
        "How would you suggest I build experience before I have a job in the field?",
        "ok",
        "advice, names 'job'",
    ),
    (
        "What advice would you give someone applying for their first internship in {industry}?",
        "ok",
        "advice, names 'internship'",
    ),
    ("What do hiring managers in {industry} look for in junior candidates?", "ok", "advice, names 'hiring'"),
    # ok: resources and who else
    ("What should I read to learn more about {industry}?", "ok", "TIARA resources"),
    ("Which professional associations are worth joining?", "ok", "resources"),
    ("What courses or certifications actually matter in your field?", "ok", "resources"),
    ("Which events or conferences would you recommend I attend?", "ok", "resources"),
    ("Who else would be good for me to talk to?", "ok", "closing: who else"),
    # ok: assignments
    ("What project are you proudest of?", "ok", "TIARA assignments"),
    ("What's the most interesting problem you've worked on recently?", "ok", "TIARA assignments"),
    ("Which assignment taught you the most?", "ok", "TIARA assignments"),
    # ok: acceptable pay and hours, hiring seasons
    (
        "What's a typical starting salary for a junior {role}?",
        "ok",
        "the field's starting salary is acceptable",
    ),
    (
        "What salary range is realistic for a first role in {industry}?",
        "ok",
        "the field's starting salary is acceptable",
    ),
    (
        "What does a typical week look like in terms of hours during busy season?",
        "ok",
        "typical week's hours is acceptable",
    ),
    ("How flexible are working hours in this field generally?", "ok", "hours and flexibility in the field"),
    ("When in the year do firms in {industry} usually recruit new graduates?", "ok", "hiring seasons (seed)"),
    ("How do most people get their first job in this field?", "ok", "career path in the field"),
    ("What does the career path from {role} usually look like?", "ok", "career path in the field"),
    ("How do you balance work with the rest of your life?", "ok", "a little personal but professional"),
    # ok: closing asks
    ("May I stay in touch as I explore the field?", "ok", "closing: may I reach out again"),
    ("Would it be alright if I followed up with you in a few weeks?", "ok", "closing: may I reach out again"),
    ("Could I get your business card?", "ok", "closing: a business card (seed)"),
]
