# ruff: noqa: E501 -- the lexicons read best one concept to a line
"""Cue and frame rules for the question reviewer: what a question is about (a concept from a small
lexicon: hiring, pay, private life…) and how it is put (a frame: who would benefit, who owns the thing,
a request to the host, a learning question about the field). Either alone says little — "job" is in
good questions and bad ones — together they say what the question asks for.

Each function takes text from `frame_text()` (lower case, contractions spelt out, texting and common
misspellings mended, punctuation other than "?" dropped) and returns the cue it found as a short
phrase for the reason's message, or None. The last section puts other shapes of a question back in
question order for the same rules (a question inside "can you tell me…", a statement ending in its
question word, statement word order) and reads questions of a word or two. Everything is a compiled
regular expression: no model, no network, fast enough for thousands of questions a second.

The word lists were grown on labelled rows (tests/reviewer_variants.py and the sets in
tests/test_reviewer.py); bench/README.md records how each set was measured before it was used.
"""

import re

# --- Normalising ----------------------------------------------------------------------------------
_CONTRACTIONS = [
    (
        re.compile(
            r"\b(what|who|where|how|that|it|there|here|when|why|which|everything|nothing|something)'s\b"
        ),
        r"\1 is",
    ),
    (re.compile(r"\bcan't\b"), "can not"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bshan't\b"), "shall not"),
    (re.compile(r"\b(\w+)n't\b"), r"\1 not"),
    (re.compile(r"\b(\w+)'re\b"), r"\1 are"),
    (re.compile(r"\b(\w+)'ve\b"), r"\1 have"),
    (re.compile(r"\b(\w+)'ll\b"), r"\1 will"),
    (re.compile(r"\b(i|you|we|they|he|she|it|who|that|there)'d\b"), r"\1 would"),
    (re.compile(r"\bi'm\b"), "i am"),
]
# Texting, spellings and common misspellings, one word for one concept.
_WORDS = {
    "u": "you",
    "ya": "you",
    "ur": "your",
    "yr": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "wanna": "want to",
    "gonna": "going to",
    "gimme": "give me",
    "lemme": "let me",
    "im": "i am",
    "whats": "what is",
    "hows": "how is",
    "wheres": "where is",
    "whos": "who is",
    "dont": "do not",
    "didnt": "did not",
    "cv": "resume",
    "cvs": "resumes",
    "résumé": "resume",
    "résumés": "resumes",
    "resumé": "resume",
    "curriculum vitae": "resume",
    "referal": "referral",
    "referals": "referrals",
    "refered": "referred",
    "intership": "internship",
    "interships": "internships",
    "oppertunity": "opportunity",
    "oppurtunity": "opportunity",
    "opportunites": "opportunities",
    "posistion": "position",
    "postion": "position",
    "salery": "salary",
    "sallary": "salary",
    "comapny": "company",
    "compnay": "company",
    "hirring": "hiring",
    "reccomend": "recommend",
    "recomend": "recommend",
    "mentorship": "mentoring",
    "y'all": "you",
    "yall": "you",
    "neighborhood": "neighbourhood",
    "organization": "organisation",
    "hr": "hr",
}
_WORD_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)) + r")(?![\w'])"
)
_PUNCT = re.compile(r"[^\w\s?{}'&$£€%/-]+")
_SPACES = re.compile(r"\s+")


def frame_text(q: str) -> str:
    """The lower-cased question (already without curly quotes) put in one spelling for the cue rules."""
    q = q.replace("c.v.", "cv").replace("&", " and ")
    if "'" in q:
        for pattern, repl in _CONTRACTIONS:
            q = pattern.sub(repl, q)
    q = _WORD_RE.sub(lambda m: _WORDS[m.group(0)], q)
    q = q.replace("you guys", "you").replace("you all", "you")
    q = _PUNCT.sub(" ", q)
    return _SPACES.sub(" ", q).strip()


def _r(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _one_boundary(branches: list[str]) -> re.Pattern:
    """One pattern for a rule's list of branches, the leading word boundary shared: with a boundary in each
    branch Python's engine tries every branch at every position; shared, it skips to where a word starts."""
    bounded = [b[2:] for b in branches if b.startswith(r"\b")]
    rest = [b for b in branches if not b.startswith(r"\b")]
    return re.compile(
        "|".join([r"\b(?:" + "|".join(f"(?:{b})" for b in bounded) + ")"] + [f"(?:{r})" for r in rest])
    )


def _found(m: re.Match | None) -> str | None:
    return m.group(0).strip() if m else None


# --- Frames shared by several rules ---------------------------------------------------------------
# A request to the host to act: "could you…", "any chance…", "is there a way…", "I'd love…".
_REQUEST = _r(
    r"^(?:so |and |also |ok |okay |hi |hey |um |please )*(?:could|can|would|will|might|may) you\b"
    r"|^(?:so |and |please )*(?:do|would) you mind\b"
    r"|\b(?:any chance|is there (?:any|a) (?:way|chance)|would it be possible|is it possible|is that possible|"
    r"would that be possible|i would (?:really )?love|i would (?:really )?like|i am hoping|i was hoping|"
    r"i hope you|please|let me know|keep an eye out|if you could|if you can|you could|can you|could you|"
    r"would you be (?:willing|open|able|comfortable|happy)|happy to|i was wondering if|i wonder if|any way you|"
    r"possible for you to|willing to|open to|up for|would you mind|do you mind|mind if|feel free to|could i possibly|"
    r"(?:would|will|could) you (?:think of|remember|consider|keep|put|pass|send|let)|if you are (?:comfortable|willing|"
    r"open|happy|able|ok|okay)|if that is (?:ok|okay|possible|alright))\b"
)
# The host taking their own view: the question asks what they think, not for them to act.
_HOSTS_VIEW = _r(
    r"\b(?:do|would|did) you (?:think|say|agree|reckon|believe|feel|suggest)\b(?! (?:that )?you (?:could|can|would|might)\b| (?:of|about) me\b)"
    r"|\bin your (?:view|opinion|experience)\b"
)
# The host, or the host's employer, as the place or the person: "your team", "{company}", "with you".
_HOSTS_SIDE = _r(
    r"\byour (?:team|company|firm|group|department|dept|org|organisation|office|side|employer|business|unit|"
    r"division|practice|agency|studio|lab|startup|boss|manager|director|lead|recruiters?|hr|people|hiring manager|"
    r"graduate scheme|graduate programme|graduate program|internship programme|internship program|place|shop)\b"
    r"|\{company\}|\b(?:with|for|through|under|by|at) you\b|\bhere\b|\byou (?:hire|take on|bring on|have)\b"
    r"|\b(?:the|this) (?:team|company|firm|group|department|office) you are (?:on|in|at|with|part of)\b|\bwhere you work\b"
    r"|\byour budget\b"
)
# Words that make "your" generic: "roles like yours", "someone in your position" asks about a kind of person.
_GENERIC_YOURS = _r(r"\b(?:like|as|than) (?:yours|you|your \w+)\b|\bsuch as yours\b")
# Words that tell the host what to talk about, not what to give the asker: "tell me about the roles".
_TALK_TO_ME = _r(
    r"\b(?:tell|show|walk|teach|remind|give|explain to|help) me (?:about|how|what|why|which|where|when|who|"
    r"more|through|a sense|an idea|an example|a bit|a little|your|advice|tips?|pointers|feedback on how|the best way)\b|\b(?:can|could|may|might) i ask\b|"
    r"\bif you do not mind me asking\b|\bhelp me understand\b|\bfor me to (?:talk|speak|meet|learn|read|look|practise|"
    r"practice|prepare|study|build|improve|get better|get ready|understand|explore|think|start|train|try|test|develop)\b"
    r"|\b(?:share|describe|explain|outline|sketch|summari[sz]e|clarify|spell out|break down|paint|lay out)(?: \w+){0,2} "
    r"(?:with|for|to) me\b|\b(?:tell|explain to|describe to|show) me\b(?= (?:how|what|why|which|where|when|who)\b)"
    r"|\bi would (?:love|like) to (?:hear|know|learn|understand)\b"
)


def talk_removed(q: str) -> str:
    """The question without the words that only ask the host to talk ("could you tell me how…", "share with
    me…"): what is left says what the question is about."""
    return _TALK_TO_ME.sub(" ", q)


# --- Asking for a job, an internship, a referral or job leads -------------------------------------
_HIRING_NOUN = (
    r"(?:jobs?|roles?|positions?|openings?|vacanc(?:y|ies)|spots?|opportunit(?:y|ies)|internships?|"
    r"placements?|apprenticeships?|traineeships?|graduate (?:scheme|programme|program|intake|role|job|position)s?|"
    r"(?:an|any|the|job|an? \w+) offers?|interviews?|headcount|gigs?|hiring managers?|recruiters?|recruitment|recruiting|hr|talent team|"
    r"referrals?|references?|recommendations?|foot in the door|room (?:for|on)|a place (?:for|on|in)|shortlist|"
    r"(?:freelance|contract|contracting|paid|part-time|part time|full-time|full time|temp|summer|project|consulting) work|"
    r"work for me|need (?:any |more |extra |some )?(?:help|people|hands|staff|someone)|visa|trial (?:day|shift|period|week|project|task|run)|test project|paid trial|careers? (?:page|site)|job boards?|"
    r"job listings|"
    r"work trial|work experience|shadowing (?:day|week)|job shadow|short-staffed|short staffed|understaffed|getting hired|"
    r"being hired|hired|getting in at|get in at|getting in with|in at|(?:a|another|new|one more) (?:\w+ )?hire|space (?:on|in|for)|job (?:posts?|postings?|listings?|ads?)|requisitions?|"
    r"slots?|seats? on|(?:a|any|some) contracts?|secondments?|fellowships?|residency|co-op|coop|work placement|talent pool|pipeline|"
    r"assessment cent(?:re|er)|interview slots?|cover letters?|applications?)"
)
# Material for an application, moved towards the host's side: "pass my resume along".
_MY_MATERIAL = _r(
    r"\b(?:pass|passing|forward|forwarding|send|sending|share|sharing|hand|handing|give|giving|get|getting|put|putting|"
    r"show|showing|flag|flagging|circulate|circulating|take|taking|mention|mentioning|drop|dropping|submit|submitting|"
    r"push|pushing|fast track|fast-track|walk|bring|bringing|slip|sneak|route|email|e-mail|emailing)"
    r"(?!(?: \w+)? (?:on|in|into|onto|for|from|about|with|to improve|to strengthen) my)(?: \w+){0,2}? my "
    r"(?:\w+ )?(?:resume|resumes|application|applications|portfolio|name|details|profile|info|information|"
    r"linkedin|cover letter|work|candidacy)\b"
    r"|\bmy (?:resume|application|portfolio|candidacy|name|profile|cover letter)(?: \w+){0,3} "
    r"(?:along|on|over|forward|through|in front of|onto|into|to (?:your|the|a|someone|whoever|hr|recruit))\b"
    r"|\b(?:use|mention|drop) your name\b"
    r"|\b(?:back|support|endorse|champion|look at|review|consider|flag|prioriti[sz]e) my (?:application|candidacy|file|"
    r"submission)\b"
    r"|\b(?:be|become|act as) (?:one of )?my (?:references|referees|reference|referee)\b"
    r"|\blet (?:your |the )?(?:boss|manager|hr|recruiters?|team|director|lead|hiring manager) know (?:i am|about me|that i)\b"
    r"|\b(?:skip|bypass|get around|jump|avoid|go around|cut) (?:the )?(?:online |formal |usual |whole )?"
    r"(?:application|applications|application process|hiring process|recruiting process|queue|line|portal)\b"
    r"|\bsponsor my visa\b"
    r"|\b(?:who|whom) (?:should|could|can|do) i (?:email|e-mail|contact|send (?:\w+ ){0,2}to|write to|apply to|apply through|"
    r"submit (?:\w+ ){0,2}to) (?:about|for|regarding) (?:jobs|roles|openings|positions|internships|vacancies|hiring|a job|"
    r"a role|an internship)\b"
    r"|\b(?:pass|forward|send|share|hand|give|show|circulate|email|e-mail|introduce) (?:this|it|that|me|my \w+|this \w+|"
    r"these) (?:\w+ )?(?:along |on |over )?to (?:your|the|a|someone on the|someone in) (?:\w+ )?(?:hiring|recruiting|"
    r"recruitment|talent|people|hr)(?: \w+)?\b"
)
# The host acting on the asker: "hire me", "recommend me for", "keep me in mind", "bring me on".
_ACT_ON_ME = _r(
    # Verbs that are about hiring whatever follows: "hire me", "consider me", "vouch for me".
    r"\b(?:hire|hiring|employ|employing|recruit|recruiting|nominate|nominating|shortlist|shortlisting|interview|"
    r"interviewing|vouch for|vouching for|put in a (?:good |kind )?word for|speak up for|put forward|consider|"
    r"considering|fast track|fast-track|back|backing|champion|championing) me\b"
    r"|\b(?:pull|pulling) (?:a few |some |any )?strings\b|\bopen (?:some |a few |any )?doors for me\b"
    r"|\bvouch(?:ing)? for my\b|\b(?:list|listing|name|naming|put|putting) you (?:down )?as (?:a |my |one of my )?(?:reference|referee|"
    r"someone who)"
    r"|\b(?:take|taking) a (?:chance|punt|gamble|risk) on me\b|\b(?:bet|gamble) on me\b"
    r"|\b(?:endorse|speak for|put in for|sign me up for|pass me along|slot me in|pencil me in for) me\b"
    r"|\bconsider(?:ing)? (?:someone|a person|people|candidates?|applicants?|an applicant) (?:with my|like me)\b"
    r"|\b(?:interested in|open to|keen on|looking for) (?:someone|somebody|people|a person|candidates?|an? \w+) (?:like me|with my)\b"
    r"|\b(?:are you able to|can you|could you|would you|will you|do you ever) (?:refer|recommend|vouch for|put forward) "
    r"(?:people|someone|candidates|anyone|others)\b"
    r"|\b(?:mention|mentioning|talk|talking) me (?:up|to)\b|\bspeak to (?:\w+ ){0,2}about me\b"
    r"|\bask (?:you )?for (?:a |an |your )?(?:referral|reference|recommendation|job|internship|interview|position|role)\b"
    r"|\b(?:mention|say|tell|let \w+ know)(?: \w+){0,4} (?:that )?i am (?:available|looking|interested|on the market|"
    r"job hunting|job-hunting|free)\b"
    r"|\b(?:speak|talk|put in a word|reach out|write|ask|vouch|advocate)(?: \w+){0,4} on my behalf\b"
    r"|\b(?:get|be|stay|keep me|put me|getting) on (?:your|the team's|the team s) radar\b"
    r"|\bput my name (?:down|forward|in)\b|\badd me to (?:the |your )?(?:list|shortlist|pipeline|talent pool|candidates)\b"
    r"|\b(?:ping|tell|alert|notify|text|email|message|loop) me (?:in )?(?:(?:when|if|as soon as|once|whenever) (?:a |an |any |the )?"
    r"|about (?:any |new |upcoming |open )(?:\w+ )?)"
    r"(?:new )?(?:\w+ )?(?:role|job|opening|position|vacancy|spot|internship|roles|jobs|openings|positions|vacancies)"
    r"|\bgive me (?:a|my) (?:shot|chance|go|try|break)\b|\bsend (?:\w+ ){0,2}(?:openings|jobs|roles|postings|vacancies|"
    r"leads) my way\b|\bhook me up with\b(?: \w+){0,3} (?:recruit|hr|hiring|job|role|position|interview)"
    r"|\b(?:give|offer|get|find|line up|set up|arrange|land|secure|sort|save|hold|create|make) me "
    r"(?!(?:about|on|advice|tips|feedback|a sense|an idea|a tip|pointers|some advice|an overview)\b)(?:a |an |the |any |some )?"
    r"(?:\w+ ){0,2}" + _HIRING_NOUN + r"\b"
    r"|\bput me (?:forward|up for)\b"
    r"|\brefer(?:ring)? me\b(?! to (?:a|an|some|any|books?|resources?|someone|people|others?|other people|"
    r"anyone|the right people)\b)"
    # Everyday verbs that are about hiring only with what follows: "take me on", "keep me in mind".
    r"|\b(?:keep|keeping|take|taking|bring|bringing|get|getting|sign|signing|slot|slotting|squeeze|fit|have|having|"
    r"put|putting) me (?:on board|aboard|onto|in mind|(?:in|on|into) (?:at|as|for|with|to|your|the team|the team's)|"
    r"on(?: \w+)? (?:as|for|at|your|the team)|in(?:to)? (?:\{company\}|your)|on$|in$|"
    r"for (?:\w+ ){0,3}"
    + _HIRING_NOUN
    + r"|as (?:an? |your )?(?:intern|trainee|apprentice|employee|hire|junior|"
    r"contractor|new hire|analyst|graduate))"
    r"|\brecommend(?:ing)? me\b(?! (?:a|an|some|any|one|two|three|good|great|the best|books?|courses?|resources?|"
    r"people|someone|places|podcasts?|sites?|websites?|blogs?|newsletters?|tools?|where|what|how|who|which)\b)"
    r"|\b(?:tell|telling|mention|mentioning|introduce|introducing)(?: \w+){0,3} (?:hiring managers?|recruiters?|hr|"
    r"boss|manager|director|lead|team) (?:about|to) me\b"
    r"|\b(?:introduce|introducing|connect|connecting|put) me (?:to|with|in touch with) (?:[\w']+ ){0,4}?"
    r"(?:hiring|recruiters?|recruiting|recruitment|hr|talent|human resources|hires)\b"
)
# The asker as the one hired: "can I be considered", "for me to get hired at {company}".
_I_GET_HIRED = _r(
    r"\b(?:i|me) (?:\w+ ){0,5}(?:be|being|get|getting|got) (?:hired|considered|shortlisted|interviewed|referred|"
    r"recommended|taken on|brought on|brought in|onboarded|a job|a role|a position|an offer|an interview|"
    r"an internship|a placement|a spot|a foot in)\b"
    r"|\b(?:(?:i|we) (?:could|can|might|may)|(?:could|can|might|may) (?:i|we)) (?:apply|intern|join|work|start|shadow|"
    r"come on board|do (?:a |an |some )?(?:trial|test|paid|unpaid|free|project)\w*|help out)(?: \w+){0,4} "
    r"(?:your|with you|for you|under you|through you|alongside you|beside you|next to you|here|\{company\})"
    r"|\bme (?:get|break) (?:in|into|in at|in with)\b"
    r"|\b(?:if|once|when|after) i (?:join|joined|came on board|come on board|got hired|get hired|started at|start at|"
    r"worked for|work for|was hired|am hired)\b"
    r"|\b(?:(?:i|me) (?:could|can|might|may|to)|(?:could|can|might|may|should|do|would) i) (?:get|land|have|secure|be given|"
    r"snag|grab) (?:a |an |the |any |some |my )?"
    r"(?:\w+ ){0,2}" + _HIRING_NOUN + r"\b"
)
# The asker wanting in, said to someone who could help: "I'm hoping to join {company} — could you help?"
_I_WANT_IN = _r(
    r"\bi am (?:currently |actively )?(?:looking|searching|hunting) for (?:work|a job|a role|a position|an internship|"
    r"employment|opportunities|a placement)\b|"
    r"\bi (?:\w+ ){0,3}(?:hoping|hope|want|wanting|would like|would love|keen|trying|looking|aiming|planning|dream|"
    r"dying|desperate) to (?:join|work (?:at|for|with|on|in)|get (?:into|in at|in with|hired)|intern|be part of|"
    r"come on board|land (?:a|an) \w+ (?:at|with|on))\b"
)
_HIRING_NOUN_RE = _r(r"\b" + _HIRING_NOUN + r"\b")
# The asker as the one who would get it: "for me", "someone like me", "my background", "suit me".
_FOR_ME = _r(
    r"\b(?:for|to|like) me\b|\bme (?:in|on|onto|into)\b|\b(?:suit|suits|fit|fits|match|matches) me\b|"
    r"\bmy (?:background|experience|profile|skills|skill set|application|candidacy|resume)\b|\bme\b|"
    r"\b(?:could|can|may|might) i (?:be the first|hear|be told|be notified|be considered|be kept|know)\b|"
    r"\bi am (?:interested|available|keen|looking|applying|open|free|ready)\b|\bif i\b|\bwhen i apply\b|"
    r"\bmy (?:chances|odds|shot|prospects)(?: are| would be| might be)? (?:of|at)\b|\b(?:think of|remember|think about) me\b|\bi (?:could|can) (?:help|pitch in|step in|fill in|cover)\b|\bi would (?:jump at|take it|be up for it)\b|"
    # The asker wanting or getting the thing: "I'd love an internship with you", "for I to land an offer".
    r"\bi (?:would |really |am |\w+ ){0,6}?(?:like|love|want|need|looking for|after|hoping for|get|land|secure|snag|"
    r"appreciate|welcome|be grateful for)"
    r" (?:to (?:get|land|have|secure|join|do) )?(?:a|an|the|some|any|into|onto|on)\b"
)
# A yes/no question about the host's employer taking people on: "is your department bringing on analysts?"
_EMPLOYER_TAKING_ON = _r(
    r"^(?:so |and |also )?(?:is|are|will|would|does|do|has|have|might|could)\b(?: (?!how|what|why|which|who|where|when)\w+){0,4}? "
    r"(?:your\b|\{company\}|you\b)(?: (?!how|what|why|which|who|where|when)[\w']+){0,3}? (?:hiring|recruiting|taking on|bringing on|bringing in|"
    r"has budget for|have budget for|has headcount|have headcount|open to (?:taking|hiring|bringing|adding)|"
    r"open to (?:interns|graduates|grads|juniors|applications|applicants|new hires|career changers)|"
    r"(?:use|need|needs) (?:an? )?(?:extra|another|spare) (?:pair of hands|person|hand|junior|analyst|designer|developer)|"
    r"(?:need|needs|require|requires) (?:an? |another |more |any |extra |some )(?:\w+ )?(?:junior|intern|graduate|hire|"
    r"designer|developer|analyst|engineer|assistant|help|people|person|staff)s?|"
    r"taking (?:on )?someone|room (?:\w+ ){0,3}for (?:an? )?(?:extra |new |another |more )?(?:junior|grad|graduate|intern|"
    r"trainee|hire|person|people|someone)|"
    r"adding|growing the team|looking for|looking to hire|on the lookout for|expanding|take on|bring on|hire|recruit|"
    r"(?:take|taking) (?:on )?(?:a |an |any )?(?:\w+ )?(?:student|intern|graduate|trainee|apprentice|placement|junior)s?\b|"
    r"(?:taking|accepting|bringing in|considering) (?:on )?(?:any |new |more )?(?:interns|graduates|grads|juniors|"
    r"trainees|apprentices|new people|new hires|students|applications|applicants|freelancers|contractors))\b"
)
# Job leads: openings that are, or will be, open somewhere the host can see.
_OPEN_NOW = _r(
    r"\b" + _HIRING_NOUN + r" (?:\w+ ){0,3}(?:open|available|going|coming up|opening up|opens up|open up|"
    r"free|frees up|becomes available|come up|comes up)\b"
    r"|\b(?:opens|open|opening|comes|come|coming|frees|free) up\b"
    r"|\b(?:anything|something|any) (?:\w+ )?(?:open|available|going)\b"
    r"|\b(?:anything|something|a place|a spot|space|work) (?:\w+ ){0,2}for (?:me|someone like me|an? (?:\w+ ){0,3}like me)\b"
    r"|\b(?:any |a |some )?(?:chance|possibility|hope|prospect) (?:of|for) (?:a |an |any |getting (?:a |an )?)?(?:\w+ )?"
    r"(?:internship|job|role|position|opening|placement|spot|interview|referral|offer)s?\b"
)
_ABOUT_THE_FIELD = _r(
    r"\b(?:in|across) (?:the|this|that|your|my|a) (?:field|industry|sector|market|area|space|line of work)\b|"
    r"\{industry\}|\bgenerally\b|\busually\b|\btypically\b|\bmost (?:people|companies|firms|teams)\b"
)
_CLOSED_START = _r(
    r"^(?:so |and |also |ok |okay |hi |hey |um |please )*(?:do|does|did|is|are|was|were|have|has|had|can|could|"
    r"will|would|should|shall|might|may|am)\b"
)
_AS_MENTEE = _r(r"\bas (?:a |an |your )?(?:mentee|protege|protégé)\b")
_CAPACITY_FOR_HIRE = _r(
    r"\b(?:room|budget|space|headcount|capacity|need|needs)\b(?: \w+){0,5} (?:for|to (?:hire|take on|add|bring on)) "
    r"(?:an? |another |one more |some )?(?:extra |new |more |additional )?(?:junior|grad|graduate|intern|trainee|apprentice|"
    r"hire|person|people|someone|analyst|developer|designer|starter|engineer|assistant)s?\b"
)
# "Has {company} been hiring a lot lately?" asks about a trend, not for a lead.
_HIRING_TREND = _r(
    r"\b(?:a lot|much|many|lately|recently|more|less|fewer|these past|over the (?:past|last)|compared|since|slowed|"
    r"during|in general|still growing)\b|\bbeen (?:hiring|recruiting)\b"
)
_MY_CHANCES = _r(r"my (?:chances|odds|shot|prospects)")
_MAY_I = _r(r"^(?:so |and |also |ok |okay |um )*(?:can|could|may|might) i\b")
_OPEN_START = _r(r"^(?:so |and |also |ok |okay |um )*(?:what|how|why|which|who|whom|whose|where|when)\b")


def hiring_trend(n: str) -> bool:
    """ "Has {company} been hiring a lot lately?" asks about the market, not for a lead."""
    return bool(_HIRING_TREND.search(n))


# "What would it take to get a role with you?": the asker's way onto the host's side.
_WHAT_IT_TAKES = _r(
    r"\bwhat (?:would|does|will) it take (?:for me |for someone like me )?to (?:get|land|join|be hired|get hired|be taken on)"
)
# "Could this chat lead to a job?": the conversation turned into a way in.
_LEADS_TO_JOB = _r(
    r"\b(?:lead|turn|convert|grow)(?: \w+)? (?:in)?to (?:a |an |any )?(?:\w+ )?(?:job|role|position|internship|offer|interview|"
    r"opening|placement)s?\b"
)
# "Who decides on hiring on your team, and could you introduce me?": an introduction asked for in a hiring context.
_INTRODUCE_ME = _r(r"\b(?:introduce|connect|put) me(?: (?:to|with|in touch))?\b")
_HIRING_CONTEXT = _r(
    r"\b(?:hiring|hire|hires|recruit\w*|hr|jobs?|roles?|openings?|positions?|vacanc\w+|internships?)\b"
)


def job_ask(n: str) -> str | None:
    """A hiring concept with the asker as the one who would get it, or the host asked to act on it."""
    m = _WHAT_IT_TAKES.search(n)
    if m and _HOSTS_SIDE.search(_GENERIC_YOURS.sub(" ", n)) and not _ABOUT_THE_FIELD.search(n):
        return m.group(0)
    m = _LEADS_TO_JOB.search(n)
    if m and (_REQUEST.search(n) or _CLOSED_START.search(n) or re.search(r"\bi (?:am )?hop(?:e|ing)\b", n)):
        return m.group(0)
    m = _INTRODUCE_ME.search(n)
    if m and _REQUEST.search(n) and _HIRING_CONTEXT.search(n) and not _ABOUT_THE_FIELD.search(n):
        return m.group(0)
    for pattern in (_MY_MATERIAL, _ACT_ON_ME):
        m = pattern.search(n)
        if m and not (pattern is _ACT_ON_ME and _AS_MENTEE.search(n)):  # "take me on as a mentee": mentoring
            return m.group(0)
    talk = _TALK_TO_ME.sub(" ", n)
    specific = _GENERIC_YOURS.sub(" ", talk)
    host_side = _HOSTS_SIDE.search(specific)
    want_in = _I_WANT_IN.search(n)
    if want_in and _REQUEST.search(n):
        return want_in.group(0)
    # "for me to get hired at {company}" asks; "how could I get a job in {industry}?" asks for advice, and
    # "do you think someone like me could get a job?" for the host's view.
    m = _I_GET_HIRED.search(n)
    if m and (host_side or _REQUEST.search(n) or _MAY_I.search(n)) and not _ABOUT_THE_FIELD.search(specific):
        if host_side or not _HOSTS_VIEW.search(n):
            return m.group(0)
    noun = _HIRING_NOUN_RE.search(talk)
    for_me = _FOR_ME.search(specific)
    asking = _REQUEST.search(specific) or _MAY_I.search(n)
    # An open question ("what would make my application stand out at {company}?") asks for advice unless the
    # asker's own chances are what it asks about.
    open_question = _OPEN_START.search(n) and not (for_me and _MY_CHANCES.match(for_me.group(0)))
    if noun and for_me and ((host_side and not open_question) or (asking and not _HOSTS_VIEW.search(n))):
        return noun.group(0) + " … " + for_me.group(0)
    # Job leads, asked as a yes/no or a request: "anything open on your team?", "let me know if a spot opens up".
    open_now = _OPEN_NOW.search(talk)
    if open_now and not _ABOUT_THE_FIELD.search(talk) and (noun or for_me or host_side):
        if _CLOSED_START.search(n) or _REQUEST.search(n) or not _OPEN_START.search(n):
            if host_side or _REQUEST.search(n) or for_me:
                return open_now.group(0)
    # "Is there any room in your budget for an extra junior?": the host's side having room for a hire.
    m = _CAPACITY_FOR_HIRE.search(n)
    if m and host_side and _CLOSED_START.search(n) and not _HIRING_TREND.search(n):
        return m.group(0)
    m = _EMPLOYER_TAKING_ON.search(n)
    if m and not _ABOUT_THE_FIELD.search(n) and not _HOSTS_VIEW.search(n) and not _HIRING_TREND.search(n):
        return m.group(0)
    return None


# --- The host's own pay, benefits and time off ----------------------------------------------------
_PAY = _r(
    r"\b(?:salary|salaries|pay|paid|paying|pays|paycheck|paycheque|payslip|pay slip|compensation|comp|"
    r"total comp|income|wages?|earn|earns|earned|earning|earnings|bonus|bonuses|equity|stock|stocks|shares|"
    r"stock options|share options|stock grant|rsus?|raise|pay rise|pay bump|benefits|benefit package|package|"
    r"perks|pto|paid time off|time off|days off|weeks off|401k|401 k|pension|insurance|health plan|dental|"
    r"take home|take-home|bring home|overtime|day rate|hourly rate|day rates|hourly rates|commission|commissions|six figures|six-figure|"
    r"seven figures|sabbatical|sabbaticals|per diem|tips|profit share|profit sharing|profit-sharing|share scheme|"
    r"bonus scheme|pay grade|salary band|pay band|pay scale|after tax|before tax|per annum|a grand|company phone|"
    r"company laptop|phone allowance|on-call pay|shift allowance|equity stake|vesting|vested|tc|ote|"
    r"base pay|base salary|variable pay|joining bonus|refreshers?|increments?|merit increase|salary bump|"
    r"golden handcuffs|vision plan|401k match|retirement plan|commuter benefits|meal allowance|wellness budget|"
    r"learning budget|cost of living raise|ctc|cost to company|leaves|hike|appraisal)\b"
    r"|\b(?:parental|maternity|paternity|sick|annual|paid|study|family|vacation|holiday) (?:leave|days|time|allowance|pay)\b"
    r"|\b(?:days|weeks) (?:of )?(?:leave|holiday|vacation)\b"
    r"|\bhow (?:much|many) (?:\w+ )?(?:leave|leaves|holidays?|vacations?|vacation days)\b"
    r"|\b(?:make|making|made) (?:a year|per year|a month|an hour|annually|good money|decent money|money|six figures|"
    r"\$|£|€|\d)"
    r"|\b(?:how much|what) (?:are|do|did|does|were) you (?:make|making|earn|earning|pull in|pulling in|bring in|"
    r"take home|get paid|bank|banking|pull|clear|gross|net|pocket)\b"
    r"|\byou (?:bank|clear|gross|net|pocket|pull in) (?:a year|per year|a month|annually|each year|every year)\b"
    r"|(?<!you )\b(?:cover|covers|covered|reimburse|reimburses|subsidi[sz]e|subsidi[sz]es|pay for|pays for) your\b"
    r"|\b(?:spend|spends|spent|invest|invests|invested) (?:\w+ ){0,2}on your (?:training|education|development|courses|"
    r"learning|travel|phone|equipment)\b"
    r"|\byour (?:\w+ )?offer (?:look|looked|include|included|was|come with|came with|like)\b"
    r"|\bhow much are you on\b|\bwhat are you on\b|\b(?:how much|what) do you charge\b|\byour (?:yearly|annual|monthly|weekly) (?:take|haul)\b"
    r"|\b(?:company car|car allowance|free (?:lunch|lunches|food|meals|snacks|drinks|breakfast)|gym|stipend|allowance|"
    r"expense account|tuition reimbursement|childcare|relocation package|signing bonus|sign-on bonus|full pay|"
    r"half pay|bracket|tax bracket|private health|private healthcare|(?:healthcare|health care) (?:plan|cover|benefits?)|"
    r"medical (?:cover|insurance|plan|benefits))\b"
)
# Not money: "paid off", "pay attention", "rate of change", "options for", "the stock market".
_NOT_PAY = _r(
    r"\byou (?:pay|paid|spend|spent|paying|spending) (?:for|on)\b|"
    r"\bbenefits? (?:\w+ ){0,3}(?:mba|degree|course|certificate|certification|bootcamp|masters?|phd|program|programme|"
    r"experience|approach|method|tool|training)s?\b|"
    r"\b(?:pay|pays|paid|paying) (?:off|attention|your dues|dues|it forward|for itself|the price)\b|"
    r"\brate of\b|\boptions (?:for|to|are there|do)\b|\bwhat options\b|\bstock market\b|\bbenefits? of\b|"
    r"\bbenefits? (?:from|to|you got from|you see)\b|\bshares? (?:of|with|knowledge|what)\b|"
    r"\b(?:growth|success|conversion|hiring|win|response|error|churn|turnover|retention) rates?\b|"
    r"\bthe rate at\b|\bany options\b|\boptions? (?:you|do you)\b|\bpackage (?:design|manager|delivery)\b|"
    r"\bequity (?:research|analyst|markets|capital)\b|\bcomp sci\b|\binsurance (?:industry|sector|company|firm)\b"
)
# The host as the one who gets it: "your bonus", "do you get", "what they pay you", "for you".
# (Not "your" alone: "how do you keep your team motivated without big bonuses?" is about the team.)
_HOST_OWNS = _r(
    r"\b(?:your|yours)\b(?!(?: \w+)? (?:team|teams|clients|customers|company|firm|employees|staff|people|reports|"
    r"colleagues|manager|boss|industry|field|projects?|products?|users|department|group|org|students|interns|"
    r"direct reports|employer|business|work|readers|audience)\b)"
    r"|\byou (?:\w+ ){0,5}(?:get|got|getting|receive|received|earn|earned|earning|make|making|made|take|took|taking|"
    r"have|had|negotiate|negotiated|bring|pull|paid|offered|given|happy with|satisfied with)\b"
    r"|\b(?:pay|pays|paid|paying|give|gives|gave|giving|offer|offers|offered|cover|covers|owe|owes|reimburse) you\b"
    r"|\b(?:for|to) you\b|\bthey (?:give|pay|offer)\b|\bare you paid\b|\b(?:are|were) you on\b|\byou (?:are|were) on (?:now|today|at the moment|these days)?|\{company\} (?:give|gives|pay|pays|offer|offers|match|matches)\b"
)
# "people at your level" is still the host's own pay: their band, their grade.
_YOUR_PAY = _r(
    r"\byour (?:own |current |annual |base |starting |total )?(?!\w+ expectations)(?:salary|pay|compensation|comp|income|wage|wages|bonus|"
    r"bonuses|equity|stock|pension|benefits|paycheck|paycheque|raise|earnings|package|perks|pto|leave|holidays?|"
    r"vacation|take home|take-home)\b"
)
_AT_YOUR_LEVEL = _r(
    r"\b(?:at|on|in) your (?:level|grade|band|seniority|title|position|rank)\b|\bsomeone (?:at|on) your\b"
    r"|\b(?:someone|people|a person) (?:in|with) your (?:job|role|position|title|seat) (?:at \{company\}|here\b|there\b)"
)
_FIELD = _r(
    r"\b(?:typical(?:ly)?|average|starting|start out|starting out|entry[- ]level|junior|new (?:grads?|graduates|hires?|people)|"
    r"graduates|first[- ](?:role|job|year)|first[- ]year|people|someone|most|realistic|expect|range for|"
    r"in (?:the|this|that|your) (?:field|industry|sector|area|market|line of work)|usually|generally|normal(?:ly)?|common(?:ly)?|"
    r"across|compared? across|how do (?:salaries|pay|wages))\b|\{industry\}"
)


_OTHERS_PAY = _r(
    r"\byour (?:\w+ )?(?:team|teams|clients|customers|employees|staff|people|reports|colleagues|students|interns|"
    r"users|direct reports)\b"
)
_YOU_PAYING = _r(r"\byou (?:pay|paid|spend|spent|paying|spending) (?:for|on)\b")
_HOST_RECEIVES = _r(
    r"\byou (?:\w+ ){0,3}(?:get|got|receive|received|earn|earned|make|made|take home)\b|\b(?:pay|pays|paid|give|gives|"
    r"offer|offers|offered) you\b"
)


def pay_word_is_the_hosts(n: str) -> bool:
    """False when the pay word belongs to others ("keep your team motivated without big bonuses") or the
    host is the one paying ("how did you pay for your training?")."""
    if _YOU_PAYING.search(n):
        return False
    return not (_OTHERS_PAY.search(n) and not _HOST_RECEIVES.search(n))


def own_pay(n: str) -> str | None:
    """A pay, benefit or time-off word with the host as its owner, unless the question is about the field."""
    cleaned = _NOT_PAY.sub(" ", n)
    pay = _PAY.search(cleaned)
    if not pay:
        return None
    # "your pay", "your salary": the host's own, whatever else the question names ("above average for {industry}").
    mine = _AT_YOUR_LEVEL.search(cleaned) or _YOUR_PAY.search(cleaned) or _HOST_RECEIVES.search(cleaned)
    if mine or "you" in pay.group(0).split():
        return pay.group(0)
    specific = _GENERIC_YOURS.sub(" ", cleaned)
    if _HOST_OWNS.search(specific) and not _FIELD.search(specific):
        return pay.group(0)
    return None


# --- Facts basic research answers -----------------------------------------------------------------
_ORG = r"(?:company|firm|employer|organisation|org|business|startup|start-up|agency|corporation|group|brand|studio)"
_CO = rf"(?:\{{company\}}|(?:your|the|this) (?:\w+ )?{_ORG})"
# "Where are you based?": the host's company as "you", for the where-questions only.
_CO_YOU = rf"(?:{_CO}|you)"
_CO_POSS = rf"(?:\{{company\}} s|\{{company\}}'s|(?:your|the|this) (?:\w+ )?{_ORG}(?:'s| s)|your|its|their)"
_LEAD = r"^(?:so |and |also |ok |okay |um |quick question |just curious |out of curiosity )*"
_TAIL = (
    r"(?: (?:exactly|actually|really|now|today|currently|these days|right now|nowadays|worldwide|globally|"
    r"in total|overall|roughly|approximately|about|last year|this year|so far|again|anyway|then|yet|still|at all|"
    r"in a nutshell|in short|briefly|in simple terms|in a sentence|in one sentence|basically|in general))*\s*\??$"
)
_RESEARCH = _r(
    "|".join(
        [
            # What the company does, sells, makes.
            rf"{_LEAD}(?:what|which) (?:exactly |actually |really |mainly )?(?:does|do) {_CO} (?:actually |really |exactly |mainly |mostly )?"
            rf"(?:do|sell|make|produce|build|offer|provide|manufacture|focus on|specialise in|specialize in)(?: for a living)?{_TAIL}",
            rf"{_LEAD}(?:what|which) (?:\w+ )?(?:products?|services?|brands?|apps?|solutions?) (?:does|do|did) {_CO} "
            rf"(?:\w+ )?(?:offer|sell|make|have|provide|produce|build|launch|launched){_TAIL}",
            rf"{_LEAD}what (?:is|are|was) {_CO_POSS} (?:main |core |flagship |biggest |best[- ]selling |key |primary )?"
            rf"(?:products?|services?|business|offering|offerings|mission|mission statement|vision|slogan|tagline|"
            rf"revenue|turnover|profit|profits|valuation|market cap|stock price|share price|ticker|headcount|"
            rf"size|address|website|business model){_TAIL}",
            rf"{_LEAD}what (?:is it|exactly is it|is it exactly) (?:that )?{_CO} (?:actually |really |exactly |mainly )?"
            rf"(?:does|do|sells|makes|produces|builds|offers|provides|sell|make){_TAIL}",
            rf"{_LEAD}what is the (?:size|age|headcount|revenue|turnover|valuation|market cap|mission|business model|"
            rf"ownership|address|location) of {_CO}{_TAIL}",
            # Size and age.
            rf"{_LEAD}(?:roughly |approximately |about )?how (?:many|much) (?:\w+ )?(?:employees|staff|people|workers|offices|"
            rf"locations|branches|stores|sites|countries|customers|clients|users|revenue|money|profit)\b(?: \w+){{0,2}} "
            rf"(?:does|do|did|is|are|at|in|for|work (?:at|for|in)) {_CO}(?: \w+){{0,2}}?"
            rf"(?: (?:have|had|employ|make|made|earn|earned|serve|operate in|work for|bring in))?{_TAIL}",
            rf"{_LEAD}how (?:many|much) (?:\w+ )?(?:employees|staff|people|workers|offices|locations|countries)"
            rf" (?:work (?:at|for|in) |are (?:at|in) |are there at |does |do )?{_CO}(?: (?:have|employ))?{_TAIL}",
            rf"{_LEAD}how (?:big|large|old|profitable) is {_CO}{_TAIL}",
            rf"{_LEAD}what (?:exactly |actually |basically )?is {_CO}{_TAIL}",
            rf"{_LEAD}(?:how much|what) is {_CO} (?:worth|valued at){_TAIL}",
            rf"{_LEAD}what are {_CO_POSS} (?:core |company |stated |official )?values{_TAIL}",
            rf"{_LEAD}(?:how|where) does {_CO} (?:make|earn|get) (?:its |their )?money(?: from)?{_TAIL}",
            rf"{_LEAD}what does {_CO} make (?:its |their )?money (?:from|on|with){_TAIL}",
            rf"{_LEAD}how many (?:\w+ ){{1,2}}(?:does|do|did) {_CO} (?:have|employ|hire|run|operate|own|serve|sell)"
            rf"(?: (?:in total|worldwide|globally|each year|a year|per year))?{_TAIL}",
            rf"{_LEAD}what is {_CO} (?:best |most |mainly |mostly )?(?:known|famous) for{_TAIL}",
            rf"{_LEAD}who (?:runs|leads|heads) (?:things|the show|the place|the business|it all) (?:at|in) {_CO}{_TAIL}",
            rf"{_LEAD}what (?:kind|sort|type) of (?:company|firm|business|organisation|org) is {_CO}{_TAIL}",
            rf"{_LEAD}who is (?:in charge|the boss|the head|the top boss|at the top|running things|running the show) "
            rf"(?:at|of|in) {_CO}{_TAIL}",
            rf"{_LEAD}how many (?:countries|cities|offices|locations|markets|regions|states|sites) (?:is|are) {_CO_YOU} "
            rf"(?:in|present in|active in|across|operating in|spread across){_TAIL}",
            rf"{_LEAD}how long (?:has|have) {_CO} (?:existed|been around|existed for|operated|traded)(?: for)?{_TAIL}",
            rf"{_LEAD}how many (?:people|employees|staff|workers|engineers) (?:work|are|are employed) (?:there|at {_CO}|for {_CO}|in {_CO})"
            rf"(?: in total| overall| now| today)?{_TAIL}",
            rf"{_LEAD}how long (?:has|have) {_CO} been (?:around|in business|operating|going|trading|in existence|"
            rf"existing|running){_TAIL}",
            # Where and when.
            rf"{_LEAD}where (?:is|are) {_CO_YOU} (?:\w+ )?(?:based|located|headquartered|hq|registered|incorporated){_TAIL}",
            rf"{_LEAD}where (?:is|are) {_CO_POSS} (?:\w+ )?(?:headquarters|hq|head office|main office|offices?|"
            rf"locations?|base|home base)(?: (?:located|based))?{_TAIL}",
            rf"{_LEAD}where is the (?:headquarters|hq|head office|main office){_TAIL}",
            rf"{_LEAD}(?:which|what) (?:city|country|town|state) is {_CO_POSS} (?:\w+ )?(?:headquarters|hq|head office|main office|"
            rf"office|base) (?:in|based in|located in){_TAIL}",
            rf"{_LEAD}where (?:did|was|were) {_CO} (?:first |originally )?(?:start|started|begin|founded|get started|start out|"
            rf"come from|set up){_TAIL}",
            rf"{_LEAD}where (?:does|do) {_CO_YOU} (?:have|operate|run|sell|keep)(?: (?:its |their |your )?"
            rf"(?:offices?|locations?|stores?|sites?|branches|teams?|factories|plants|hubs))?{_TAIL}",
            rf"{_LEAD}(?:which|what) (?:city|country|state|town|countries|cities|markets|regions) (?:is|are|does|do) {_CO}"
            rf" (?:\w+ )?(?:based|located|headquartered|in|operate in|operate|active in|present in|sell in|sell into|sell to|"
            rf"serve|work in|export to|ship to|trade in){_TAIL}",
            rf"{_LEAD}(?:does|do) {_CO} have (?:an? |any )?(?:office|offices|presence|branch|branches|store|stores|site|sites|"
            rf"team|teams|factory|hub) in \w+(?: \w+){{0,2}}?{_TAIL}",
            rf"{_LEAD}(?:is|are) {_CO} (?:on the stock (?:market|exchange)|traded|on (?:the )?(?:nasdaq|nyse|ftse|stock exchange)|"
            rf"a unicorn|venture[- ]backed|vc[- ]backed|bootstrapped|owned by (?:its )?(?:employees|founders))(?: \w+)?{_TAIL}",
            rf"{_LEAD}(?:when|what year|which year) (?:was|were|did) {_CO} (?:first |originally )?(?:founded|start|started|"
            rf"established|created|set up|launched|begin|began|go public|get started|start out|incorporated|founded|"
            rf"open its doors|open their doors|start trading|begin trading|come into being|come about|launch|go live|"
            rf"become (?:a )?public(?: company)?|list|ipo"
            rf"|open|opened){_TAIL}",
            # Who leads or owns it.
            rf"{_LEAD}who (?:\w+ )?(?:founded|started|owns|runs|leads|heads|created|set up|is in charge of) {_CO}{_TAIL}",
            rf"{_LEAD}who (?:is|are|was|were) (?:the |{_CO_POSS} )?(?:current |new )?(?:ceo|founders?|owners?|chair|chairman|"
            rf"chairwoman|president|chief executive|md|managing director|investors?|parent company|"
            rf"main (?:competitors?|clients?|customers?|rivals?)|biggest (?:competitors?|clients?|customers?|rivals?)|competitors|rivals|"
            rf"clients|customers)(?: of {_CO})?{_TAIL}",
            # Ownership, listing, industry.
            rf"{_LEAD}(?:is|are) {_CO} (?:a )?(?:public|publicly traded|publicly listed|listed|private|privately held|"
            rf"profitable|startup|start-up|family[- ]owned|b2b|b2c|nonprofit|non-profit|for-profit)(?: company| firm| business)?{_TAIL}",
            rf"{_LEAD}(?:is|was|are) {_CO} (?:still )?(?:owned by|backed by|funded by|acquired by|a subsidiary of|part of)"
            rf" (?:a |an |the )?(?:\w+ ){{0,3}}(?:group|company|firm|fund|investors?|parent|conglomerate|corporation|"
            rf"holding|bigger \w+|larger \w+|vc|private equity){_TAIL}",
            rf"{_LEAD}(?:what|which) (?:industry|sector|market|space|field|business|domain|vertical|line of business) (?:is|are) {_CO} in{_TAIL}",
            rf"{_LEAD}(?:what|which) (?:regions|countries|markets|cities|areas|territories) (?:does|do) {_CO} "
            rf"(?:cover|serve|operate in|sell in|sell to|work in|trade in|ship to){_TAIL}",
            rf"{_LEAD}who (?:is|are) (?:on|the people on|the members of|in charge of) {_CO_POSS} board{_TAIL}",
            rf"{_LEAD}what is the (?:main |core |primary )?business of {_CO}{_TAIL}",
            rf"{_LEAD}(?:what|which) (?:industry|sector|market|space|field|domain|vertical|markets|industries|sectors) (?:does|do) "
            rf"{_CO} (?:work|operate|compete|play|sit|sell) in{_TAIL}",
            rf"{_LEAD}(?:what|how much) (?:was|is|were) {_CO_POSS} (?:annual |yearly |last year's |total )?"
            rf"(?:revenue|turnover|profit|sales|valuation|market cap|stock price|share price){_TAIL}",
            rf"{_LEAD}how much (?:revenue|money|profit) (?:does|did) {_CO} (?:make|bring in|earn|generate|have){_TAIL}",
        ]
    )
)


# The general form: the company, a fact its website or annual report gives, and nothing that asks for the
# host's own view or experience — a short question about "what", not about "what it is like for you".
_FACT = _r(
    r"\b(?:revenue|revenues|turnover|profit|profits|profitable|valuation|market cap|stock price|share price|ticker|"
    r"headcount|employees|staff|workforce|offices|headquarters|hq|head office|founded|founder|founders|ceo|owner|"
    r"owners|owned|ownership|investors|competitors|competitor|rival|rivals|customers|clients|products|product line|services|"
    r"market share|history|existed|exist|ipo|went public|go public|acquired|acquisitions|merger|stock symbol|"
    r"website|phone number|opening hours|annual report|partners|suppliers|shareholders|backers|funding|funded|"
    r"series a|series b|raised|users|downloads|subscribers|"
    r"mission statement|slogan|logo|listed|publicly traded|subsidiary|subsidiaries|parent company|"
    r"countries|locations|branches|stores|year founded)\b"
)
_COMPANY = _r(rf"\{{company\}}|\b(?:the|this|your) (?:\w+ )?{_ORG}\b")
_PERSPECTIVE = _r(
    r"\b(?:you|your|yours|yourself|i|me|my|we|us|our)\b(?! (?:company|firm|employer|organisation|org|business|startup|"
    r"agency|corporation)\b)|\b(?:think|feel|view|opinion|why|affect|affects|affected|change|changed|changes|"
    r"changing|shape|shaped|shapes|differently|different|better|worse|well|compare|compared|like|enjoy|surprised|"
    r"surprise|culture|team|teams|learn|learned|day-to-day|work with|working|plan|plans|strategy|challenge|"
    r"challenges|growth|growing|should|would|could|might|story|behind|learning|learns|responding|respond|decisions|"
    r"decide|decides|approach|handle|handles|doing|new|next|future|trends?|hire|hiring|treat|treats|support|interesting|"
    r"exciting|impressive|worth|best|most|favourite|favorite|admire|recommend|work|wrong|right|misunderstand|"
    r"misunderstood|ask|asks|want|wants|need|needs|love|loves|hate|complain|thing|things|say|said)\b"
)
_FACT_START = _r(
    rf"{_LEAD}(?:what|which|who|whom|whose|where|when|how (?:many|much|big|large|old|long)|is|are|was|were|does|do|did)\b"
)
_RESEARCH_MAX_WORDS = 12


def basic_research(n: str) -> str | None:
    """A fact about the company that its website, an annual report or a search answers."""
    m = _RESEARCH.match(n)  # every branch starts at the start of the question
    if m:
        return m.group(0)
    fact = _FACT.search(n)
    if (
        fact
        and _FACT_START.search(n)
        and _COMPANY.search(n)
        and not _PERSPECTIVE.search(_COMPANY.sub(" ", n))
    ):
        if len(n.split()) <= _RESEARCH_MAX_WORDS:
            return fact.group(0)
    return None


# --- Job-interview questions turned on the host ---------------------------------------------------
_INTERVIEW = _one_boundary(
    [
        r"\bwhy (?:do|did|should) you deserve\b|\bwhat qualifies you\b|\bwhy are you (?:qualified|the right)\b",
        r"\bwhere (?:do|will|would) you (?:see|want|expect|hope|plan|picture|imagine) (?:your career|your own career)\b",
        r"\bwhat would you bring to (?:the|your|a) (?:team|role|company|table)\b|\bif you were an? (?:animal|fruit|colou?r|"
        r"tree|superhero|car|kitchen utensil)\b",
        r"\bwhy (?:do|would|did) you want to (?:leave|quit|move on from|get out of)\b|\bwhy are you (?:looking|leaving)\b",
        r"\b(?:would|will|might) your (?:references|referees|former boss|old boss|colleagues|coworkers|co-workers|manager|boss|"
        r"friends|team) say about you\b|\byour (?:references|referees) say\b",
        r"\byour (?:\w+ )?(?:greatest|biggest|main|top|key|worst|major|best|one) (?:\w+ )?(?:weakness|weaknesses|flaw|flaws|"
        r"strength|strengths|shortcoming|shortcomings|accomplishment|achievement)\b",
        r"^(?:so )?what (?:is|was|would you say is|would you say was) your (?:\w+ )?(?:biggest|greatest|worst) (?:\w+ )?failure\b",
        r"\bwhy (?:do you think |would you say )?you are (?:good|great|the best|successful|so good) at\b|\bhire yourself\b",
        r"\brate (?:your (?:own )?(?:performance|work)|yourself)\b",
        r"\b(?:describe|what is|what would be) your (?:ideal|dream|perfect) (?:job|role|boss|manager|company|employer|team)\b",
        r"\bwhat (?:are|is|were) your (?:salary|pay) (?:expectations?|requirements?)\b",
        r"\byour (?:\w+ ){0,2}(?:weakness|weaknesses|flaws?|shortcomings?)\b",
        r"\bwhat (?:are|would you say) you (?:are )?(?:best|worst|strongest|weakest|most skilled|least skilled) at\b",
        r"\bwhy (?:[\w{}]+ ){0,4}(?:picked|chose|hired|selected) you\b",
        r"\b(?:a|one|the) (?:weakness|flaw|shortcoming)s? (?:that )?you\b",
        r"\b(?:weakness|weaknesses|flaws?|strengths?) (?:would you say )?(?:you have|you are|are you)\b",
        r"\bwhat (?:is|are) your (?:strengths?)\b",
        # The host against other candidates, or fit for their own job.
        r"\b(?:hire|pick|choose|select|take|prefer|keep|promote|retain) you (?:over|instead of|rather than|above)\b",
        r"\bwhy (?:would|should|did|do) (?:a |an |the |any )?(?:company|employer|firm|\{company\}|anyone|someone|they|we) "
        r"(?:hire|pick|choose|select|want) you\b",
        r"\b(?:ask|asked) your (?:boss|manager|colleagues|team|references?|referees?|coworkers|co-workers) about you\b",
        r"\byour (?:\w+ )?(?:strongest|greatest|best|top|biggest|weakest|worst) (?:\w+ )?(?:skills?|qualities|traits|assets|"
        r"attributes)\b",
        r"\b(?:you|yourself)\b(?: \w+){0,3} (?:over|instead of|rather than|above|against) (?:the )?other (?:candidates|applicants|people)\b",
        r"\bwhy should (?:[\w{}]+ ){0,4}(?:hire|pick|choose|select|take) (?:you|someone like you|me)\b",
        r"\bsee yourself\b(?: \w+){0,8} (?:years?|decade)\b",
        r"\bwhy should (?:i|we|they|anyone|someone|a company|an employer|\{company\}|you) (?:hire|choose|pick|select|take on|work|join|apply|want to work)\b",
        r"\bwhat makes you (?:a |the )?(?:better|best|right|ideal|perfect|good|great|strong|stronger|qualified)\b",
        r"\b(?:you are|you were|yourself) (?:the )?(?:right|best|ideal|perfect|good) (?:fit|person|candidate|hire|choice)\b",
        # Where they will be in years.
        r"\bwhere (?:do|will|would|might|can) you (?:see|picture|imagine|envision|envisage|expect|want|hope|plan) "
        r"(?:yourself|to be|being)\b|\bwhere would you like to be\b",
        r"\b(?:where|what) (?:will|would|might) you be(?: doing)?\b.*\b(?:years?|decade)\b",
        r"\byou(?:rself)?\b(?: \w+){0,3} (?:be|be doing|see yourself)\b(?: \w+){0,4} (?:years?|decade) from now\b",
        r"\b(?:five|5|ten|10|three|3|two|2)[- ]year plan\b",
        r"\byour (?:long[- ]term|short[- ]term|future|five[- ]year|ten[- ]year|career) (?:goals?|plans?|aspirations?|ambitions?)\b",
        # Behavioural questions.
        r"\b(?:tell me about|describe|give me an example of|share an example of|walk me through|an example of) "
        r"(?:a |one )?(?:time|situation|occasion|moment) (?:when |where |that )?you\b",
        r"\b(?:tell me about|describe|give me an example of|walk me through) (?:a|an|the) (?:\w+ )?(?:conflict|mistake|"
        r"failure|disagreement|setback|argument) (?:that )?you\b",
        r"\b(?:a time|an occasion) (?:when )?you (?:failed|showed|demonstrated|handled|led|overcame|resolved|dealt)\b",
        # Describing themselves, or being described.
        r"\b(?:improve|change|work on|fix|develop) (?:about|in) yourself\b",
        r"\bdescribe yourself\b|\btell me (?:a (?:little|bit) )?(?:more )?about yourself\b",
        r"\b(?:words|adjectives|things) (?:\w+ ){0,4}(?:use to )?describe you\b|\bhow would (?:your|others|other people|people|colleagues|"
        r"your \w+) describe you\b|\brate yourself\b",
        r"\bwould your (?:boss|manager|colleagues|coworkers|co-workers|team) say (?:is|are|about) your\b",
        # The host interviewing the asker.
        r"\bif you (?:were (?:to )?)?(?:interview|interviewed|interviewing) me\b|\bwhat would you ask me\b|\binterview me\b|\bif you were (?:hiring|interviewing) (?:me|for my)\b",
        r"\bsell me (?:this|a|the) \w+\b|\bsell yourself\b",
        r"\bgaps? (?:in|on) your (?:resume|career|employment|work history)\b|\bwhat do you know about (?:us|our company|me)\b",
        r"\bwhy (?:do you think |would you say )?(?:you|did you) (?:got|get) (?:hired|the job|picked|chosen|selected)\b",
        r"\bwhat are (?:three|two|the|your top|some) (?:things|skills) (?:that )?you are (?:great|good|best|strongest|brilliant) at\b",
        r"\bwhat would you do if (?:you|your \w+) (?:\w+ ){0,2}(?:disagreed|disagree|had a conflict|failed|missed|made a mistake|"
        r"were given|had to choose|could not meet|were asked to)\b",
        r"\bwhy (?:did you|do you want to|would you) (?:leave|quit|resign from|walk away from) (?:your|that|the) "
        r"(?:last|previous|old|former|prior) (?:job|company|employer|role|position|firm|team)\b",
    ]
)


def interview_question(n: str) -> str | None:
    """A question a job interviewer asks a candidate, put to the host."""
    return _found(_INTERVIEW.search(n))


# --- Asking the host to be a mentor ---------------------------------------------------------------
_MENTOR_WORD = r"(?:mentor|mentors|mentoring|coach|coaching|sponsor|adviser|advisor|guide|guiding|guidance)"
_ONGOING = (
    r"(?:every (?:day|week|month|other week|few weeks|couple of weeks|quarter|so often|few months|couple of months|"
    r"other month|\w+ (?:weeks|months)|year)|weekly|monthly|fortnightly|quarterly|"
    r"biweekly|regularly|regular|on a regular basis|going forward|ongoing|on an ongoing basis|long[- ]term|from now on|"
    r"over the (?:next|coming) (?:\w+ )?(?:weeks|months|year|years)|for (?:a few|the next|several|a couple of|some) "
    r"(?:\w+ )?(?:weeks|months|years)|for a while|through my (?:career|job search|first year|studies)|"
    r"as i (?:go|grow|progress|job hunt|apply|look|find my feet)|along the way|whenever i (?:need|have)|"
    r"any ?time i (?:need|have))"
)
_MENTOR = _one_boundary(
    [
        r"\byou as (?:a|my|an) (?:\w+ )?(?:mentor|coach|adviser|advisor|sponsor|guide)\b",
        r"\bmy (?:\w+ )?(?:mentor|coach|sponsor|adviser|advisor|guide|champion|sounding board|point person|"
        r"go-to person|go to person|go-to|advocate|confidant|role model|guru|sensei|accountability partner|"
        r"accountability buddy)\b",
        r"\b(?:mentor|coach|sponsor|adviser|advisor|guide) (?:to|for) me\b",
        r"\bmentee\b|\bas (?:a |an |your )?(?:protege|protégé)\b",
        r"\b(?:mentor|mentoring|mentored) (?:me|someone like me|people like me)\b",
        rf"\b(?:coach|coaching|guide|guiding|advise|advising|sponsor|sponsoring|train|training|teach|teaching) me\b(?: \w+){{0,6}} {_ONGOING}\b",
        rf"\b{_MENTOR_WORD}\b(?: \w+){{0,6}} {_ONGOING}\b.*\b(?:me|my|i|we)\b",
        rf"\b(?:i|we)\b(?: \w+){{0,8}} {_ONGOING}\b.*\b(?:you|your)\b",
        rf"\b(?:you|your)\b(?: \w+){{0,8}} {_ONGOING}\b.*\b(?:me|i|we)\b",
        r"\btake me under your wing\b",
        r"\b(?:keep|continue|carry on|go on) (?:guiding|advising|coaching|mentoring|helping|teaching|supporting) me\b",
        r"\b(?:someone|a person) i (?:can |could )?(?:turn to|lean on|count on|go to|call on|check in with|come to|"
        r"ask for advice)\b",
    ]
)
# "How did mentoring shape your career?" is about their experience: the asker must be in it and the
# host asked to do something (a request), or the ongoing frame must hold both.
_MENTOR_ANY_WORD = _r(
    rf"\b(?:{_MENTOR_WORD}|mentee|protege|protégé|under your wing|someone i|a person i|turn to|lean on|count on|{_ONGOING}|sounding board|"
    r"point person|go-to|go to person|advocate|confidant|role model|guru|sensei|accountability)"
)
# "Would you be open to an ongoing mentoring relationship?": mentoring as a thing asked for.
_MENTORING_THING = _r(
    rf"\b(?:{_ONGOING} )?(?:mentoring|mentor|coaching|mentee) (?:relationship|arrangement|sessions?|calls?|"
    r"partnership|programme|program|setup|set-up)\b"
)
_ASKER_OR_US = _r(r"\b(?:i|me|my|we|us)\b")
_YOU = _r(r"\b(?:you|your)\b")
_US = _r(r"\b(?:we|us)\b")
_GUIDANCE = _r(r"\b(?:guidance|advice|mentoring|coaching|feedback|check in|check-in|catch up|guide|advise)\b")
# "Could we make this a monthly thing?": this conversation, from now on.
_REGULAR_THING = _r(
    r"\b(?:make|do|have|keep) (?:this|these|our chats?|our calls?|this chat|this call) (?:a |an )?(?:regular|monthly|"
    r"weekly|recurring|ongoing|standing|fortnightly|quarterly) (?:thing|chat|call|meeting|catch-up|catch up|habit)\b"
    r"|\b(?:do|have) this (?:again )?(?:every|each) (?:week|month|few weeks|other week)\b"
)
_ONGOING_RE = _r(rf"\b{_ONGOING}\b")


def mentor_ask(n: str) -> str | None:
    """Asking the host for mentoring: the asker as mentee, or regular contact from now on."""
    if not _MENTOR_ANY_WORD.search(n):
        return None
    m = _MENTOR.search(n) or (_REQUEST.search(n) and _MENTORING_THING.search(n))
    if not m:
        # Regular contact from now on, asked of the host: "could I come to you for advice every month?"
        talk = _TALK_TO_ME.sub(" ", n)
        ongoing = _ONGOING_RE.search(talk)
        asks = _REQUEST.search(n) or _MAY_I.search(n) or _CLOSED_START.search(n)
        together = _US.search(talk) or (
            _ASKER_OR_US.search(talk) and (_YOU.search(talk) or _GUIDANCE.search(talk))
        )
        if ongoing and asks and together and not _OPEN_START.search(n):
            return ongoing.group(0)
        regular = _REGULAR_THING.search(n)
        if regular and asks:
            return regular.group(0)
        return None
    if _OPEN_START.search(n) and not re.search(r"\b(?:me|my|i|we)\b", n):
        return None
    return m.group(0)


# --- Too personal ---------------------------------------------------------------------------------
_PRIVATE = _one_boundary(
    [
        # Family and relationships.
        r"\byour (?:wife|husband|spouse|partner|girlfriend|boyfriend|fianc[eé]e?|kids|children|child|son|daughter|"
        r"baby|marriage|wedding|divorce|ex|ex-wife|ex-husband|love life|dating life|family life)\b",
        r"\byour (?:family|kids|children|spouse|partner|wife|husband) (?:think|thinks|feel|feels|say|says|cope|copes|deal|"
        r"deals|manage|manages|mind|minds|handle|handles)\b",
        r"\bwhere (?:are|were|is) your (?:parents|family|mother|father|mom|mum|dad|folks) from\b|\byour (?:ethnicity|race|"
        r"nationality|sexuality|sexual orientation|relationship status)\b",
        r"\b(?:you are|are you|you were|were you) (?:\w+ )?(?:married|single|divorced|pregnant|religious|dating|engaged|widowed)\b",
        r"\b(?:caste|tribe|ethnic group|ethnicity|race|sect)\b(?: \w+){0,3} (?:you|your)\b|\byour (?:caste|tribe|sect)\b",
        r"\b(?:are|were) you (?:seeing|dating) (?:anyone|someone|somebody)\b|\bare you in a relationship\b",
        r"\byou (?:and your|married|divorced|pregnant|single|dating)\b|\bare you (?:married|single|divorced|dating|pregnant|expecting)\b",
        r"\b(?:have|having|had|start|starting|plan|planning|want|wanting) (?:a |any |more )?(?:kids|children|a baby|a family|"
        r"grandchildren|grandkids|stepchildren)\b",
        r"\b(?:you|your)\b(?: \w+){0,4} (?:divorce|divorced|separation|separated|widowed|custody|affair|breakup|break-up)\b",
        r"\b(?:got|get|getting) (?:married|divorced|engaged)\b",
        r"\b(?:when|how soon) (?:are|do|will|would) you (?:\w+ ){0,2}(?:retire|retiring|retirement)\b|\byour retirement\b",
        r"\bhow (?:tall are you|much do you weigh)\b|\byour (?:weight|height|immigration status|visa status|citizenship|"
        r"blood type)\b|\bare you a (?:citizen|immigrant|refugee)\b|\b(?:are|were) you vaccinated\b",
        r"\bwhere are you (?:really|actually) from\b|\bare you (?:gay|straight|bi|bisexual|trans|lesbian|queer)\b",
        # Age.
        r"\bhow many (?:kids|children|grandkids|grandchildren|siblings) (?:do|did) you\b|"
        r"\b(?:what year|when) did you (?:graduate from (?:high school|school|college)|finish school|leave school)\b|"
        r"\byour (?:ethnic background|ethnic origin|heritage|ancestry)\b|"
        r"\b(?:you|your)\b(?: \w+){0,3} (?:suffer|suffered|suffering) from\b|\b(?:inherit|inherited|inheritance)\b(?: \w+){0,3} you\b|"
        r"\byou (?:\w+ ){0,2}(?:inherit|inherited)\b|"
        r"\bhow old (?:are|were|is) you\b|\byour (?:age|birthday|date of birth)\b|\b(?:were you born|you born in|born in what year)\b",
        # Health.
        r"\b(?:you|your)\b(?: \w+){0,6} (?:diagnosed|diagnosis|illness|illnesses|disease|diseases|disability|disabilities|"
        r"disabled|depression|conditions|diagnoses|"
        r"medication|medications|therapy|therapist|rehab|cancer|surgery|mental health|health issues|health problems|"
        r"health conditions|chronic|sick leave|pregnancy|miscarriage)\b",
        r"\b(?:what is|how is|how has been|how are) your (?:health|mental health|wellbeing)\b",
        r"\b(?:diagnosed|diagnosis|depression|medication|therapy|mental health|disability|illness)\b(?: \w+){0,6} (?:you|your)\b",
        # Religion.
        r"\byour faith\b|\b(?:you|your)\b(?: \w+){0,4} (?:religion|religious|church|mosque|synagogue|temple|pray|god|atheist|"
        r"christian|muslim|jewish|hindu|buddhist|catholic)\b",
        r"\b(?:religion|church|mosque|synagogue|temple)\b(?: \w+){0,4} (?:you|your)\b",
        # Politics: their vote, their side, their view on a political question.
        r"\b(?:you|your)\b(?! (?:team|teams|company|firm|colleagues|board|members|staff|clients|customers|employees|"
        r"department|group|org|industry|field)\b)(?: \w+){0,4} (?:vote|voted|voting|democrat|republican|tory|labour|liberal(?! arts)|"
        r"conservative|left[- ]wing|right[- ]wing|lean left|lean right|left or right|politically|political views?|"
        r"political leanings?|party|pro-choice|pro choice|pro-life|pro life|pro-gun|anti-abortion|left-leaning|"
        r"right-leaning|socialist|maga)\b",
        r"\b(?:candidate|party|side|who) (?:did|do|will|would|are|were) you (?:back|backing|support|supporting|vote|voting|"
        r"choose|pick|favour|favor|root|rooting)\b",
        r"\b(?:your|you) (?:take|view|views|opinion|stance|position|thoughts|feelings|feel)\b(?: \w+){0,3} "
        r"(?:on|about|of) (?:the )?(?:\w+ )?(?:election|elections|president|prime minister|government|abortion|gun control|"
        r"gun rights|politics|immigration|religion|trump|biden|brexit|israel|palestine|the war)\b",
        r"\b(?:think|make) of (?:the )?(?:president|prime minister|government|election|trump|biden)\b",
        # Private money and where they live.
        r"\b(?:you|your)\b(?: \w+){0,5} (?:mortgage|rent(?! or\b| vs\b| versus\b| out\b| equipment\b| space\b| an? \w+)|"
        r"(?<!technical )(?<!tech )(?<!design )(?<!code )debt|debts|loans|student loans|savings|saved|net worth|"
        r"inheritance|credit score|credit card)\b",
        r"\b(?:mortgage|rent|debt|savings|net worth)\b(?: \w+){0,3} (?:do|did|are|were|have|has) you\b",
        r"\byour (?:house|home|flat|apartment|car)\b(?: \w+){0,2} (?:cost|worth|value|price)\b|"
        r"\b(?:cost|paid|pay|spend|spent)\b(?: \w+){0,2} (?:for|on) your (?:house|home|flat|apartment|car|wedding)\b",
        r"\bdo you own (?:a|your|the) (?:house|home|flat|apartment|condo|property|place)\b|\bare you a homeowner\b|"
        r"\bclose to your (?:family|parents|siblings|kids|children)\b|\byour (?:home|family) (?:situation|life)\b|"
        r"\bgrow up (?:poor|rich|wealthy|in poverty|on benefits)\b|"
        r"\bdo you (?:rent|own) or (?:rent|own)\b|\bwhere is home for you\b|\bwhere do you call home\b|\bwhere (?:exactly )?(?:do|did) you live\b|\b(?:neighbourhood|area|part of town|suburb|street|address) "
        r"(?:do|did) you live\b|\byour (?:home )?address\b|\bwhere is your home\b",
        r"\b(?:were|have) you (?:ever )?(?:been )?(?:fired|sacked|laid off|arrested|divorced|in prison|in jail)\b",
    ]
)


def too_personal(n: str) -> str | None:
    """The host's private life — family, age, health, faith, politics, private money, home."""
    return _found(_PRIVATE.search(n))


# --- A question inside a question -----------------------------------------------------------------
# "Can you tell me what {company} does?", "can I ask how much you make?", "I'd love to know when it was
# founded": the words before ask permission or politeness; the question is the clause after, in
# statement order. `embedded_question` puts that clause back in question order for the other rules.
_EMBED = _r(
    r"^(?:so |and |also |ok |okay |hi |hey |um |just )*(?:(?:please )?(?:remind|tell|show) me|"
    r"(?:can|could|would|will|may|might) (?:you|i) (?:please |possibly |"
    r"kindly |just )?(?:tell me|explain(?: to me)?|share(?: with me)?|say|let me know|ask(?: you)?|describe(?: to me)?|"
    r"clarify|confirm|check|find out|ask around|ask)|i (?:would|d) (?:love|like|be curious|be interested) to (?:know|ask|hear|understand|find out|"
    r"learn)|i am (?:curious|wondering|interested to know|interested in)(?: about)?|i was wondering|i wonder|"
    r"(?:do|would) you mind (?:telling|sharing with|sharing|explaining to) me|do you (?:know|happen to know)|"
    r"(?:just )?(?:curious|wondering)|out of curiosity|may i ask|is it (?:ok|okay|rude|alright|all right) "
    r"(?:if i ask|to ask)(?: you)?)\b(?: (?:to|for|with) me\b)?,? "
)
_SUBJ = r"(?:\{company\}(?: s \w+)?|you|it|they|(?:your|the|this|its|their) \w+(?: \w+)?)"
_WH_PHRASE = r"(?:what|which|who|whom|where|when|why|how)(?: \w+){0,2}?"
_STATEMENT_START = _r(
    rf"^(?:what|which|who|whom|where|when|why|how)(?: (?:many|much|long|often|old|big|kind of|sort of|type of) \w+)? "
    rf"{_SUBJ} \w"
)
_INNER_AUX = _r(
    rf"^({_WH_PHRASE}) ({_SUBJ}) (is|are|was|were|will|would|can|could|should|has been|have been|had been)\b(.*)$"
)
_INNER_YOU = _r(rf"^({_WH_PHRASE}) you (\w+)\b(.*)$")
_INNER_THIRD = _r(rf"^({_WH_PHRASE}) ({_SUBJ}) (\w+s)\b(.*)$")
_INNER_IF = _r(
    rf"^(?:if|whether) ({_SUBJ}) (is|are|was|were|have|has|had|will|would|can|could|do|does|did)\b(.*)$"
)
_INNER_IF_YOU = _r(r"^(?:if|whether) you (\w+)\b(.*)$")
_AUX_WORDS = frozenset("is are was were will would can could should has have had do does did".split())


def _base_form(verb: str) -> str:
    if verb in ("does", "has", "goes"):
        return {"does": "do", "has": "have", "goes": "go"}[verb]
    if verb.endswith(("ses", "shes", "ches", "xes", "zes")):
        return verb[:-2]
    return verb[:-1]


def embedded_question(n: str) -> str | None:
    """The question inside a polite frame, in question order, or None when there is no such frame."""
    m = _EMBED.match(n)
    if not m:
        return None
    return _question_order(n[m.end() :].strip(), allow_if=True) or n[m.end() :].strip()


def statement_order(n: str) -> str | None:
    """ "When your company was started?", "how much salary you are getting?": a question word followed by
    statement order (common in quick or second-language writing), put in question order; None otherwise."""
    if not _STATEMENT_START.match(n):  # "how did your pay…" is in question order already
        return None
    return _question_order(n)


def _question_order(rest: str, allow_if: bool = False) -> str | None:
    if m := _INNER_AUX.match(rest):
        return f"{m[1]} {m[3]} {m[2]}{m[4]}"
    if (m := _INNER_YOU.match(rest)) and m[2] not in _AUX_WORDS:
        return f"{m[1]} do you {m[2]}{m[3]}"
    if (m := _INNER_THIRD.match(rest)) and m[3] not in ("is", "was") and not m[2].endswith("s"):
        return f"{m[1]} does {m[2]} {_base_form(m[3])}{m[4]}"
    if not allow_if:  # "if you were in my position, …" is a condition, not a question
        return None
    if m := _INNER_IF.match(rest):
        return f"{m[2]} {m[1]}{m[3]}"
    if (m := _INNER_IF_YOU.match(rest)) and m[1] not in _AUX_WORDS:
        return f"do you {m[1]}{m[2]}"
    return None


# "{company} was founded when?", "so {company} makes what exactly?": the question word at the end.
_ECHO_AUX = _r(
    rf"^(?:so |and |remind me |sorry )?({_SUBJ}) (is|are|was|were|has been) (\w+(?: \w+)?) "
    r"(what|when|where|who|how|how many \w+|which \w+)(?: exactly| again| then)?\s*\??$"
)
_ECHO_VERB = _r(
    rf"^(?:so |and |remind me |sorry )?({_SUBJ}) (\w+s) (what|where|who|how many \w+|which \w+)(?: exactly| again| then)?\s*\??$"
)


def echo_question(n: str) -> str | None:
    """A statement that ends in its question word, put in question order; None when it is not one."""
    if m := _ECHO_AUX.match(n):
        return f"{m[4]} {m[2]} {m[1]} {m[3]}?"
    if (m := _ECHO_VERB.match(n)) and m[2] not in ("is", "was", "has"):
        return f"{m[3]} does {m[1]} {_base_form(m[2])}?"
    return None


# A question of a word or two — "Kids?", "Hiring?", "Good pay?" — asks the host about themselves.
_TELEGRAPHIC = [
    (
        "too_personal",
        _r(
            r"\b(?:kids|children|married|single|divorced|girlfriend|boyfriend|wife|husband|partner|spouse|religious|"
            r"religion|church|age|pregnant|grandkids|grandchildren|dating|seeing anyone|vote|voted|party)\b"
        ),
    ),
    (
        "job_ask",
        _r(
            r"\b(?:hiring|openings?|jobs?|internships?|vacanc(?:y|ies)|positions?|an intern|interns|room for (?:one more|another|me)|"
            r"need (?:an? |any )?(?:help|intern|junior|hand|grad)|recruiting|work for me|a job|take me on)\b"
        ),
    ),
    (
        "own_pay",
        _r(
            r"\b(?:pay|paid|salary|salaries|bonus|bonuses|benefits|comp|compensation|earnings|income|perks|pto|"
            r"vacation days|holidays|equity|stock|raise|pension)\b"
        ),
    ),
]
_TELEGRAPHIC_FILLER = frozenset(
    "any good got your decent nice a an the for me you so and ok okay well paid enough much big one more another "
    "need need? room".split()
)


def telegraphic(n: str) -> tuple[str, str] | None:
    """(rule, word) for a question of a few words that names only a private, hiring or pay concept."""
    words = n.rstrip("?!. ").split()
    if not words or len(words) > 4 or _ANY_WH_WORD.search(n):
        return None
    for rule, pattern in _TELEGRAPHIC:
        m = pattern.search(n)
        if m and all(
            w in _TELEGRAPHIC_FILLER or pattern.fullmatch(w) or w in m.group(0).split() for w in words
        ):
            return rule, m.group(0)
    return None


_ANY_WH_WORD = _r(r"\b(?:what|how|why|where|when|who|which|whom|whose)\b")
