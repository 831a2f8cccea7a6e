#!/usr/bin/env python3
"""Generate Casesearch's demo set: invented case records for a fictional borough.

Ashby Vale Borough Council does not exist, and nor does anyone or anywhere in these records:
every child, parent, worker, school, street, service and event is invented. Phone numbers are in
Ofcom's drama range (07700 900000-900999) and postcodes are AV1 to AV9.

Each child's storyline is written out below, record by record, for that child alone: there are
no sentence pools shared between cases and nothing is random, so the output is the same on every
run. Regenerate with

    python3 src/demo/generate_demo.py > src/main/resources/demo/demo-records.jsonl
    python3 src/demo/generate_demo.py --files src/main/resources/demo/files

The second writes the cases' documents (a letter, an e-mail, a statement) and their demo-manifest.jsonl,
which `import` reads like uploaded files.

How a record's text is written here: paragraphs are separated by a blank line and the lines of a
paragraph are joined with spaces, except lines that start with "| " (kept as lines, the marker
dropped) or "- " (list items, which may wrap). "{age}" is the case child's age in years on the record's
date and "{age:key}" the age of the person with that key in the case's register; "{months}" and
"{months:key}" are ages in months, for babies.

The people of a record are the register entries (the case's own, then the professionals and
services) that its text names, by any of their names: "Gran", "Sylvia" and "Sylvia Pickering"
are the same person. Standard library only.
"""
import json
import os
import re
import sys
from datetime import date

SOURCE = "Mosaic-demo"
LAST_DAY = date(2026, 11, 30)

# Workers who write records, and their teams.
WORKERS = {
    "priya": ("Priya Nandra", "MASH"),
    "tom": ("Tom Ellery", "Assessment Team"),
    "ruth": ("Ruth Adeyemi", "Assessment Team"),
    "sian": ("Sian Maddox", "Child Protection Team"),
    "joe": ("Joe Bramwell", "Child Protection Team"),
    "farah": ("Farah Iqbal", "Child Protection Team"),
    "hannah": ("Hannah Okoro", "Children in Care Team"),
    "liam": ("Liam Forsyth", "Leaving Care Team"),
    "rob": ("Rob Castleton", "Early Help"),
    "mel": ("Mel Hargreaves", "Early Help"),
    "jordan": ("Jordan Pryor", "Early Help"),
    "gwen": ("Gwen Talbot", "Child Protection Team"),
    "naomi": ("Naomi Wren", "Children with Disabilities Team"),
}

# Professionals and services that appear across cases: name, role, relation to the child (in
# social workers' words), kind, and the names by which a text may refer to them.
PROFESSIONALS = [
    ("Priya Nandra", "Social worker, MASH", "social worker", "professional", ["Priya Nandra"]),
    ("Tom Ellery", "Social worker, Assessment Team", "social worker", "professional", ["Tom Ellery", "Tom"]),
    ("Ruth Adeyemi", "Social worker, Assessment Team", "social worker", "professional", ["Ruth Adeyemi", "Ruth"]),
    ("Sian Maddox", "Social worker, Child Protection Team", "social worker", "professional", ["Sian Maddox", "Sian"]),
    ("Joe Bramwell", "Social worker, Child Protection Team", "social worker", "professional", ["Joe Bramwell"]),
    ("Farah Iqbal", "Social worker, Child Protection Team", "social worker", "professional", ["Farah Iqbal", "Farah"]),
    ("Hannah Okoro", "Social worker, Children in Care Team", "social worker", "professional", ["Hannah Okoro", "Hannah"]),
    ("Liam Forsyth", "Personal adviser, Leaving Care Team", "personal adviser", "professional", ["Liam Forsyth", "Liam"]),
    ("Rob Castleton", "Early help worker", "early help worker", "professional", ["Rob Castleton"]),
    ("Mel Hargreaves", "Family support worker, Early Help", "family support worker", "professional", ["Mel Hargreaves", "Mel"]),
    ("Naomi Wren", "Social worker, Children with Disabilities Team", "social worker", "professional", ["Naomi Wren", "Naomi"]),
    ("Gwen Talbot", "Team manager, Child Protection Team", "team manager", "professional", ["Gwen Talbot"]),
    ("Margaret Deane", "Independent conference chair", "conference chair", "professional", ["Margaret Deane"]),
    ("Andrew Pike", "Independent reviewing officer", "IRO", "professional", ["Andrew Pike"]),
    ("PC Sarah Lomax", "Police officer, Ashby Vale Police", "police officer", "professional", ["PC Sarah Lomax", "PC Lomax"]),
    ("DS Karen Holt", "Detective sergeant, Public Protection Unit", "police officer", "professional", ["DS Karen Holt", "DS Holt"]),
    ("PC Gareth Wynne", "Police officer, Ashby Vale Police", "police officer", "professional", ["PC Gareth Wynne", "PC Wynne"]),
    ("DC Imran Bhatti", "Detective constable, Online Safeguarding Team", "police officer", "professional", ["DC Imran Bhatti", "DC Bhatti"]),
    ("Dr Amara Okafor", "GP, Vale Park Surgery", "GP", "professional", ["Dr Amara Okafor", "Dr Okafor"]),
    ("Dr Vikram Shah", "Consultant paediatrician", "paediatrician", "professional", ["Dr Vikram Shah", "Dr Shah"]),
    ("Dr Nia Pemberton", "Clinical psychologist, CAMHS", "CAMHS clinician", "professional", ["Dr Nia Pemberton", "Dr Pemberton"]),
    ("Bronwen Tate", "Health visitor", "health visitor", "professional", ["Bronwen Tate", "Bronwen"]),
    ("Bev Carrick", "School nurse", "school nurse", "professional", ["Bev Carrick", "Bev"]),
    ("Jess Oduya", "Community midwife", "midwife", "professional", ["Jess Oduya", "Jess"]),
    ("Mr Daniel Riley", "Head teacher, Brookfold Primary School", "head teacher", "professional", ["Mr Daniel Riley", "Mr Riley"]),
    ("Mrs Helen Crossley", "Designated safeguarding lead, Kestrel Park Academy", "designated safeguarding lead", "professional",
     ["Mrs Helen Crossley", "Mrs Crossley"]),
    ("Mrs Lorraine Tulley", "Head teacher, Hollowmere Primary School", "head teacher", "professional", ["Mrs Lorraine Tulley", "Mrs Tulley"]),
    ("Mr Paul Gedling", "Designated safeguarding lead, Wyvern Hill Academy", "designated safeguarding lead", "professional",
     ["Mr Paul Gedling", "Mr Gedling"]),
    ("Carla Benn", "Independent domestic violence adviser (IDVA)", "domestic abuse adviser", "professional", ["Carla Benn", "Carla"]),
    ("Jordan Pryor", "Youth worker, Ashby Vale Youth Service", "youth worker", "professional", ["Jordan Pryor", "Jordan"]),
    ("Amit Rana", "Recovery worker, Vale Recovery Service", "drug and alcohol worker", "professional", ["Amit Rana", "Amit"]),
    ("Olwen Price", "Children's guardian", "children's guardian", "professional", ["Olwen Price"]),
    ("Kestrel Park Academy", "Secondary school", "school", "community", ["Kestrel Park Academy", "Kestrel Park"]),
    ("Hollowmere Primary School", "Primary school", "school", "community", ["Hollowmere Primary"]),
    ("Brookfold Primary School", "Primary school", "school", "community", ["Brookfold Primary", "Brookfold"]),
    ("Wyvern Hill Academy", "Secondary school", "school", "community", ["Wyvern Hill Academy", "Wyvern Hill"]),
    ("Ashby Vale College", "Further education college", "college", "community", ["Ashby Vale College"]),
    ("Sunbeam Nursery", "Day nursery", "nursery", "community", ["Sunbeam Nursery"]),
    ("Vale Recovery Service", "Drug and alcohol service", "drug and alcohol service", "community", ["Vale Recovery Service", "Vale Recovery"]),
    ("Ashby Vale Domestic Abuse Service", "Domestic abuse service", "domestic abuse service", "community",
     ["Ashby Vale Domestic Abuse Service"]),
    ("Ashby Vale Family Centre", "Family centre, Orchard Way", "contact centre", "place", ["Ashby Vale Family Centre", "the family centre"]),
    ("Holtby Cross railway station", "Railway station", "place where found", "place", ["Holtby Cross"]),
]


class Case:
    """One child's case: the child, the case's own register of people and places, and its records."""

    def __init__(self, case_id, child, dob, register):
        self.case_id = case_id
        self.child = {"id": "C-" + case_id, "name": child, "dob": dob}
        self.dob = date.fromisoformat(dob)
        # register: key -> (name, role, relation, kind, aliases[, dob])
        self.register = register
        self.events = []
        self.documents = []

    def add(self, when, kind, title, author, text, restricted=False, team=None):
        self.events.append((date.fromisoformat(when), kind, title, author, text, restricted, team))

    def document(self, when, kind, title, author, path, content, restricted=False):
        """A file of the case (a letter, an e-mail, a statement), imported through files/demo-manifest.jsonl."""
        self.documents.append((date.fromisoformat(when), kind, title, author, path, content.lstrip("\n"), restricted))


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def months_on(dob, when):
    return (when.year - dob.year) * 12 + when.month - dob.month - (when.day < dob.day)


def render(case, when, text):
    """A record's text from its source form (see the module docstring)."""
    def born(key):
        return case.dob if key is None else date.fromisoformat(case.register[key][5])

    text = re.sub(r"\{age(?::(\w+))?\}", lambda m: str(age_on(born(m.group(1)), when)), text)
    text = re.sub(r"\{months(?::(\w+))?\}", lambda m: str(months_on(born(m.group(1)), when)), text)
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        out, prose = [], []
        for raw in block.split("\n"):
            line = raw.strip()
            if line.startswith("| ") or line == "|" or line.startswith("- "):
                if prose:
                    out.append(" ".join(prose))
                    prose = []
                out.append(line[2:] if line.startswith("|") else line)
            elif not prose and out and out[-1].startswith("- "):
                out[-1] += " " + line  # a list item wrapped onto the next line
            else:
                prose.append(line)
        if prose:
            out.append(" ".join(prose))
        paragraphs.append("\n".join(out))
    return "\n\n".join(paragraphs)


def mentions(text, alias):
    return re.search(r"(?<![A-Za-z])" + re.escape(alias) + r"(?![A-Za-z])", text) is not None


def people_named(case, text):
    out = []
    entries = list(case.register.values()) + PROFESSIONALS
    for entry in entries:
        name, role, relation, kind, aliases = entry[:5]
        if any(mentions(text, a) for a in aliases):
            out.append({"name": name, "role": role, "relation_to_child": relation, "kind": kind})
    return out


def records(cases):
    n = 0
    for case in cases:
        for when, kind, title, author, text, restricted, team in sorted(case.events, key=lambda e: e[0]):
            n += 1
            body = render(case, when, text)
            name, default_team = WORKERS[author]
            yield {
                "id": f"DEMO-{n:04d}", "case_id": case.case_id, "child": case.child, "type": kind,
                "title": title, "date": when.isoformat(), "author": name, "team": team or default_team,
                "text": body, "people": people_named(case, body), "restricted": restricted,
                "source_system": SOURCE,
            }


def documents(cases):
    """The manifest lines and file contents of the cases' documents, ids DEMO-D01 onwards."""
    n = 0
    for case in cases:
        for when, kind, title, author, path, content, restricted in sorted(case.documents, key=lambda d: d[0]):
            n += 1
            name, team = WORKERS[author]
            visible = re.sub(r"<[^>]+>", " ", content) if path.endswith(".html") else content
            line = {
                "id": f"DEMO-D{n:02d}", "case_id": case.case_id, "child": case.child, "type": kind, "title": title,
                "date": when.isoformat(), "author": name, "team": team, "people": people_named(case, visible),
                "restricted": restricted, "source_system": SOURCE, "path": path,
            }
            yield line, content


# ---------------------------------------------------------------------------------------------
# The cases. Each function writes one child's story.
# ---------------------------------------------------------------------------------------------


def ellie_hollins():
    """AV-1001. Domestic abuse by the mother's partner, Craig Mercer; a safety network around
    Ellie and her brother Alfie; Ellie's cutting; child protection plans stepped down; closed."""
    c = Case("AV-1001", "Ellie Hollins", "2010-06-14", {
        "joanne": ("Joanne Hollins", "Parent", "mother", "family", ["Joanne Hollins", "Joanne", "Mum", "Ms Hollins"]),
        "craig": ("Craig Mercer", "Mother's partner", "mother's partner", "family", ["Craig Mercer", "Craig", "Mr Mercer"]),
        "alfie": ("Alfie Hollins", "Sibling", "brother", "family", ["Alfie Hollins", "Alfie"], "2016-02-03"),
        "darren": ("Darren Hollins", "Parent", "birth father", "family", ["Darren Hollins", "Darren", "Dad"]),
        "sylvia": ("Sylvia Pickering", "Relative", "maternal grandmother", "family", ["Sylvia Pickering", "Sylvia", "Gran"]),
        "dawn": ("Dawn Pickering", "Relative", "aunt", "family", ["Dawn Pickering", "Dawn"]),
        "irene": ("Irene Ashworth", "Neighbour", "neighbour", "community", ["Irene Ashworth", "Irene", "Mrs Ashworth"]),
        "keeley": ("Keeley", "Ellie's friend", "friend", "community", ["Keeley"]),
        "lisa": ("Lisa Tranter", "Craig Mercer's former partner", "mother's partner's former partner", "community", ["Lisa Tranter"]),
        "home": ("14 Larkspur Road", "Family home", "home address", "place", ["14 Larkspur Road", "Larkspur Road"]),
        "gran_home": ("9 Canal Row", "Maternal grandmother's home", "maternal grandmother's home", "place", ["9 Canal Row", "Canal Row"]),
    })
    c.add("2023-09-17", "police_notification", "Police notification: assault at 14 Larkspur Road, 16/09/2023", "priya", """
| PUBLIC PROTECTION NOTIFICATION (DOMESTIC ABUSE)
| Reference: AVP-23-04417
| Incident: 16/09/2023 at 23:10
| Location: 14 Larkspur Road, Ashby Vale AV3 2QT
| Reporting officer: PC Sarah Lomax
| DASH risk level: High

Police were called at 23:10 by Ellie Hollins ({age}), who rang 999 from her bedroom and said that
her mum's boyfriend was hurting her mum. PC Lomax and a colleague arrived at 23:19. Joanne
Hollins was in the kitchen with a cut above her left eye that was bleeding heavily. She said that
Craig Mercer, her partner of about eighteen months, had come home drunk, accused her of messaging
another man, pushed her against the fridge and thrown a mug at her head. Broken pieces of the mug
were on the kitchen floor.

Craig Mercer was still at the address and was arrested for assault by beating. He was interviewed
on 17/09/2023 and released on bail with conditions not to contact Joanne Hollins directly or
indirectly and not to attend Larkspur Road.

Children present: Ellie ({age}) was awake and heard the assault. Alfie Hollins ({age:alfie}) was
asleep and did not wake. Ellie was upset but calm and told the officer she had heard shouting like
this "loads of times". Police attended the address twice before this year (March and July) for
verbal arguments between the couple; no offences were recorded.

Referred to MARAC because of the high DASH score.
""")
    c.add("2023-09-18", "referral", "MASH contact: police notification of assault on Joanne Hollins", "priya", """
| MASH CONTACT RECORD
| Contact date: 18/09/2023
| Source: police notification AVP-23-04417
| Children: Ellie Hollins (DOB 14/06/2010) and Alfie Hollins (DOB 03/02/2016)
| Address: 14 Larkspur Road, Ashby Vale AV3 2QT
| Mother: Joanne Hollins, 07700 900412

Reason for contact: Joanne was assaulted at home by her partner Craig Mercer on the night of 16
September. Ellie rang 999 and heard the assault. Craig has been bailed away from the address.

Agency checks: Kestrel Park Academy say Ellie's attendance last year was 95% and that she has
seemed tired and quiet since the summer. Hollowmere Primary have no concerns about Alfie, whose
attendance is 97%. Vale Park Surgery: Joanne was seen twice this year for anxiety and poor sleep.
Police: two earlier call-outs in 2023 for arguments at the address.

The children's father, Darren Hollins, lives outside the borough and has the children to stay
every other weekend. Joanne's mother, Sylvia Pickering, lives nearby on Canal Row.

RAG rating: Red. MASH decision: strategy discussion today.
""")
    c.add("2023-09-18", "strategy_discussion", "Strategy discussion: Ellie and Alfie Hollins", "priya", """
Strategy discussion held by Teams on 18/09/2023. Present: Priya Nandra (MASH social worker,
chair), DS Karen Holt (Public Protection Unit), Bev Carrick (school nurse), Mrs Helen Crossley
(designated safeguarding lead, Kestrel Park Academy) and Mrs Lorraine Tulley (head teacher,
Hollowmere Primary).

Information shared: on 16 September Joanne Hollins was assaulted by Craig Mercer in the kitchen of
the family home and needed steri-strips for a cut above her eye. Ellie made the 999 call. Craig is
on bail not to attend the address. DS Holt said police hold further information about Craig's
history that is being considered for disclosure to Joanne through the proper process. Mrs Crossley
said Ellie has been withdrawn this term and has twice asked to stay in the library at lunch. Mrs
Tulley said Alfie is cheerful at school and is collected every day by his mum or his gran.

Analysis: the children are living with domestic abuse that has been building this year, and Ellie
is aware of it. Whether Joanne can keep Craig away is not yet known.

Decision: threshold met for a section 47 enquiry for both children, led by Tom Ellery (Assessment
Team), with a visit to the home tomorrow and both children to be seen alone. Police to progress the
criminal investigation. Carla Benn, IDVA, to contact Joanne.
""")
    c.add("2023-09-19", "case_note", "Home visit after the assault on 16 September", "tom", """
Visited 14 Larkspur Road on 19/09/2023 at 16:00 with Priya Nandra. Joanne, Ellie and Alfie were at
home. Joanne had steri-strips over her left eyebrow and bruising around the eye.

Joanne's account: Craig Mercer came in from the pub at about eleven, took her phone and said she
had been messaging a man from work. When she tried to take the phone back he pushed her into the
fridge and threw his mug at her; it hit her above the eye and smashed. She says he has never hit
her before but that he has thrown things and punched a door. She said, "I'm finished with him."
She knows about his bail conditions and agreed to ring 999 if he comes to the house.

Ellie ({age}) was seen alone in her bedroom. She said she heard Mum screaming and a smash, and
rang the police because "last time Mum said not to and it got worse". She said Craig is "nice when
he's sober and horrible when he's not" and that she wants him never to come back. She feels safe
at Gran's house and at her dad's.

Alfie ({age:alfie}) was seen in the living room. He showed me his Lego and said Craig "shouts at
Mum and Mum cries". He did not know about Saturday night.

The house was clean and warm, with food in the fridge. Joanne's mother, Sylvia Pickering, arrived
during the visit; she lives five minutes away at 9 Canal Row and said she will do whatever the
children need. Plan: section 47 enquiry continues; Carla Benn (IDVA) to see Joanne this week.
""")
    c.add("2023-09-30", "police_notification", "Police notification: Craig Mercer at the address in breach of bail", "priya", """
| PUBLIC PROTECTION NOTIFICATION (DOMESTIC ABUSE)
| Reference: AVP-23-04682
| Incident: 29/09/2023 at 22:05
| Location: 14 Larkspur Road, Ashby Vale AV3 2QT
| Reporting officer: PC Gareth Wynne
| DASH risk level: High

A neighbour, Irene Ashworth of 16 Larkspur Road, rang police to say that Craig Mercer's white van
was parked outside number 14 and that she could hear a man shouting inside. Officers attended at
22:14. Craig Mercer was in the hallway with a holdall. Joanne Hollins said she had let him in to
collect his clothes and that he became angry when she would not let him stay. No injuries. The
children were upstairs; Ellie was awake.

Craig Mercer was arrested for breach of bail and kept in custody for court the next morning, where
his bail was continued on the same conditions.
""")
    c.add("2023-10-02", "case_note", "Visit after the breach of bail on 29 September", "tom", """
Visited Joanne at home on 02/10/2023 after the police notification about 29 September. Joanne said
she let Craig in because he had texted her from a friend's number saying he only wanted his work
clothes, and that she "didn't want a scene in the street". She accepts now that this was a
mistake and that he used it to get back into the house.

We talked about how contact from Craig through other people's phones is still contact and breaks
his bail. Joanne agreed to save every message and give them to the police. She has met Carla Benn
and has been offered a place on the Freedom Programme at the Ashby Vale Domestic Abuse Service.

Ellie said Irene next door "saved the day". Alfie was at Gran's.
""")
    c.add("2023-10-04", "assessment", "Section 47 enquiry outcome", "tom", """
Section 47 enquiry: Ellie Hollins ({age}) and Alfie Hollins ({age:alfie}). Completed by Tom Ellery,
Assessment Team, 04/10/2023.

What happened: Joanne Hollins was assaulted by her partner Craig Mercer at home on 16 September
2023 while both children were in the house; Ellie heard it and called the police. On 29 September
Craig came to the house in breach of his bail and Joanne let him in.

The children: both children were seen alone. Ellie describes months of shouting and things being
thrown, mostly at weekends after Craig had been drinking, and worrying about her mum when she is at
school. Her attendance has dropped this term and school describe her as withdrawn. Alfie is less
aware but knows that Craig shouts and that his mum cries.

Strengths: Joanne is a warm mother and the home is well kept. The children have a close
relationship with their maternal grandmother, Sylvia Pickering, and with their aunt, Dawn Pickering,
and their father, Darren Hollins, is a reliable part of their lives.

Outcome: concerns substantiated. Both children are likely to suffer significant emotional harm
from living with domestic abuse, and the breach of bail shows that Joanne cannot yet keep Craig
away on her own. Recommendation: initial child protection conference.
""")
    c.add("2023-10-05", "police_notification", "Disclosure under the Domestic Violence Disclosure Scheme", "priya", """
| RESTRICTED: DOMESTIC VIOLENCE DISCLOSURE SCHEME
| Reference: AVP-DVDS-23-0197
| Disclosure made: 05/10/2023
| Disclosing officer: DS Karen Holt

Following the assault on 16/09/2023 the police decided under the "right to know" to disclose
information about Craig Mercer to Joanne Hollins. DS Holt met Joanne at the police station on
05/10/2023 with Carla Benn present.

Information disclosed: in 2019 Craig Mercer was convicted of assault occasioning actual bodily harm
against a former partner, Lisa Tranter, and was made subject to a two-year restraining order to
protect her. He was also the subject of three domestic incidents involving Lisa Tranter between
2017 and 2019.

Joanne was told that she must not share this information except to keep herself and her children
safe. She was upset and said that Craig had told her he had "never laid a finger" on anyone before
her.

This record is restricted. The conference may be told that a disclosure has been made, but not its
content.
""", restricted=True)
    c.add("2023-10-09", "icpc_minutes", "Initial child protection conference minutes", "sian", """
Initial child protection conference for Ellie Hollins ({age}) and Alfie Hollins ({age:alfie}), held
on 09/10/2023. Chair: Margaret Deane, independent conference chair.

Present: Joanne Hollins (mother), Sylvia Pickering (maternal grandmother, supporting Joanne), Tom
Ellery (social worker, Assessment Team), Sian Maddox (allocated social worker, Child Protection
Team), PC Sarah Lomax, Mrs Helen Crossley (Kestrel Park Academy), Mrs Lorraine Tulley (Hollowmere
Primary), Bev Carrick (school nurse), Carla Benn (IDVA). Darren Hollins (father) joined by phone.
Craig Mercer was not invited, as he is on bail not to contact Joanne; his views were sought in
writing and none were received.

The incident of 16 September: PC Lomax described the 999 call Ellie made at 23:10, Joanne's cut
above the eye and the broken mug on the kitchen floor. Craig Mercer was arrested and is on bail.
Joanne told the conference that Craig threw the mug after pushing her against the fridge and that
she had been frightened he would go upstairs to the children.

The breach of 29 September: Irene Ashworth, the next-door neighbour, called police when she saw
Craig's van; Joanne accepts that she let him in.

The police have shared confidential information with Joanne under the Domestic Violence Disclosure
Scheme. The conference was told that a disclosure was made but not what it contained.

The children's views: Ellie told Sian that she feels safe "at Gran's, at Dad's and at school" and
worries about Mum "every single night". Alfie said he likes it when Gran picks him up.

Darren Hollins said he will keep the children every other weekend and more if needed, and that he
had not known how bad things had become.

Decision: both children to be subject to child protection plans under the category of emotional
abuse. Sian Maddox is the lead social worker. A core group will meet within ten working days and
the review conference will be in three months.
""")
    c.add("2023-10-09", "child_protection_plan", "Child protection plan: Ellie and Alfie Hollins", "sian", """
Child protection plan for Ellie Hollins and Alfie Hollins. Category: emotional abuse. Lead social
worker: Sian Maddox. Agreed at the initial conference on 09/10/2023.

What we are worried about: Ellie and Alfie have lived with Craig Mercer's violence towards their
mum, most recently on 16 September 2023 when Joanne was hurt and Ellie called the police. Craig has
already broken his bail once by coming to the house.

What needs to happen:
- Joanne will not let Craig Mercer into the house or meet him anywhere, and will call 999 if he
comes to Larkspur Road. She will give the police any messages he sends.
- Joanne will complete the Freedom Programme with the Ashby Vale Domestic Abuse Service and keep
seeing Carla Benn, who will help her apply for a non-molestation order.
- Sylvia Pickering will collect Alfie from Hollowmere Primary when Joanne is at work.
- Sian will see Ellie and Alfie alone at least every ten working days, at home and at school.
- Kestrel Park Academy will give Ellie a named adult, Mrs Crossley, and a pass to leave lessons if
she is upset; Bev Carrick will offer her weekly drop-in sessions.
- Darren Hollins will keep to his weekends and tell Sian if the children tell him anything
worrying.

How we will know things are better: no further incidents, Ellie's attendance back above 95%, and
both children saying they feel safe at home.
""")
    c.add("2023-10-19", "core_group_minutes", "Core group meeting 1", "sian", """
First core group meeting, 19/10/2023, at Hollowmere Primary. Present: Joanne Hollins, Sian Maddox,
Mrs Tulley, Mrs Crossley, Bev Carrick, Carla Benn.

Joanne has started the Freedom Programme (Thursday mornings) and says she has not seen Craig
Mercer since 29 September. He has sent two messages through a friend's phone; she has passed them
to the police. Carla is helping her with the forms for a non-molestation order.

Ellie has been using her pass to see Mrs Crossley and has been to two of Bev's drop-ins. Her
attendance since the conference is 92%. Alfie is fine at school; Gran collects him on the days his
mum works.

Actions: Sian to start direct work with Ellie; Joanne to take the messages to the police station
by Friday.
""")
    c.add("2023-11-02", "case_note", "Direct work with Ellie: three houses", "sian", """
Saw Ellie alone at Kestrel Park Academy on 02/11/2023 and did the three houses with her.

House of worries: "Craig coming back and Mum letting him in because she feels sorry for him." "Mum
crying in the bathroom." "Alfie finding out what Craig did." She said she checks the front door is
locked before she goes to sleep.

House of good things: "Gran's Sunday dinners." "Going to Dad's and walking his dog." "Dance club
on Wednesdays." She said Gran lets her make the gravy.

House of dreams: "Mum happy and no more police." She wants to be a paramedic "because they come
when you ring".

Ellie said Mum has been "better, more like normal" since she started her group. She asked whether
Craig will go to prison; I explained that the court will decide and that she can ask me anything
about it.
""")
    c.add("2023-11-20", "school_report", "Kestrel Park Academy report for core group", "sian", """
Report from Mrs Helen Crossley, designated safeguarding lead, Kestrel Park Academy, received
20/11/2023.

Ellie is in Year 9. Her attendance this term is 86.4%, compared with 95.0% last year; most absences
are Mondays, and she has been late eleven times. Her form tutor says she looks tired and finds it
hard to concentrate in the mornings. She is on track in English and art but has fallen behind in
maths and science.

Ellie has used her time-out pass six times this half term, mostly to talk to Mrs Crossley, and she
goes to the school nurse's drop-in most weeks. She has friends and has kept going to dance club.

Hollowmere Primary report that Alfie's attendance is 97.2% and he is making good progress in Year 3.
""")
    c.add("2023-11-30", "core_group_minutes", "Core group meeting 2", "sian", """
Core group meeting, 30/11/2023. Present: Joanne Hollins, Sian Maddox, Mrs Crossley, Bev Carrick,
Carla Benn. Mrs Tulley sent a written update.

Criminal case: Craig Mercer has been charged with assault by beating for 16 September and has
pleaded not guilty; the trial is listed for March 2024 at Ashby Vale Magistrates' Court. His bail
conditions continue. Joanne is a witness and is anxious about giving evidence; Carla will arrange a
court visit and screens.

Joanne has done six of the twelve Freedom Programme sessions. Her non-molestation application has
been delayed because she has not yet signed her statement.

Ellie's Monday absences were discussed with Joanne, who said Ellie stays at her dad's on alternate
weekends and is tired on Mondays. Darren will bring her back on Sunday afternoons instead.

Actions: Joanne to sign her statement with Carla this week; school to let Sian know of any Monday
absence by 10am.
""")
    c.add("2024-01-08", "icpc_minutes", "Review child protection conference minutes", "sian", """
Review child protection conference for Ellie Hollins ({age}) and Alfie Hollins ({age:alfie}), held
on 08/01/2024. Chair: Margaret Deane.

Present: Joanne Hollins, Sylvia Pickering, Sian Maddox, PC Sarah Lomax, Mrs Crossley, Mrs Tulley,
Bev Carrick, Carla Benn. Darren Hollins by phone.

Progress: no police call-outs since 29 September. Joanne has finished eight Freedom Programme
sessions. Ellie's attendance since the October conference is 90.5%.

New information: on 27 December Ellie told her gran that Craig had been at the house on Boxing Day
while she and Alfie were at their dad's. Joanne confirmed to the conference that she met Craig
twice over Christmas because he said he was suicidal, and that she did not tell Sian until Sian
asked her. Sylvia said she rang Sian herself because "the children come first".

Analysis: Joanne is making real efforts, but the Christmas contact shows how much pull Craig still
has on her, and he is on bail for a violent offence with a trial to come.

Decision: the children remain subject to child protection plans under the category of emotional
abuse. Next review in six months. Joanne to sign and submit her non-molestation application this
month.
""")
    c.add("2024-02-10", "police_notification", "Police notification: Craig Mercer at Hollowmere Primary gates, 09/02/2024", "priya", """
| PUBLIC PROTECTION NOTIFICATION (DOMESTIC ABUSE)
| Reference: AVP-24-00655
| Incident: 09/02/2024 at 15:20
| Location: outside Hollowmere Primary School, Ashby Vale AV3
| Reporting officer: PC Sarah Lomax
| DASH risk level: High

At afternoon pick-up Craig Mercer approached Joanne Hollins at the school gates, in breach of his
bail conditions, and shouted at her that she had "ruined his life" and that she would "regret going
to court". He grabbed her arm when she turned away. Alfie Hollins ({age:alfie}) was holding his
mother's hand and saw and heard everything. Staff took Alfie and Joanne inside and the head teacher,
Mrs Tulley, called the police.

Craig Mercer left in his van before officers arrived. He was arrested at his brother's address at
19:40 for breach of bail and for witness intimidation and remanded in custody until his trial.
""")
    c.add("2024-02-12", "case_note", "Visit after the school gate incident", "sian", """
Home visit on 12/02/2024 after Craig Mercer confronted Joanne at the school gates on Friday.

Joanne was shaken but clear: "That's it. He did it in front of Alfie." She has signed her
non-molestation application with Carla and it goes before the court next week. She has changed her
number and blocked Craig's friends on social media.

Alfie ({age:alfie}) said "the man shouted at Mum at school and Mrs Tulley took us in the office and
gave me a biscuit". He asked if Craig knows where Gran lives. I told him that lots of people are
helping to keep him and his mum safe.

Ellie ({age}) was angry: she said she told everyone this would happen. She wants to know who will
pick Alfie up now, and whether she can walk home on her own.

We agreed to meet tomorrow with Gran, Dawn and Irene to write a safety plan that says who collects
the children and what everyone does if Craig is seen.
""")
    c.add("2024-02-14", "safety_plan", "Safety plan: who collects Ellie and Alfie", "sian", """
SAFETY PLAN for Ellie Hollins ({age}) and Alfie Hollins ({age:alfie}), agreed on 14/02/2024 at 14
Larkspur Road with Joanne Hollins (Mum), Sylvia Pickering (Gran), Dawn Pickering (aunt), Irene
Ashworth (neighbour, 16 Larkspur Road) and Darren Hollins (Dad, by phone). Written by Sian Maddox.

Who collects the children:
- Monday to Wednesday: Sylvia Pickering collects Alfie from Hollowmere Primary at 3.15pm and takes
him to her house at 9 Canal Row. Ellie walks with her friend Keeley to Gran's after school and
stays there until Mum finishes work at 5.30pm.
- Thursday and Friday: Dawn Pickering collects Alfie from school and brings him home; Ellie meets
them at Larkspur Road.
- Every other Friday: Darren Hollins collects both children from Gran's at 6pm for the weekend and
brings them home by 4pm on Sunday.
- Hollowmere Primary will only release Alfie to Joanne, Sylvia, Dawn or Darren, and anyone
collecting him must give the family password. The school will never release Alfie to Craig Mercer.

If Craig Mercer is seen:
- Irene Ashworth will ring 999 straight away if she sees Craig or his white van in Larkspur Road,
and then ring Joanne.
- Whoever is with the children takes them inside, locks the door and rings 999.
- Ellie knows she can ring 999 herself and go to Irene's house next door.

Everyone will tell Sian about any contact from Craig, however small. Out of hours: emergency duty
team on 07700 900188.
""")
    c.add("2024-02-23", "email", "E-mail from Carla Benn: non-molestation order granted", "sian", """
| From: Carla Benn, IDVA, Ashby Vale Domestic Abuse Service
| To: Sian Maddox, Child Protection Team
| Date: 23/02/2024 11:42
| Subject: Joanne Hollins - non-molestation order

Hi Sian,

Just to let you know that Joanne's non-molestation order was granted without notice at the family
court yesterday, 22 February, for twelve months. It forbids Craig Mercer from contacting Joanne or
coming within 100 metres of 14 Larkspur Road, and it includes Hollowmere Primary and Kestrel Park.
Craig is still remanded, but the order will be served on him in custody.

Joanne was really proud of herself. She has also finished the Freedom Programme. The trial is still
listed for 27 March and I have booked her a pre-trial visit and screens.

Carla
""")
    c.add("2024-02-29", "core_group_minutes", "Core group meeting 3", "sian", """
Core group meeting, 29/02/2024. Present: Joanne Hollins, Sylvia Pickering, Sian Maddox, Mrs Tulley,
Mrs Crossley, Carla Benn.

The safety plan of 14 February is working. Gran has collected Alfie every Monday to Wednesday and
Dawn on Thursdays and Fridays; the school has had no one else try to collect him. Irene has not
seen Craig's van. Craig Mercer is remanded in custody and the non-molestation order was granted on
22 February.

Joanne has completed the Freedom Programme. Mrs Crossley said Ellie's attendance is 91.8% this half
term and she seems lighter since Craig was remanded, though she is anxious about the trial.

Actions: Sian to prepare Ellie for the trial outcome; the safety plan stays in place until the
review conference.
""")
    c.add("2024-03-18", "case_note", "Call from school: cuts on Ellie's forearm", "sian", """
Mrs Crossley rang on 18/03/2024. During PE Ellie's sleeve rode up and her teacher saw cuts on her
forearm. Ellie agreed to see the school nurse, Bev, and showed her about a dozen thin cuts on the
inside of her left forearm, some fresh and some healing. Ellie told Bev that she has been using the
blade from a pencil sharpener, that she does it at night "when things get too much", and that it
started in January when she heard the trial date. She said she does not want to die and that it
helps her feel calmer. Bev dressed the fresh cuts; none needed stitches.

I saw Ellie at school the same afternoon. She was embarrassed and asked me not to tell Gran. I
explained that her mum needed to know so that she could help, and Ellie chose to tell Mum herself
with me there. Joanne came to school straight away and was upset but kind with her.

Plan: GP appointment with Dr Okafor this week; referral to CAMHS; Joanne to lock away blades and
tablets; Ellie and Bev to agree who Ellie tells at school when she has the urge, and Ellie to text
Mum or Gran at night instead. Mrs Crossley will check in with her every morning.
""")
    c.add("2024-03-21", "health_report", "GP letter: Dr Okafor", "sian", """
Letter from Dr Amara Okafor, GP, Vale Park Surgery, dated 21/03/2024, following an appointment on
20/03/2024.

I saw Ellie Hollins ({age}) with her mother. Ellie has about twelve superficial linear cuts on the
inner left forearm, the oldest around eight weeks and the newest three days. They are healing well
with no sign of infection, and there are no marks elsewhere. Ellie told me that she cuts when she is
overwhelmed, usually at night, and denies any thoughts of ending her life. She is sleeping badly
and worrying about her mother and an upcoming court case.

I have made an urgent referral to CAMHS and given Ellie the details of an online counselling
service for young people. I advised Ms Hollins to keep medicines locked away and to remove spare
blades from the house. I will see Ellie again in two weeks.
""")
    c.add("2024-03-28", "police_notification", "Police notification: Craig Mercer convicted, restraining order made", "priya", """
| POLICE NOTIFICATION: COURT OUTCOME
| Reference: AVP-23-04417 / AVP-24-00655
| Date: 28/03/2024
| Officer in the case: PC Sarah Lomax

On 27/03/2024 at Ashby Vale Magistrates' Court Craig Mercer was found guilty of assault by beating
of Joanne Hollins on 16/09/2023, and pleaded guilty to breach of bail and to intimidating a witness
on 09/02/2024.

Sentence: an 18-month community order with a requirement to complete the Building Better
Relationships programme, 200 hours of unpaid work, and a two-year restraining order forbidding him
from contacting Joanne Hollins, Ellie Hollins or Alfie Hollins, or going to Larkspur Road, Canal
Row, Hollowmere Primary or Kestrel Park Academy.

Joanne gave evidence from behind a screen. Craig was released from custody after sentence and is
living with his brother on the other side of the borough.
""")
    c.add("2024-04-18", "core_group_minutes", "Core group meeting 4", "sian", """
Core group meeting, 18/04/2024. Present: Joanne Hollins, Sylvia Pickering, Sian Maddox, Mrs
Crossley, Mrs Tulley, Bev Carrick.

Craig Mercer was convicted on 27 March and has a two-year restraining order covering Joanne, both
children, the home, Gran's house and both schools. There has been no contact from him since.

Ellie has been seen by Dr Okafor and is waiting for her first CAMHS appointment on 25 April. She
has cut twice since 18 March, both times before the trial, and told her mum both times. Joanne
keeps the blades and tablets in a locked box. Bev sees Ellie every Tuesday.

The school pick-up arrangements continue unchanged. Alfie asked Gran whether he still has to go to
her house now that "the man is in trouble"; Gran said yes, because he likes her biscuits.

Actions: Sian to review the safety plan with the family before the conference in July.
""")
    c.add("2024-04-30", "health_report", "CAMHS initial assessment: Ellie Hollins", "sian", """
Letter from Dr Nia Pemberton, clinical psychologist, Ashby Vale CAMHS, dated 30/04/2024, following
an initial assessment on 25/04/2024 with Ellie and her mother.

Ellie ({age}) was referred by her GP with self-harm by cutting since January 2024, in the context of
domestic abuse at home and her mother's involvement in a criminal trial. Ellie described cutting as
a way to "let the feelings out" when she cannot sleep. She last cut on 26 March. She has no plans or
intent to end her life and identified her gran, her mum, her dad and the school nurse as people she
can talk to.

Ellie's mood is low but reactive; she enjoys dance and seeing her dad's dog. She scores in the
moderate range for anxiety.

Plan: eight sessions of individual work with me, fortnightly, focusing on managing distress and on
her experiences at home. I have given Ellie and her mother a written plan for what to do if the
urge to cut returns.
""")
    c.add("2024-05-20", "case_note", "Statutory visit: Ellie and Alfie, weekend at Dad's", "sian", """
Visit to 14 Larkspur Road on 20/05/2024. Both children were seen, Ellie alone.

Ellie said the weekend at her dad's was "the best one for ages": Darren took them to the coast and
Alfie fell in a rock pool. She has had three sessions with Dr Pemberton and said they are "weird but
good". She has not cut since the end of March and showed me the notes on her phone of things to do
instead. She said the worst bit now is "waiting for Mum to get upset again", but that Mum is
laughing more.

Alfie ({age:alfie}) told me he is going to be a fish in the class assembly. He said Gran still
picks him up and "sometimes Auntie Dawn, who lets me have the radio loud".

Joanne has started working longer hours and has asked whether Ellie could walk home on her own in
the summer term. We agreed to look at this at the conference.
""")
    c.add("2024-06-24", "school_report", "Kestrel Park Academy report for review conference", "sian", """
Report from Mrs Helen Crossley, Kestrel Park Academy, 24/06/2024.

Ellie's attendance this term is 95.3%, up from 86.4% in the autumn and 91.8% in the spring. She has
not been late since Easter. She has caught up in science and is predicted good grades in English
and art. She has chosen her GCSE options, including health and social care.

She now uses her time-out pass rarely and tells Mrs Crossley she is "OK, actually". The school has
seen no new injuries. She performed in the summer dance show.

Hollowmere Primary: Alfie's attendance is 98.1% this year and he is described as a happy, chatty
boy.
""")
    c.add("2024-07-08", "icpc_minutes", "Review child protection conference minutes: plans ended", "sian", """
Second review child protection conference for Ellie Hollins ({age}) and Alfie Hollins
({age:alfie}), held on 08/07/2024. Chair: Margaret Deane.

Present: Joanne Hollins, Sylvia Pickering, Dawn Pickering, Sian Maddox, PC Sarah Lomax, Mrs
Crossley, Mrs Tulley, Bev Carrick, Carla Benn. Darren Hollins by phone.

Progress: Craig Mercer was convicted on 27 March 2024 and is subject to a two-year restraining order.
There has been no contact or incident since February. Joanne has completed the Freedom Programme,
has a non-molestation order, and has followed the safety plan. Ellie's attendance is 95.3% and she is
seeing CAMHS; she has not cut since March. Alfie is happy and settled.

The children's views: Ellie said, "I don't need a child protection plan any more but I do want Sian
to still come." Alfie said he wants Gran to keep picking him up.

Decision: the conference agreed that Ellie and Alfie are no longer at risk of significant harm. The
child protection plans end today and the family will be supported under a child in need plan for at
least six months, with the safety plan kept in place.
""")
    c.add("2024-07-08", "child_in_need_plan", "Child in need plan: Ellie and Alfie Hollins", "sian", """
Child in need plan for Ellie and Alfie Hollins, agreed on 08/07/2024 when their child protection
plans ended. Social worker: Sian Maddox.

- Joanne will keep to the restraining order and non-molestation order and report any contact from
Craig Mercer to the police and to Sian.
- The safety plan stays in place. The family will review the school pick-up arrangements before
the new term in September.
- Ellie will finish her sessions with Dr Pemberton; Bev will keep her weekly drop-in.
- Joanne will join the Ashby Vale Domestic Abuse Service's follow-on group.
- Darren Hollins will keep his alternate weekends and will take the children for a week in August.
- Sian will visit every four weeks and see the children alone.

Review: January 2025.
""")
    c.add("2024-09-16", "safety_plan", "Safety plan reviewed for the new school year", "sian", """
SAFETY PLAN REVIEW, 16/09/2024, with Joanne Hollins, Sylvia Pickering (Gran), Dawn Pickering and
Irene Ashworth. Ellie ({age}) and Alfie ({age:alfie}) took part. Written by Sian Maddox.

Craig Mercer's restraining order runs until March 2026. There has been no contact since February.

Who collects the children from September 2024:
- Alfie (Year 4): Gran collects him from Hollowmere Primary on Mondays and Tuesdays; Mum has changed
her hours and collects him on Wednesdays, Thursdays and Fridays. Dawn Pickering is the back-up if
either cannot.
- Ellie (Year 10) walks home from Kestrel Park with her friends and texts Mum when she is in. On
Mondays and Tuesdays she goes to Gran's at 9 Canal Row.
- Dad (Darren Hollins) still collects both children from Gran's every other Friday at 6pm.
- Hollowmere Primary keeps the list of people who may collect Alfie: Mum, Gran, Dawn and Dad.

If Craig Mercer is seen: Irene will ring 999 and then Joanne; whoever is with the children takes
them inside and rings 999. Ellie knows she can go to Irene's.

Ellie asked for it to be written down that she is "old enough now" to walk home alone; everyone
agreed.
""")
    c.add("2024-11-25", "case_note", "CIN visit: Ellie and Alfie", "sian", """
Child in need visit on 25/11/2024. Ellie and Alfie were seen together and then Ellie alone.

Ellie finished her CAMHS sessions in October. She has not cut since March and said she uses the
"five things" exercise when she cannot sleep. She is enjoying Year 10, particularly health and
social care, and has a Saturday job at her aunt's hair salon sweeping up.

Joanne is going to the follow-on group and has started seeing friends again. She said the house
"feels like ours again". There has been no contact from Craig Mercer.

Alfie showed me his swimming certificate and said Gran comes to watch him.
""")
    c.add("2025-01-13", "child_in_need_plan", "Child in need review", "sian", """
Child in need review, 13/01/2025. Present: Joanne Hollins, Sylvia Pickering, Sian Maddox, Mrs
Crossley, Mrs Tulley.

Six months without any incident. Craig Mercer has kept to the restraining order and has completed
his Building Better Relationships programme, the probation service told us. Joanne is confident and
the safety network (Gran, Dawn, Irene and Darren) is strong.

Ellie's attendance in the autumn term was 96.0% and Alfie's 98.6%. Ellie has been discharged by
CAMHS and knows how to go back to them.

Decision: the plan has done what it set out to do. The case will close in the spring after a last
visit; the family will keep the safety plan and can contact the Early Help service at any time.
""")
    c.add("2025-04-07", "closure_summary", "Closure summary", "sian", """
Closure summary for Ellie Hollins ({age}) and Alfie Hollins ({age:alfie}), 07/04/2025. Social worker:
Sian Maddox.

Why we were involved: in September 2023 Joanne Hollins was assaulted at home by her partner Craig
Mercer while the children were in the house. Ellie called the police. Craig broke his bail more than
once, the last time at Alfie's school gates. The children were subject to child protection plans from October 2023
to July 2024 and to a child in need plan since.

What changed: Joanne ended the relationship, completed the Freedom Programme and obtained a
non-molestation order. Craig Mercer was convicted in March 2024 and is under a restraining order
until March 2026. A safety network of Sylvia Pickering, Dawn Pickering, Irene Ashworth and Darren
Hollins collected the children and kept the plan. Ellie stopped cutting after support from the
school nurse and CAMHS, and her attendance rose from 86.4% to 96.0%.

What the children said: Ellie said, "It's boring now, in a good way." Alfie said he would miss
Sian's stickers.

The case is closed.
""")
    c.add("2023-12-18", "case_note", "Telephone call with Darren Hollins: Christmas arrangements", "sian", """
Telephone call with Darren Hollins, the children's father, on 18/12/2023.

Darren will have Ellie and Alfie from Christmas Eve until the afternoon of 27 December, and Joanne will
have them for New Year. He will collect them from Gran's at 9 Canal Row and bring them back there.

Darren said Ellie has told him she worries about her mum being on her own over Christmas. He asked
whether Craig Mercer's bail conditions still apply over the holidays; I confirmed they do. Darren said
that if the children tell him anything about Craig he will ring me or the emergency duty team straight
away.
""")
    c.add("2023-12-28", "case_note", "Call from Sylvia Pickering: Craig at the house on Boxing Day", "sian", """
Sylvia Pickering (maternal grandmother) rang on 28/12/2023. Yesterday evening, when Darren brought the
children back to her house, Ellie told her that she had seen on Joanne's phone a photo of Craig Mercer in
the living room at Larkspur Road, taken on Boxing Day, while the children were at their dad's.

Sylvia said she was "sick with worry" about telling me but that "the children come first". She has not
spoken to Joanne about it.

I rang Joanne, who at first said the photo was old and then admitted that she had met Craig twice over
Christmas because he had messaged to say he was suicidal. She said nothing happened and the children
were not there. I reminded her that Craig is on bail not to contact her and that this will be shared
with the police and the review conference on 8 January. Ellie will be seen at school on the first day of
term.
""")
    c.document("2024-02-15", "case_note", "Ellie's safety plan in her own words", "sian",
               "AV-1001/ellie-safety-plan-own-words-2024-02-15.txt", """
MY SAFETY PLAN
by Ellie Hollins, age 13
Written with Sian on 15 February 2024, the day after the grown-ups' one.

WHO PICKS US UP

Monday, Tuesday, Wednesday: Gran picks Alfie up from school and takes him to hers on Canal Row. I walk
to Gran's with Keeley after school. We stay at Gran's till Mum finishes work at half five.

Thursday and Friday: Auntie Dawn picks Alfie up and brings him home. I meet them at our house.

Every other Friday: Dad picks us up from Gran's at 6 o'clock and we go to his for the weekend.

Alfie's school will ONLY let Mum, Gran, Auntie Dawn or Dad take him. They will never let Craig take him.
There is a password. Only the grown-ups know it (I am not allowed to know it, which is annoying).

IF I SEE CRAIG

I go inside and lock the door. I ring 999. I can also go next door to Irene's. Irene says she will
always let me in, even in her dressing gown. Irene rings 999 if she sees Craig's white van.

PEOPLE I CAN TALK TO

Gran, Mum, Dad, Auntie Dawn, Irene, Mrs Crossley at school, Bev the school nurse, and Sian.

WHAT MAKES ME FEEL SAFE

Gran's house. Dad's dog. Our front door being locked. Knowing everyone knows the plan.

Signed: Ellie
""")
    return c


def kian_pryce():
    """AV-1002. Kian and his sister Lily-Mae go hungry and unwashed while their mother is
    struggling after a bereavement; a child in need plan; the home turns round. The records
    describe what was seen and never name a category."""
    c = Case("AV-1002", "Kian Pryce", "2015-05-09", {
        "shona": ("Shona Pryce", "Parent", "mother", "family", ["Shona Pryce", "Shona", "Mum", "Ms Pryce"]),
        "lily": ("Lily-Mae Pryce", "Sibling", "sister", "family", ["Lily-Mae Pryce", "Lily-Mae"], "2019-11-22"),
        "scott": ("Scott Pryce", "Relative", "maternal uncle", "family", ["Scott Pryce", "Scott"]),
        "home": ("7 Quarry View", "Family home", "home address", "place", ["7 Quarry View", "Quarry View"]),
    })
    c.add("2021-10-05", "referral", "MASH contact from Brookfold Primary: Kian hungry and unkempt", "priya", """
| MASH CONTACT RECORD
| Contact date: 05/10/2021
| Referrer: Mr Daniel Riley, head teacher, Brookfold Primary School
| Children: Kian Pryce (DOB 09/05/2015) and Lily-Mae Pryce (DOB 22/11/2019)
| Address: 7 Quarry View, Ashby Vale AV6 4LD
| Mother: Shona Pryce, 07700 900563

Reason for contact: Mr Riley says that since the start of term Kian ({age}) has arrived at school
hungry most mornings and has asked the breakfast club staff for extra toast, which he hides in his
bag "for Lily-Mae". He has worn the same uniform every day for three weeks and it is stained and
smells of urine. He has head lice that have not been treated despite three letters home. His
attendance this term is 78%. Staff saw his sister Lily-Mae ({age:lily}), who is not yet two, in a
buggy at pick-up in a sodden nappy and a T-shirt on a cold day.

Mr Riley has tried to ring Shona Pryce several times without an answer. He understands that Kian's
grandmother, who used to help, died in the summer.

Agency checks: no police involvement. Health: the health visitor has been unable to see Lily-Mae
since March.

RAG rating: Amber. MASH decision: child and family assessment by the Assessment Team, with a home
visit this week.
""")
    c.add("2021-10-12", "case_note", "First home visit: 7 Quarry View", "ruth", """
Visited 7 Quarry View on 12/10/2021 at 15:45, after school, announced by letter. Shona Pryce let me
in after a few minutes. Kian and Lily-Mae were at home.

The house was cold and the electricity meter was on emergency credit. There was no food in the
cupboards apart from a jar of pasta sauce and half a box of dry cereal, and the fridge held only a
bottle of milk that had gone off. Shona said she had "about four pounds" until Friday.

The children's bedroom had two mattresses on the floor with no sheets; Kian's was wet and the room
smelt strongly of urine. Dirty clothes were piled in the bathroom and the washing machine has been
broken since August. There was dog mess on the kitchen floor from the family's Staffie, Bruno.

Lily-Mae was in a vest and a heavy nappy and had a red rash at the top of her legs. She was quiet,
sat where she was put, and ate a biscuit I offered very quickly. Kian ({age}) was friendly and
chatty. He told me he makes cereal for himself and his sister in the morning "because Mum is tired"
and that he likes school dinners best "because they're hot".

Shona cried for much of the visit. Her mum died in July and she says she has "just stopped". She
sleeps a lot in the day, has not opened her post for weeks, and has missed appointments for both
children because she "couldn't face it". She said she loves her children and did not want anyone to
see the house like this. She does not use drugs and drinks "hardly ever".

Actions today: food bank voucher and an emergency electricity top-up through the council's crisis
fund; Shona agreed to see Dr Okafor this week; referral to Early Help for a family support worker;
the health visitor to see Lily-Mae. I will visit again next week.
""")
    c.add("2021-10-20", "health_report", "Health visitor report: Lily-Mae Pryce", "ruth", """
Report from Bronwen Tate, health visitor, 20/10/2021.

I saw Lily-Mae ({age:lily}) at home on 19/10/2021. This was the first contact since March: her
12-month review was offered twice and not attended, and visits in May and August found no one at
home. Her one-year immunisations, including MMR, have not been given.

Lily-Mae weighed 9.1 kg, which has dropped from the 50th centile at eight months to below the 9th.
She had a nappy rash with broken skin, which I have asked the GP to see. She is walking but has only
a few words, and she was very passive during the visit, not reaching for toys or for her mother.

Kian has missed two dental appointments this year and has visible decay in two back teeth.

Shona was open with me and embarrassed. I have booked Lily-Mae's immunisations at Vale Park Surgery
for 27 October, and I will visit weekly for the next month to weigh her and support with feeding
and routines.
""")
    c.add("2021-11-02", "assessment", "Child and family assessment: Kian and Lily-Mae Pryce", "ruth", """
Child and family assessment for Kian Pryce ({age}) and Lily-Mae Pryce ({age:lily}). Completed by
Ruth Adeyemi, Assessment Team, 02/11/2021.

The children's needs: both children have been going without enough food, clean clothes, warmth
and a clean place to sleep since at least the summer. Kian goes to school hungry and in soiled
uniform, and his head lice were left untreated. Lily-Mae has lost weight, missed her health
checks and immunisations, and has a sore rash; she is quiet and passive, which may be a sign that
her needs have not been noticed for some time. Kian has taken on the care of his sister in the
mornings.

Parenting: Shona Pryce is a loving mother who managed well until her own mother died in July 2021.
She is grieving and appears depressed, and has been unable to keep up with meals, washing, money or
appointments. She has been honest with professionals and accepts help.

Family and environment: the family live in a two-bedroom council house at 7 Quarry View. There is no
other family support nearby except Shona's brother, Scott Pryce, who works long hours. There are
rent arrears and an unpaid electricity bill. Neither child's father is involved.

Since the first visit Shona has seen her GP, food has been bought with the food bank voucher and
the electricity is back on.

Analysis: the children's basic care has fallen below what they need and Lily-Mae's health has been
affected. Shona's response to help so far is positive, and the reasons for the decline are clear
and can change.

Recommendation: child in need plan under section 17, reviewed every six weeks. If the children's
care does not improve within three months, a strategy discussion should be held.
""")
    c.add("2021-11-10", "child_in_need_plan", "Child in need plan: Kian and Lily-Mae Pryce", "ruth", """
Child in need plan for Kian and Lily-Mae Pryce, agreed on 10/11/2021 with Shona Pryce, Mr Riley,
Bronwen Tate and Mel Hargreaves (Early Help family support worker). Social worker: Ruth Adeyemi.

- There will be food in the house every day. Mel will help Shona with a weekly shopping list and a
budget, and with an application for a hardship grant; food bank vouchers until then.
- The children will have clean clothes and bedding. A washing machine and two beds with bedding
have been requested from the furniture charity; until they arrive Shona will use the launderette
on Tuesdays with Mel.
- Lily-Mae will have her immunisations and her two-year review, and Bronwen will weigh her every
week. Kian will go to the dentist.
- Shona will take her antidepressants as prescribed and see Dr Okafor every two weeks; she has been
referred for bereavement counselling.
- Kian will be in school every day and on time. Brookfold will offer him breakfast club free of
charge.
- Lily-Mae will start a funded place at Sunbeam Nursery.
- Ruth will visit every two weeks, sometimes unannounced.
""")
    c.add("2021-11-24", "case_note", "Home visit: some change", "ruth", """
Unannounced visit to 7 Quarry View on 24/11/2021 at 10:30. Shona was dressed and the curtains were
open. There was bread, cereal, milk, fruit and fish fingers in the kitchen. The dog mess had been
cleared and Bruno was shut in the yard.

The washing was still piled in the bathroom and the children's mattresses still had no sheets, as
the charity delivery is not until next week. Lily-Mae ({age:lily}) was in clean clothes and a dry
nappy and had her immunisations yesterday. She babbled and brought me a book.

Shona said she has started sertraline and that "the fog is lifting a bit". She has been to the
launderette with Mel once. She is worried about the rent arrears; Mel is helping her with a payment
plan.
""")
    c.add("2021-11-26", "email", "E-mail from Mr Riley: Kian's attendance letter", "ruth", """
| From: Mr Daniel Riley, Head Teacher, Brookfold Primary School
| To: Ruth Adeyemi, Assessment Team
| Date: 26/11/2021 16:05
| Subject: Kian Pryce - attendance letter sent home today

Dear Ruth,

For your information, I have sent Ms Pryce our standard attendance letter today, as Kian's
attendance this term is 80.6%. I have written it as gently as I can and said that we know things
have been hard and that we want to help, but the local authority requires us to send it.

Kian has been at breakfast club every day this week and is eating well. His head lice have been
treated and his uniform was clean on Monday and Tuesday. He told his teacher that he has "a new
bed coming".

Kind regards,
Daniel Riley
""")
    c.add("2021-12-08", "school_report", "Brookfold Primary report for CIN review", "ruth", """
Report from Brookfold Primary School, 08/12/2021, for the child in need review.

Kian is in Year 2. His attendance this term is 80.6%, up from 78% at the start of October; in the
last four weeks it has been 95%. He now comes to breakfast club every day. His head lice have been
treated. His uniform is clean on most days, though he still sometimes arrives in clothes that smell
of damp.

He is still hungry on Monday mornings and eats two breakfasts. His reading is about a year behind;
he is making progress with daily reading with a teaching assistant. He is a kind boy who talks about
his sister a lot.
""")
    c.add("2022-01-12", "case_note", "Unannounced visit: electricity off", "ruth", """
Unannounced visit on 12/01/2022 at 16:00. The house was cold: the electricity had run out two days
earlier and Shona had no money to top up until her payment on Friday. The children had eaten cereal
with no milk for tea the night before. Lily-Mae's nappy rash had come back and was bleeding in one
place, and Shona had not taken her to the GP.

Shona said Christmas had been very hard without her mum and she had stopped taking her tablets for
a week. The new beds and washing machine have arrived and the beds were made up with clean sheets.

I arranged an emergency top-up and food parcel, and booked Lily-Mae in to see Dr Okafor tomorrow. I
discussed the visit with my manager, Gwen Talbot, the same day.
""")
    c.add("2022-01-14", "case_note", "Management decision: child in need plan strengthened", "ruth", """
Discussion with Gwen Talbot, team manager, 14/01/2022, about the visit on 12 January.

Gwen agreed that the children's care slipped badly over Christmas, but noted that the beds, washing
machine, nursery place and Kian's school attendance show the plan is working in most areas, and that
Shona tells us when things go wrong. The decision is not to hold a strategy discussion at this point,
but to strengthen the plan: Mel will visit three times a week instead of twice; Shona will have a
prepayment meter with a fixed weekly amount taken from her benefit; and the review in February will
decide whether a strategy discussion is needed if there is not clear progress.

Shona was told of this decision and agreed to it.
""")
    c.add("2022-01-19", "health_report", "GP update: Lily-Mae and Shona", "ruth", """
Update from Dr Amara Okafor, GP, Vale Park Surgery, 19/01/2022.

I saw Lily-Mae ({age:lily}) on 13/01/2022. Her nappy rash has a secondary infection, for which she has
had a cream and antibiotics. When seen again on 18/01/2022 it had almost cleared.

Her two-year review was done by the health visitor, Bronwen Tate, on 18/01/2022: her weight is now on
the 12th centile, up from below the 9th. Her speech is delayed and she has been referred to speech
and language therapy.

Shona Pryce has restarted her sertraline and I am seeing her fortnightly. She has an appointment for
bereavement counselling in February. Kian saw the dentist on 6 January and has had one filling.
""")
    c.add("2022-02-09", "child_in_need_plan", "Child in need review", "ruth", """
Child in need review, 09/02/2022, at Brookfold Primary. Present: Shona Pryce, Ruth Adeyemi, Mr Riley,
Bronwen Tate, Mel Hargreaves.

Progress: there has been food in the house at every visit since 14 January. The prepayment
arrangement means the electricity has not run out. Both children have proper beds with clean
bedding, and the washing is done twice a week. Lily-Mae started at Sunbeam Nursery on 31 January
and the nursery say she is "coming out of her shell". Kian's attendance since Christmas is 96%.

Shona is taking her medication and starts bereavement counselling on 15 February. She said: "I'm
getting up in the morning because I want to, not because I have to."

Decision: the plan continues for another three months with no need for a strategy discussion. Mel
will reduce to two visits a week from March.
""")
    c.add("2022-03-16", "case_note", "Home visit: the cupboards are stocked", "ruth", """
Visit to 7 Quarry View on 16/03/2022 at 15:30. By March the cupboards were stocked: pasta, tins,
cereal, and a shopping list on the fridge that Shona had written with Mel. There was a chicken
casserole in the oven. The house was warm and smelt clean.

Kian ({age}) took me upstairs to show me his bed, which has a dinosaur duvet, and said "I don't wet
it any more". Lily-Mae ({age:lily}) said "hiya" and "more juice", and pointed at her nursery
painting on the wall.

Shona said Bruno has gone to live with her brother Scott, who has a garden, and that it was a hard
decision but the right one. She has had four counselling sessions and says she can talk about her
mum now without "falling apart".
""")
    c.add("2022-04-06", "school_report", "Brookfold Primary report: spring term", "ruth", """
Report from Mr Daniel Riley, Brookfold Primary School, 06/04/2022.

Kian's attendance for the spring term is 95.7%, and for the year so far 88.1%. He has not been late
since January. He comes to school clean, in clean uniform, and with a packed lunch on Fridays that
he is very proud of. He has put on weight and the breakfast club staff say he now has "one breakfast,
not two".

His reading has moved up two levels and he has been given the class reading award. He talks about
his sister and his mum happily.
""")
    c.add("2022-05-11", "health_report", "Health visitor review: Lily-Mae Pryce", "ruth", """
Report from Bronwen Tate, health visitor, 11/05/2022.

Lily-Mae ({age:lily}) was weighed at Sunbeam Nursery on 10/05/2022: her weight is on the 25th centile,
steadily up from below the 9th in October. Her immunisations are up to date. She has had her first
speech and language therapy session and now uses about thirty words. The nappy rash has not come
back and she is starting toilet training.

Shona has attended every appointment since January, including two at the surgery I did not expect
her to manage on her own. I am reducing my visits to monthly.
""")
    c.add("2022-06-15", "child_in_need_plan", "Child in need review: stepping down to Early Help", "ruth", """
Child in need review, 15/06/2022. Present: Shona Pryce, Ruth Adeyemi, Mr Riley, Bronwen Tate, Mel
Hargreaves.

Everyone agreed that the children's day-to-day care is now good and has been for five months. Kian's
attendance is 96.4% this term; Lily-Mae is gaining weight, talking more and settled at nursery; the
home is warm, clean and has food in it at every visit, announced or not. Shona is well, has finished
counselling, and has cleared a third of her rent arrears.

Decision: the child in need plan ends. Mel will continue with the family for three months through
Early Help, mainly on budgeting and getting ready for Kian's move into Year 3. Shona knows she can
ask for help again at any time.
""")
    c.add("2022-07-06", "closure_summary", "Closure summary", "ruth", """
Closure summary for Kian Pryce ({age}) and Lily-Mae Pryce ({age:lily}), 06/07/2022. Social worker:
Ruth Adeyemi.

Why we were involved: in October 2021 Brookfold Primary told us Kian was coming to school hungry and
in soiled clothes with untreated head lice. At home there was no food, the electricity had run out,
the children slept on bare mattresses and Lily-Mae had lost weight and missed her health checks and
immunisations. Their mother, Shona Pryce, was depressed after her own mother's death.

What changed: with food, money and furniture support, medication and counselling, and a family support
worker, Shona got the home and the children's routines back. Kian's attendance rose from 78% to 96.4%;
Lily-Mae's weight is back on the 25th centile and her immunisations are complete.

The case is closed to children's social care and stepped down to Early Help.
""")
    c.add("2022-02-23", "email", "E-mail from Mel Hargreaves: Early Help update", "ruth", """
| From: Mel Hargreaves, Family Support Worker, Early Help
| To: Ruth Adeyemi, Assessment Team
| Date: 23/02/2022 15:32
| Subject: Pryce family - update after half term

Hi Ruth,

Quick update from my visits this week. Shona had done a big shop on Monday with the list we made, and
there were three meals planned on the fridge. The new washing machine is going every other day and the
children's bedding was clean on both visits. Lily-Mae has done three weeks at Sunbeam Nursery and cried
for only five minutes at drop-off this week.

Shona asked me to help her ring the electricity company about the old bill, which we did together; they
have agreed to take £3 a week.

Mel
""")
    c.document("2021-11-26", "school_report", "Attendance letter to Ms Pryce", "ruth",
               "AV-1002/attendance-letter-2021-11-26.html", """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Brookfold Primary School: attendance letter</title>
</head>
<body>
<p><strong>Brookfold Primary School</strong><br>
Brookfold Lane, Ashby Vale AV6 4PR<br>
Head Teacher: Mr Daniel Riley</p>

<p>Ms Shona Pryce<br>
7 Quarry View<br>
Ashby Vale AV6 4LD</p>

<p>26 November 2021</p>

<p>Dear Ms Pryce,</p>

<p><strong>Kian Pryce, Year 2: attendance</strong></p>

<p>I am writing, as we must to every family whose child's attendance falls below 90%, to let you know
that Kian's attendance this term is 80.6%. He has missed 21 of the 108 morning and afternoon sessions
since September, and he has been late on nine mornings.</p>

<p>I know that things have been very hard for your family since the summer, and I want to say first that
we are here to help, not to blame. Kian is a lovely boy and we want to see him every day. Since he
started coming to breakfast club his attendance has been much better, and he tells us he enjoys it.</p>

<p>Breakfast club is free for Kian for as long as you would like, from 8am. If mornings are difficult,
please ring the office on 07700 900615 and we will do what we can, including collecting him if needed.
You are very welcome to come in and see me at any time.</p>

<p>I will write again at the end of next term.</p>

<p>Yours sincerely,</p>

<p>Mr Daniel Riley<br>
Head Teacher</p>
</body>
</html>
""")
    return c


def kai_thornbury():
    """AV-1003. Kai goes missing and is found far from home with phones and cash; older males are
    using him to carry drugs and he ends up in debt to them. Return home interviews, a child in need
    plan and a safety plan; a house move and a college course; closed. The records describe what
    is happening without giving it a name."""
    c = Case("AV-1003", "Kai Thornbury", "2008-03-30", {
        "leanne": ("Leanne Thornbury", "Parent", "mother", "family", ["Leanne Thornbury", "Leanne", "Mum", "Ms Thornbury"]),
        "macy": ("Macy Thornbury", "Sibling", "sister", "family", ["Macy Thornbury", "Macy"], "2012-07-04"),
        "ben": ("Ben", "Kai's friend", "friend", "community", ["Ben"]),
        "tiny": ("Tiny", "Adult of concern", "adult of concern", "community", ["Tiny"]),
        "home": ("31 Wharf Road", "Family home until April 2023", "home address", "place", ["31 Wharf Road", "Wharf Road"]),
        "newhome": ("22 Heron Way", "Family home from April 2023", "home address", "place", ["22 Heron Way", "Heron Way"]),
        "flat": ("Flat 4, Foundry Court", "Flat where Kai was found", "address of concern", "place", ["Foundry Court"]),
    })
    c.add("2022-11-07", "police_notification", "Police notification: Kai Thornbury missing and found at Holtby Cross", "priya", """
| POLICE NOTIFICATION: MISSING CHILD
| Reference: AVP-22-07731
| Reported missing: 05/11/2022 at 21:30 by his mother
| Found: 06/11/2022 at 14:10, Holtby Cross railway station
| Officer: PC Gareth Wynne

Kai Thornbury ({age}) was reported missing by his mother, Leanne Thornbury, when he did not come
home from a friend's house in Ashby Vale. He was found the next afternoon by railway police at
Holtby Cross station, about forty miles away, without a ticket. He had two mobile phones and £340 in
cash and could not explain either. He said he had gone "to see a mate" but would not give a name or
address.

PC Wynne collected him and drove him home. Kai was tired, hungry and wearing new trainers his mother
said she had not bought. One of the phones received eleven calls from a withheld number during the
drive. The phone and cash were seized.
""")
    c.add("2022-11-09", "return_home_interview", "Return home interview after missing episode of 5-6 November", "jordan", """
Return home interview with Kai Thornbury ({age}), 09/11/2022, at the youth centre, after he was
missing from 21:30 on 5 November to 14:10 on 6 November and was found at Holtby Cross. Completed by
Jordan Pryor, Ashby Vale Youth Service. Kai agreed to talk and chose the place.

Kai said he "just went to see a mate" and that a friend of a friend bought him a train ticket there.
He would not say where he slept. He said the second phone "isn't mine, I was looking after it" and
that the money was "for someone". When I asked whether anyone had asked him to carry anything he
laughed and said "you watch too much telly".

He said he felt fine and was not hurt. He looked exhausted. His own phone buzzed through the
interview and he turned it face down.

He talked more about home: he gets on with his mum "mostly", his sister Macy is "annoying but OK",
and he hates school. He said he would like to do "something with my hands, like building". He agreed
to meet me again next week to play pool.

Worries: an unexplained journey far from home, a second phone, cash, new clothes, and an adult
paying for his travel. Shared with the MASH the same day.
""")
    c.add("2022-11-10", "referral", "MASH contact: Kai Thornbury, missing and found with cash and phones", "priya", """
| MASH CONTACT RECORD
| Contact date: 10/11/2022
| Source: police notification AVP-22-07731 and return home interview
| Child: Kai Thornbury (DOB 30/03/2008)
| Address: 31 Wharf Road, Ashby Vale AV8 1HX
| Mother: Leanne Thornbury, 07700 900274

Reason for contact: Kai was missing overnight on 5-6 November and was found forty miles away with
£340 and two phones. In his return home interview he would not say who paid for his ticket.

Agency checks: Wyvern Hill Academy report attendance of 74% this term and two fixed-term exclusions
since September, one for being found with a large amount of cash. Mr Gedling, the safeguarding lead,
said Kai has new designer clothes and that staff have seen him being picked up after school by older
males in a silver car. Leanne told the school she is "at her wits' end" and cannot stop him going
out. Police hold intelligence linking one of the seized phones to drug supply in Holtby Cross.

Leanne is a single parent. Kai's younger sister, Macy ({age:macy}), is doing well at primary school.
No concerns about care at home.

RAG rating: Red. MASH decision: strategy discussion.
""")
    c.add("2022-11-14", "strategy_discussion", "Strategy discussion: Kai Thornbury", "priya", """
Strategy discussion on 14/11/2022. Present: Priya Nandra (MASH, chair), PC Gareth Wynne, DS Karen
Holt, Mr Paul Gedling (Wyvern Hill Academy), Jordan Pryor (youth worker), Joe Bramwell (Child
Protection Team).

Information: Kai ({age}) has gone missing once and was found at Holtby Cross with cash and a second
phone. Police intelligence links that phone to a group supplying drugs in Holtby Cross, who are
known to recruit teenagers from Ashby Vale to travel there and carry or sell for them. Older males in
a silver car have collected Kai from school. His attendance has fallen and he has new clothes that
his family cannot afford.

The risk comes from outside the family. Leanne is worried, supportive of the police and asking for
help. There is no information suggesting Kai is harmed at home.

Decision: threshold met for a section 47 enquiry, focused on the risks outside the home, led by Joe
Bramwell. Police will seek to identify the males in the silver car and will visit known addresses.
Jordan will keep weekly contact with Kai. If Kai goes missing again Leanne will report it
immediately and a return home interview will follow within 72 hours.
""")
    c.add("2022-11-28", "assessment", "Section 47 enquiry outcome: risk outside the home", "joe", """
Section 47 enquiry: Kai Thornbury ({age}). Completed by Joe Bramwell, 28/11/2022.

Kai has been drawn into travelling to Holtby Cross for older males who supply drugs there. He was
found there with cash and a phone that was not his. He will not talk about who he is involved with
and says he is fine, which is common for young people in his position, who are often frightened of
what will happen if they speak.

Kai was seen alone twice. The second time he said that "people look after you" and that he had been
given the trainers "as a present". He said he has never been hurt and would not say whether he has
been threatened.

Home: Leanne Thornbury works part-time in a care home and cares well for both children. The home is
warm and well kept. She has tried to keep Kai in at night and has taken his phone, but he climbs out
of the window. She wants him to be safe and is cooperating fully.

Outcome: concerns substantiated; Kai is at risk of significant harm from the people he is involved
with, not from his family. Recommendation: a child in need plan with a safety plan, multi-agency
meetings every four weeks, and police disruption of the adults concerned. An initial child protection
conference is not recommended, as the plan needs Leanne as a partner and the risk does not come from
home.
""")
    c.add("2022-12-02", "child_in_need_plan", "Child in need plan: Kai Thornbury", "joe", """
Child in need plan for Kai Thornbury, agreed on 02/12/2022 with Kai, Leanne Thornbury, Jordan Pryor,
Mr Gedling and PC Wynne. Social worker: Joe Bramwell.

- Jordan will see Kai twice a week, once at school and once at the youth centre, and work with him
on who he can trust and on what he wants to do next.
- Wyvern Hill will give Kai a reduced timetable with a construction taster day at Ashby Vale College
each week, and will tell Leanne straight away if he is not in school.
- Police will stop and check the silver car when it is seen and will visit addresses linked to the
adults involved.
- Leanne will report Kai missing if he is not home by 10pm and she cannot reach him.
- Joe will see Kai every two weeks, alone.
- A multi-agency meeting will review the plan every four weeks.
""")
    c.add("2023-01-15", "police_notification", "Police notification: Kai found at Foundry Court after two days missing", "priya", """
| POLICE NOTIFICATION: MISSING CHILD
| Reference: AVP-23-00318
| Reported missing: 13/01/2023 at 22:00 by his mother
| Found: 15/01/2023 at 06:40, Flat 4, Foundry Court, Ashby Vale AV5
| Officer: PC Gareth Wynne

Kai Thornbury ({age}) was found during a police warrant at a flat on Foundry Court where the tenant,
a vulnerable adult, has had his home taken over by a group of men supplying drugs. Two adult males
were arrested. Kai was in a bedroom with another boy of fifteen. Cannabis, a quantity of wraps of a
white powder and a set of scales were found in the flat. Kai had a cut across his right palm, which
he said he got "opening a tin". He was not arrested and was taken home to his mother.
""")
    c.add("2023-01-17", "return_home_interview", "Return home interview after missing episode of 13-15 January", "jordan", """
Return home interview with Kai Thornbury ({age}), 17/01/2023, at home with his mum's agreement and
then alone in the car, which he prefers. Completed by Jordan Pryor.

Kai was quieter than usual. After a while he said he "lost some stuff" in December, when a package
he was holding was taken from him in Holtby Cross, and that he has been told he owes £600 for it. He
has been going back "to work it off". He has been told his mum's house will be "done in" if he
doesn't. He said he was at Foundry Court for two days "waiting for people" and that the men there
took his phone so he couldn't ring anyone.

The cut on his hand happened when a man called Tiny pushed him into a cabinet for "being mouthy". He
has not had it looked at; I took him to the minor injuries unit afterwards and it was glued.

He cried when he talked about Macy and said he doesn't want anything to happen to her. He said he
wants out but doesn't know how. He agreed that I could share all of this with Joe and the police.

Shared the same day with Joe Bramwell and PC Wynne. Leanne was told about the threat to the house.
""")
    c.add("2023-01-18", "strategy_discussion", "Strategy discussion: threats to Kai and his family", "joe", """
Strategy discussion on 18/01/2023 following Kai's second missing episode and his return home
interview. Present: Joe Bramwell (chair), DS Karen Holt, PC Gareth Wynne, Jordan Pryor, Mr Paul
Gedling, Gwen Talbot.

Kai has told Jordan that he owes £600 to the group he has been carrying for, after a package was
taken from him, and that he has been threatened that his mother's house will be attacked. He was
pushed into a cabinet by an adult he knows as Tiny and cut his hand. He was held at Foundry Court
without his phone.

DS Holt said one of the men arrested at Foundry Court is believed to be the man known as Tiny; he is
remanded in custody. Others in the group are not. Police will treat Kai as a victim, not a suspect.

Decision: the section 47 enquiry is updated; the child in need plan continues with a written safety
plan starting today. Police will put a marker on 31 Wharf Road so that calls get an immediate response.
The council's housing team will be asked for an urgent move for the family.
""")
    c.add("2023-01-18", "safety_plan", "Safety plan: Kai Thornbury", "joe", """
SAFETY PLAN for Kai Thornbury ({age}), agreed on 18/01/2023 with Kai, Leanne Thornbury (Mum) and
Jordan Pryor. Written by Joe Bramwell.

- Kai will hand his phone to Mum at 10pm and get it back at breakfast.
- If Kai is not home by 9pm and not answering, Mum will ring him once and then report him missing to
the police on 101, or 999 if she thinks he is in danger.
- Kai will get a taxi to and from school, paid for by the council, so he is not picked up.
- If anyone asks Kai to carry or hold anything, or says he owes them, he will tell Jordan or Joe
straight away. Jordan's work phone is 07700 900731.
- If anyone comes to the house or threatens the family, Mum will ring 999; police have a marker on
the address.
- Macy will be collected from school by Mum and will not walk home alone.

Kai said the best part of the plan is "the taxi, because nobody can get me".
""")
    c.add("2023-02-08", "school_report", "Wyvern Hill Academy report", "joe", """
Report from Mr Paul Gedling, designated safeguarding lead, Wyvern Hill Academy, 08/02/2023.

Kai is in Year 10. His attendance this half term is 61.2%, and for the year 68.9%. Since the taxi
started on 19 January he has been in every day. He attends the construction taster at Ashby Vale
College on Wednesdays and the college tutor says he is "a natural with a trowel".

There have been no further incidents of cash or unexplained items in school. He still falls asleep
in some lessons. The silver car has not been seen at the gates since the arrests in January.
""")
    c.add("2023-03-26", "police_notification", "Police notification: Kai missing overnight, returned himself", "priya", """
| POLICE NOTIFICATION: MISSING CHILD
| Reference: AVP-23-01942
| Reported missing: 25/03/2023 at 22:15 by his mother
| Returned: 26/03/2023 at 08:30, home, by himself
| Officer: PC Sarah Lomax

Kai Thornbury ({age}) was reported missing after leaving the house at 19:00 saying he was going to
the shop. He came home on his own at 08:30. He told PC Lomax during the safe and well check that he
had been "told to go to a meeting" about his debt, had gone, and then walked away and spent the night
at a friend's. He gave police the names of two adults he said were giving him orders.
""")
    c.add("2023-03-28", "return_home_interview", "Return home interview after missing episode of 25-26 March", "jordan", """
Return home interview with Kai Thornbury, 28/03/2023, two days before his fifteenth birthday.
Completed by Jordan Pryor.

Kai said he had a message telling him to go to the park on Wharf Road "to sort out what you owe". He
went because he was scared of what would happen to his mum if he didn't. Two men he knows from Holtby
Cross were there and told him he would start "working" again at Easter. He told them he wouldn't,
walked off, and stayed the night at his friend Ben's house because he thought they would be waiting
outside his.

He said, "I'm done with it. I told the police everything." He seemed lighter than in January, but
frightened. He asked whether the family could move "somewhere they don't know".

Shared with Joe Bramwell and PC Lomax. The housing move is now urgent.
""")
    c.add("2023-04-21", "case_note", "Family moved to 22 Heron Way", "joe", """
Visit on 21/04/2023 to the family's new home at 22 Heron Way, Ashby Vale AV2 5PB, on the other side
of the borough from Wharf Road. The council housing team arranged the move as a priority transfer on
safety grounds. Police have put the same marker on the new address.

Leanne was tired but relieved. Kai had set up his room and said "nobody round here knows me". He has
a new phone and number and has blocked his old contacts. He has not been missing since 26 March.
Macy ({age:macy}) will stay at her primary school until the summer and then start at Kestrel Park.

Kai's taxi to Wyvern Hill continues. Jordan will still see him weekly.
""")
    c.add("2023-06-14", "child_in_need_plan", "Child in need review", "joe", """
Child in need review, 14/06/2023. Present: Kai, Leanne Thornbury, Joe Bramwell, Jordan Pryor, Mr
Gedling, PC Wynne.

Kai has not been missing since March. The two adults he named have been charged with supply offences
and the man known as Tiny has been convicted. No one has approached Kai since the move. His attendance
since Easter is 91.3%, and he goes to the college every Wednesday.

Kai said the plan "worked" and that he wants to go to Ashby Vale College full time next year to do
bricklaying. Leanne said she is sleeping again.

Decision: plan continues to the end of the year. The taxi will stop at half term, with Kai travelling
by bus with a friend.
""")
    c.add("2023-07-19", "school_report", "Wyvern Hill Academy: end of Year 10", "joe", """
Report from Wyvern Hill Academy, 19/07/2023.

Kai's attendance for the summer term was 92.4% (year overall 79.6%). He has had no exclusions since
November. He is predicted passes in English and maths and has been offered a place on the college's
Level 1 bricklaying course for two days a week in Year 11, alongside his GCSE lessons.

He has been a reliable member of the lunchtime football group and staff describe him as "a different
boy from the one we saw in the autumn".
""")
    c.add("2024-01-24", "child_in_need_plan", "Child in need review: plan ends", "joe", """
Child in need review, 24/01/2024. Present: Kai, Leanne Thornbury, Joe Bramwell, Jordan Pryor.

Kai ({age}) has not been missing for ten months and there has been no contact from the people he was
involved with. He is in Year 11, attends Wyvern Hill three days a week and Ashby Vale College two
days, with attendance of 94.0% this year. He has a Saturday job with a local builder.

Kai said he doesn't need a social worker any more but wants to keep seeing Jordan. Leanne agreed.

Decision: the child in need plan ends; the case will close once Jordan's youth service support is
confirmed.
""")
    c.add("2024-02-07", "closure_summary", "Closure summary", "joe", """
Closure summary for Kai Thornbury ({age}), 07/02/2024. Social worker: Joe Bramwell.

Why we were involved: from November 2022 Kai went missing three times. Older males used him to carry
drugs to Holtby Cross, paid him in cash and clothes, and then told him he owed them £600 and
threatened his family. He was found at a flat on Foundry Court that the group had taken over, and
he was hurt there.

What changed: Kai told his youth worker and then the police what was happening. The adults he named
were charged. The family moved to Heron Way, Kai's school and college timetable gave him something to
aim for, and Leanne kept to the safety plan throughout. Kai has not been missing since March 2023 and
his attendance is 94.0%.

Jordan Pryor will continue to see Kai through the Ashby Vale Youth Service. The case is closed.
""")
    c.add("2023-03-06", "case_note", "Call from Leanne: scales and bags found in Kai's room", "joe", """
Leanne Thornbury rang on 06/03/2023. While putting washing away she found a small set of digital scales
and a roll of small plastic bags in a shoebox at the back of Kai's wardrobe, and £120 in cash. She has
taken them to the police station and given them to PC Wynne.

Leanne said Kai has been going to school by taxi every day and coming straight home, but that he has
been getting messages late at night again and has been "jumpy". She confronted him and he said he was
"keeping them for someone" and that he had "no choice".

I saw Kai at school the next day. He would not talk about the scales but said, "They haven't forgotten
about the money." Shared with Jordan and PC Wynne; the safety plan stays in place and Jordan will see
Kai tomorrow.
""")
    return c


def harvey_fenwick():
    """AV-1004. A baby with unexplained bruises, a mother who drinks and a violent father; child
    protection plan, supervised contact with the father, foster care, PLO and care proceedings;
    a special guardianship order to his aunt. The court statements are restricted, and only they
    record that the father has an older child who was adopted."""
    c = Case("AV-1004", "Harvey Fenwick", "2018-08-12", {
        "kerry": ("Kerry Fenwick", "Parent", "mother", "family", ["Kerry Fenwick", "Kerry", "Ms Fenwick"]),
        "dean": ("Dean Kirkby", "Parent", "birth father", "family", ["Dean Kirkby", "Dean", "Mr Kirkby"]),
        "rachel": ("Rachel Fenwick", "Relative; special guardian from July 2020", "aunt", "family", ["Rachel Fenwick", "Rachel"]),
        "pam": ("Pam Varley", "Foster carer", "foster carers", "family", ["Pam Varley", "Pam", "the Varleys"]),
        "keith": ("Keith Varley", "Foster carer", "foster carers", "family", ["Keith Varley", "Keith", "the Varleys"]),
        "kayleigh": ("Kayleigh Kirkby", "Dean Kirkby's daughter, adopted in 2014", "paternal half-sister", "family", ["Kayleigh"]),
        "home": ("52 Foundry Street", "Mother's home", "home address", "place", ["52 Foundry Street", "Foundry Street"]),
        "rachel_home": ("11 Mill Lane", "Aunt's home", "aunt's address", "place", ["11 Mill Lane", "Mill Lane"]),
    })
    c.add("2019-03-01", "referral", "MASH contact from health visitor: bruising to a six-month-old", "priya", """
| MASH CONTACT RECORD
| Contact date: 01/03/2019, 11:20
| Referrer: Bronwen Tate, health visitor
| Child: Harvey Fenwick (DOB 12/08/2018)
| Address: 52 Foundry Street, Ashby Vale AV5 3NR
| Mother: Kerry Fenwick, 07700 900845

Reason for contact: at Harvey's six-month review at home at 10:00 today Bronwen saw a bruise about
1 cm across behind Harvey's left ear and two small round bruises on his upper left arm. Harvey is
{months} months old and not yet rolling or crawling. Kerry Fenwick said he must have banged his head
on the cot bars. Kerry smelt strongly of alcohol, her speech was slurred, and there were empty wine
bottles by the sofa. Harvey's bottle had curdled milk in it.

Harvey's father, Dean Kirkby, does not live at the address but Kerry said he "stays over sometimes".
Police hold records of two domestic incidents between Kerry and Dean in 2018, when Kerry was pregnant.

RAG rating: Red. MASH decision: bruising to a non-mobile baby. Strategy discussion now and a child
protection medical today.
""")
    c.add("2019-03-01", "strategy_discussion", "Strategy discussion: Harvey Fenwick", "priya", """
Strategy discussion on 01/03/2019 at 12:30. Present: Priya Nandra (MASH, chair), DS Karen Holt,
Bronwen Tate (health visitor), Dr Vikram Shah (consultant paediatrician), Farah Iqbal (Child
Protection Team).

Harvey ({months} months) has a bruise behind his left ear and two on his upper arm. He is not
mobile. His mother's explanation, that he banged his head on the cot, does not account for the arm
bruises. His mother appeared drunk at 10am. His father, Dean Kirkby, has been violent to Kerry before.

Decision: a joint section 47 enquiry with the police. Child protection medical with Dr Shah at
15:00 today, with a skeletal survey. Kerry has agreed that Harvey will stay tonight with her sister,
Rachel Fenwick, who lives at 11 Mill Lane and has no concerns recorded; Kerry may visit there with
Rachel present. Police will speak to Dean Kirkby.
""")
    c.add("2019-03-02", "health_report", "Child protection medical: Dr Shah", "farah", """
Child protection medical report by Dr Vikram Shah, consultant paediatrician, examination on
01/03/2019 at 15:10, with Kerry Fenwick and Farah Iqbal present.

Harvey Fenwick, {months} months. Weight 7.6 kg (25th centile), length on the 50th. He is not yet
rolling over.

Findings: a 1.2 cm oval bruise behind the left ear, bluish-purple; and two round bruises of about
0.8 cm on the outer upper left arm, close together. No other injuries. The skeletal survey shows no
fractures. Blood tests for clotting are normal.

Opinion: bruising of any kind is unusual in a baby who is not mobile. The arm bruises are in the
pattern of fingertips and are consistent with Harvey being gripped forcefully. The bruise behind
the ear could be caused by a blow. Neither is consistent with a knock against cot bars, which would
be expected to mark the forehead or cheek. I consider these injuries to be inflicted.
""")
    c.add("2019-03-04", "case_note", "Joint visits with police: Kerry Fenwick and Dean Kirkby", "farah", """
Joint visits on 04/03/2019 with DS Karen Holt.

Kerry Fenwick, at 52 Foundry Street: Kerry was sober and tearful. She said Dean Kirkby stayed on the
night of 27 February and was "rough" with Harvey when he would not settle, picking him up "like a bag
of shopping". She did not see him hurt Harvey but noticed the bruise the next morning. She admitted
she has been drinking two bottles of wine a day since Christmas and that she drank that morning
"to calm down" before the health visitor came. She wants help and agreed to a referral to the Vale
Recovery Service.

Dean Kirkby, at his flat: Dean denied hurting Harvey and said Kerry "can't stand up half the time"
and must have dropped him. He was angry, said social services were "all the same", and refused
to say more. DS Holt told him he will be interviewed under caution.

Harvey is staying with Rachel Fenwick and was seen there: alert, feeding well and smiling. Rachel is
willing to keep him while the enquiry continues.
""")
    c.add("2019-03-20", "assessment", "Section 47 enquiry outcome", "farah", """
Section 47 enquiry: Harvey Fenwick ({months} months). Completed by Farah Iqbal, 20/03/2019.

Harvey, a baby who cannot move himself, had a bruise behind his ear and fingertip bruises on his arm
that Dr Shah considers inflicted. Each parent blames the other, and neither has given an explanation
that fits. His mother was drunk when the health visitor arrived and has been drinking heavily every
day. There is a history of violence by Dean Kirkby towards Kerry. The police investigation is open;
both parents have been interviewed under caution.

Strengths: Kerry has been honest about her drinking and has started at the Vale Recovery Service.
Harvey's maternal aunt, Rachel Fenwick, has cared for him safely since 1 March.

Outcome: concerns substantiated. Harvey has suffered significant harm and is at continuing risk.
Recommendation: initial child protection conference.
""")
    c.add("2019-04-01", "icpc_minutes", "Initial child protection conference minutes", "farah", """
Initial child protection conference for Harvey Fenwick ({months} months), held on 01/04/2019. Chair:
Margaret Deane.

Present: Kerry Fenwick (mother), Rachel Fenwick (maternal aunt), Dean Kirkby (father, for the first
part), Farah Iqbal (social worker), DS Karen Holt, Bronwen Tate, Amit Rana (Vale Recovery Service).
Dr Shah's report was read.

Dean Kirkby attended at the start. When the chair summarised Dr Shah's findings he shouted that the
doctor was lying and that the social worker was "out to get him", swore at the chair and left. His
view, given before he left, is that Kerry hurt Harvey while drunk.

Kerry told the conference she has not had a drink for nine days. Amit said she has attended three
sessions and her breath tests have been clear. Rachel said she will keep caring for Harvey for as
long as needed and would support Kerry to have him home if she stays sober.

Decision: Harvey to be subject to a child protection plan under the category of physical abuse.
Harvey stays with Rachel for now; a return to Kerry's care will be considered at core group if
Kerry remains sober. Dean Kirkby's contact is to be supervised at the family centre.
""")
    c.add("2019-04-01", "child_protection_plan", "Child protection plan: Harvey Fenwick", "farah", """
Child protection plan for Harvey Fenwick. Category: physical abuse. Lead social worker: Farah Iqbal.
Agreed on 01/04/2019.

What we are worried about: Harvey was injured on or around 27 February 2019 and nobody has explained
how. His mother has been drinking heavily and his father has been violent.

What needs to happen:
- Kerry will not drink alcohol, will attend the Vale Recovery Service every week and will agree to
breath tests at every session and a hair strand test.
- Harvey will live with Rachel Fenwick at 11 Mill Lane until the core group agrees he can go home.
- Kerry will see Harvey every day at Rachel's.
- Dean Kirkby will see Harvey only at Ashby Vale Family Centre, supervised, once a week. Dean will be
referred to a domestic abuse perpetrator programme.
- Bronwen will see Harvey every two weeks and check his weight and development.
- Farah will visit every ten working days.
""")
    c.add("2019-04-15", "core_group_minutes", "Core group meeting 1", "farah", """
Core group meeting, 15/04/2019, at 11 Mill Lane. Present: Kerry Fenwick, Rachel Fenwick, Farah Iqbal,
Bronwen Tate, Amit Rana.

Kerry has been sober for 23 days and has attended every Vale Recovery session. She visits Harvey
every afternoon and bathes him. Rachel says Kerry is "herself again". Harvey is well, rolling over
and babbling.

Dean Kirkby's first supervised contact is booked for 2 May; he has not yet replied about the
perpetrator programme.

Actions: if Kerry stays sober, a plan for Harvey to return home in May with Rachel visiting daily.
""")
    c.add("2019-05-02", "case_note", "Supervised contact: Dean Kirkby and Harvey", "farah", """
Contact note. Supervised contact at Ashby Vale Family Centre, 02/05/2019, 10:00 to 11:00 (ended at
10:40). Supervisor: family centre contact worker; Farah Iqbal observed.

Dean Kirkby arrived 25 minutes late and smelt of alcohol. He picked Harvey up quickly from his car
seat without supporting his head and Harvey cried. When the supervisor asked him to support Harvey's
head Dean raised his voice, said "he's my son, I'll hold him how I want" and swore. He then sat with
Harvey on his knee and played peekaboo, which Harvey enjoyed.

At 10:35 Dean began asking where Harvey is living and whether it is "with that sister". When told
he could not be given the address he stood up, put Harvey on the mat and said he was "done with
this". Contact was ended at 10:40.

Harvey was unsettled afterwards but calmed quickly with Rachel. Dean will be told in writing that
he must arrive sober and on time and must not ask about Harvey's address.
""")
    c.add("2019-05-13", "case_note", "Harvey returns home to his mother", "farah", """
Visit on 13/05/2019. As planned at the core group on 15 April, Harvey went home to Kerry at 52
Foundry Street today. Kerry has been sober for seven weeks; her Vale Recovery breath tests are all
clear.

The flat was clean and there was no alcohol in the kitchen. Harvey's cot has been moved into Kerry's
room and she has a routine on the fridge. Rachel will visit every morning and every evening for the
first month. Kerry understands that Dean Kirkby must not come to the flat and that if he does she
will call the police.

Harvey, now {months} months, was crawling on the mat and laughing at his mum.
""")
    c.add("2019-05-30", "core_group_minutes", "Core group meeting 2", "farah", """
Core group meeting, 30/05/2019. Present: Kerry Fenwick, Rachel Fenwick, Farah Iqbal, Bronwen Tate,
Amit Rana.

Harvey has been home for two and a half weeks and is doing well. Bronwen weighed him at 8.4 kg. Kerry
has missed one Vale Recovery appointment and said she had a "wobble" one evening but did not drink;
her breath test the next day was clear.

Rachel is having a planned operation on 10 June and will not be able to visit for about six weeks.
Kerry's friend will visit instead. Dean Kirkby did not attend his contact on 16 May or 23 May.

Actions: Kerry to attend all Vale Recovery sessions; Farah to visit weekly while Rachel is recovering.
""")
    c.add("2019-06-20", "police_notification", "Police notification: assault at 52 Foundry Street, baby removed under police protection", "priya", """
| PUBLIC PROTECTION NOTIFICATION (DOMESTIC ABUSE)
| Reference: AVP-19-03390
| Incident: 19/06/2019 at 23:40
| Location: 52 Foundry Street, Ashby Vale AV5 3NR
| Reporting officer: PC Gareth Wynne
| DASH risk level: High

Neighbours reported a man and woman screaming and a baby crying. Officers found Kerry Fenwick heavily
intoxicated with a swollen lip, and Dean Kirkby in the living room. Kerry said Dean had punched her
when she told him to leave. Dean was arrested for assault. Harvey Fenwick ({months} months) was in
his cot, crying, in a soaked nappy. There were two empty bottles of vodka in the kitchen.

Kerry was not able to care for Harvey safely. No family member was available, as his aunt is
recovering from surgery. Harvey was taken into police protection at 00:50 and placed with emergency
foster carers, Pam and Keith Varley, by the emergency duty team.
""")
    c.add("2019-06-21", "case_note", "Harvey placed with foster carers; section 20 agreed", "farah", """
Visit to Kerry Fenwick on 21/06/2019, following the incident on the night of 19 June. Kerry was sober
and very distressed. She said Dean turned up with vodka "to make up", she drank, they argued and he
hit her. She said she let him in because she was lonely with Rachel in hospital.

Kerry signed her agreement under section 20 for Harvey to stay in foster care with Pam and Keith
Varley while plans are made. She understands she can withdraw this. Contact for Kerry will be three
times a week at the family centre, supervised.

I visited Harvey at the Varleys' home. He was clean, fed and sleeping in a travel cot in their room.
Pam said he had cried a lot the first night but settled by morning. The Varleys are experienced
carers with two grown-up children.

Dean Kirkby has been charged with assault and bailed not to contact Kerry.
""")
    c.add("2019-06-27", "case_note", "Legal planning meeting: Public Law Outline", "farah", """
Legal planning meeting, 27/06/2019. Present: Gwen Talbot (team manager), Farah Iqbal, the council's
solicitor, Hannah Okoro (Children in Care Team).

The threshold for care proceedings is considered met: unexplained inflicted injuries in March, and a
return to heavy drinking and domestic abuse in June while Harvey was in the home.

Decision: enter the pre-proceedings stage of the Public Law Outline. A letter before proceedings will
be sent to both parents, inviting them to a meeting on 8 July with their solicitors. Hannah Okoro
will take over as Harvey's social worker as he is now looked after. Assessments to be commissioned:
a parenting assessment of Kerry, hair strand testing for both parents, and a viability assessment of
Rachel Fenwick as a carer once she has recovered.
""")
    c.add("2019-07-08", "case_note", "PLO pre-proceedings meeting", "hannah", """
Pre-proceedings meeting under the Public Law Outline, 08/07/2019. Present: Kerry Fenwick with her
solicitor, Dean Kirkby with his solicitor, Gwen Talbot (chair), Hannah Okoro, Farah Iqbal, the
council's solicitor.

The letter before proceedings was explained. Kerry said she wants Harvey home and has gone back to
the Vale Recovery Service. Dean said he wants Harvey to live with him; he was told an assessment of
him would depend on his completing the perpetrator programme and on the outcome of his assault
charge.

Agreed: Kerry will attend Vale Recovery weekly and give hair strand samples this month; a parenting
assessment will start in August; Rachel's viability assessment will start when she is well enough.
Contact: Kerry three times a week, Dean once a week, both supervised at the family centre. The plan
will be reviewed in twelve weeks; if things do not change the council will apply to the court.
""")
    c.add("2019-07-16", "looked_after_review", "Looked after review 1", "hannah", """
First looked after review for Harvey Fenwick ({months} months), 16/07/2019, at the Varleys' home.
Independent reviewing officer: Andrew Pike.

Present: Pam and Keith Varley (foster carers), Kerry Fenwick, Hannah Okoro, Bronwen Tate. Dean Kirkby
was invited and did not attend.

Harvey is settled. He is crawling everywhere, pulling himself up on the sofa, and has two teeth. He
sleeps through the night and eats well. He greets his mum with smiles at contact. Pam keeps a diary
for Kerry of what Harvey has done each day.

Kerry has attended every contact. Dean has attended two of four; one was ended early when he was
abusive to the contact worker.

The care plan, for Harvey to stay with the Varleys while the PLO assessments are done, was agreed.
Next review in December.
""")
    c.add("2019-08-14", "case_note", "Supervised contact: Dean Kirkby, contact reduced", "hannah", """
Contact note. Supervised contact at Ashby Vale Family Centre, 14/08/2019, two days after Harvey's
first birthday.

Dean Kirkby arrived on time with a birthday present, a toy car, and played with Harvey on the floor
for twenty minutes, which Harvey enjoyed. He then asked Harvey, "Where do you live, mate? With the
posh lady?" At the end of contact the contact worker saw Dean in the car park photographing the
number plate of Keith Varley's car as he drove Harvey away.

When challenged Dean denied it and then said he had "a right to know where my son is". He was told
that this would be reported.

Following discussion with Gwen Talbot, Dean's contact is reduced to once a month, and the Varleys
will now hand Harvey over at a separate entrance with a member of staff.
""")
    c.add("2019-09-09", "court_report", "Social work statement: application for a care order", "hannah", """
| IN THE FAMILY COURT AT ASHBY VALE
| Application for a care order: Harvey Fenwick (DOB 12/08/2018)
| Parents: Kerry Fenwick (mother) and Dean Kirkby (father)
| Initial statement of Hannah Okoro, social worker, 09/09/2019

1. I make this statement in support of the local authority's application for an interim care order
for Harvey, who is {months} months old and has lived with foster carers since 20 June 2019.

2. On 1 March 2019 Harvey, then six months old and not mobile, was found to have a bruise behind his
left ear and fingertip bruises on his upper arm, which Dr Shah considers inflicted. Neither parent
has explained them.

3. On 19 June 2019 police found the mother heavily intoxicated and injured by the father, with
Harvey alone in his cot. Harvey was taken into police protection.

4. The mother's hair strand test, taken on 22 July 2019, is consistent with chronic excessive
alcohol use across the three months tested, including the period in which she told professionals
she was not drinking. The father's test shows regular cocaine use.

5. The father has an older child, Kayleigh Kirkby, born in 2012 to a previous partner, who was
adopted in 2014 after care proceedings in another local authority. The findings in those proceedings
were that Kayleigh suffered a fractured arm while in the father's care and that he was violent to her
mother. The father has not disclosed this to the professionals working with Harvey; the local
authority obtained the judgment from the other authority with the court's permission.

6. The mother has engaged with support at times, and her love for Harvey is not in doubt. However,
after six months of plans she has been unable to stay sober, and she let the father into the home.

7. The local authority seeks an interim care order, with Harvey to remain in foster care. It will
assess his maternal aunt, Rachel Fenwick, as a carer for him.
""", restricted=True)
    c.add("2019-09-12", "case_note", "Interim care order made", "hannah", """
Court hearing at the family court, 11/09/2019. The court made an interim care order for Harvey. He
stays with Pam and Keith Varley. A children's guardian, Olwen Price, has been appointed.

Kerry attended with her solicitor and cried but said she understood. Dean Kirkby did not attend.

The court directed a parenting assessment of Kerry, a special guardianship assessment of Rachel
Fenwick, and further hair strand tests. The final hearing is expected in the summer of 2020.

I told Pam and Keith after the hearing. Harvey was asleep in the car.
""")
    c.add("2019-10-15", "health_report", "Health visitor: Harvey's one-year review", "hannah", """
Report from Bronwen Tate, health visitor, 15/10/2019.

Harvey's one-year review was done on 14/10/2019 at the Varleys' home, with Pam present. Harvey, {months}
months old, weighs 10.1 kg (50th centile), up from the 25th in March. He walks holding the furniture,
says "mama", "Pam" and "car", and points to what he wants. His immunisations are up to date. He has
no injuries.

He is a sociable, curious little boy, with a secure relationship with his foster carers.
""")
    c.add("2019-12-10", "looked_after_review", "Looked after review 2", "hannah", """
Second looked after review for Harvey Fenwick ({months} months), 10/12/2019. IRO: Andrew Pike.

Present: Pam and Keith Varley, Kerry Fenwick, Rachel Fenwick, Hannah Okoro, Olwen Price (children's
guardian).

Harvey is walking and into everything. He loves the Varleys' cat and bath time. Bronwen's one-year
review found him healthy and developing well.

Kerry attends contact but has missed four of the last twelve sessions. The parenting assessment is
under way. Rachel has recovered from her operation and her special guardianship assessment started in
November; she has visited Harvey at the Varleys' twice and he reaches for her.

Dean Kirkby has not attended contact since September. His assault charge is listed for trial.

The care plan remains for Harvey to stay with the Varleys while assessments are completed. Next
review in March.
""")
    c.add("2020-01-20", "court_report", "Social work statement: assessments and care plan", "hannah", """
| IN THE FAMILY COURT AT ASHBY VALE
| Care proceedings: Harvey Fenwick (DOB 12/08/2018)
| Parents: Kerry Fenwick (mother) and Dean Kirkby (father)
| Second statement of Hannah Okoro, social worker, 20/01/2020

1. This statement updates the court on the assessments directed on 11 September 2019.

2. The parenting assessment of the mother is negative. She shows love and warmth in contact, but the
assessor found that she has not been able to put Harvey's needs before her drinking. Her second hair
strand test again shows chronic excessive alcohol use. She has missed one contact in three since
October.

3. The father has not attended contact since September 2019 and has not started the perpetrator
programme. He was convicted on 6 January 2020 of assaulting the mother on 19 June 2019. He has not
engaged with any assessment. As set out in my first statement, his older daughter Kayleigh was
adopted after findings that she was injured in his care; in the light of this history and of his
refusal to be assessed, the local authority does not put him forward as a carer.

4. The special guardianship assessment of Rachel Fenwick, Harvey's maternal aunt, is positive. She
cared for Harvey safely from March to May 2019, is in good health after her operation, and
understands the risks the father poses and the need to supervise the mother's contact.

5. The local authority asks the court to approve a plan for Harvey to move to Rachel's care under the
interim care order, with a view to a special guardianship order at the final hearing.
""", restricted=True)
    c.add("2020-02-24", "case_note", "Harvey moves to his aunt Rachel", "hannah", """
Visit on 24/02/2020 to 11 Mill Lane. Harvey moved to his aunt Rachel's care today after a two-week
introduction, approved by the court on 7 February. Pam and Keith Varley brought him and stayed for
lunch, and will visit next month.

Harvey ({months} months) ran straight to the toy box Rachel had set up in the living room, and said
"Ray-Ray" for Rachel. Pam gave Rachel his life-story book, his diary and his favourite blanket.

Kerry's contact will move to the family centre on Tuesdays and Fridays, supervised, with Rachel
bringing Harvey.
""")
    c.add("2020-03-26", "looked_after_review", "Looked after review 3 (by telephone)", "hannah", """
Third looked after review for Harvey Fenwick ({months} months), 26/03/2020, held by telephone
because of the national lockdown. IRO: Andrew Pike.

Present: Rachel Fenwick, Kerry Fenwick, Hannah Okoro, Olwen Price.

Harvey has settled very well with Rachel. He sleeps through, eats well and has started saying short
sentences. Rachel said he asks for "Pam" sometimes and they look at the photos together.

Contact with Kerry has moved to video calls while the family centre is closed; Kerry has managed three
of four calls and Harvey enjoys seeing her. Dean Kirkby has had no contact.

The plan is for special guardianship to Rachel at the final hearing. Next review in September, or
sooner if the order is made.
""")
    c.add("2020-05-18", "court_report", "Final social work statement", "hannah", """
| IN THE FAMILY COURT AT ASHBY VALE
| Care proceedings: Harvey Fenwick (DOB 12/08/2018)
| Parents: Kerry Fenwick (mother) and Dean Kirkby (father)
| Final statement of Hannah Okoro, social worker, 18/05/2020

1. Harvey, now {months} months old, has lived with his maternal aunt, Rachel Fenwick, since 24 February
2020. He is thriving: his health visitor reports that he is meeting all his milestones.

2. The local authority's final care plan is for Harvey to live with Rachel under a special guardianship
order. A care order is not needed: Rachel is able to keep him safe, and the order gives her parental
responsibility that she can exercise over that of his parents.

3. Contact: the mother should see Harvey once a month, supervised by Rachel, in the community or at
Rachel's home. The father should have indirect contact only, by letter twice a year through the
council's letterbox service. This reflects the father's conviction for assaulting the mother, his
behaviour at contact, and the findings about his daughter Kayleigh in the earlier proceedings, which
he has never accepted.

4. A special guardianship support plan provides for an allowance, support with contact, and access to
therapeutic help if Harvey needs it as he grows up.
""", restricted=True)
    c.add("2020-07-15", "case_note", "Final hearing: special guardianship order made", "hannah", """
Final hearing by video on 14/07/2020. The court made a special guardianship order in favour of Rachel
Fenwick, and the care proceedings ended with no care order. The children's guardian, Olwen Price,
supported the plan.

Kerry attended and said she was glad Harvey is "with family". She will see him once a month with
Rachel. Dean Kirkby did not attend; he will have letterbox contact twice a year.

I visited Rachel and Harvey this morning with a card from the team. Harvey ({months} months) showed me
his new wellies.
""")
    c.add("2020-07-29", "closure_summary", "Closure summary", "hannah", """
Closure summary for Harvey Fenwick ({months} months), 29/07/2020. Social worker: Hannah Okoro.

Why we were involved: in March 2019, aged six months, Harvey had bruises that a paediatrician
considered inflicted. His mother, Kerry Fenwick, was drinking heavily, and his father, Dean Kirkby,
was violent to her. Harvey was on a child protection plan from April 2019. After he went home, his
father assaulted his mother while she was drunk and Harvey was taken into police protection in June
2019. He lived with foster carers Pam and Keith Varley, and the council brought care proceedings
after the Public Law Outline stage.

Outcome: Harvey has lived with his aunt Rachel Fenwick since February 2020, and a special guardianship
order was made on 14 July 2020. He sees his mother monthly; his father has letterbox contact.

Special guardianship support continues through the council's permanence team. The case is closed to
the Children in Care Team.
""")
    return c


def nadia_brennan():
    """AV-1005. Nadia comes into care at thirteen when home breaks down; two missing episodes;
    settled long-term foster care; GCSEs and college; a care leaver's pathway plans, rent arrears
    and a first job; her own tenancy at twenty."""
    c = Case("AV-1005", "Nadia Brennan", "2006-01-19", {
        "michelle": ("Michelle Brennan", "Parent", "mother", "family", ["Michelle Brennan", "Michelle", "Mum"]),
        "sue": ("Sue Denholm", "Foster carer", "foster carers", "family", ["Sue Denholm", "Sue", "the Denholms"]),
        "alan": ("Alan Denholm", "Foster carer", "foster carers", "family", ["Alan Denholm", "Alan", "the Denholms"]),
        "shannon": ("Shannon Reilly", "Friend", "friend", "community", ["Shannon Reilly", "Shannon"]),
        "home": ("18 Station Terrace", "Mother's home", "home address", "place", ["18 Station Terrace", "Station Terrace"]),
        "flat": ("Flat 2, 3 Beechwood Close", "Supported flat", "supported accommodation", "place", ["Beechwood Close"]),
        "tenancy": ("27 Linnet Drive", "Own tenancy from September 2026", "home address", "place", ["27 Linnet Drive", "Linnet Drive"]),
        "valehomes": ("Vale Homes", "Housing association", "landlord", "community", ["Vale Homes"]),
        "cafe": ("The Lockkeeper's Café", "Employer", "employer", "community", ["Lockkeeper's Café"]),
    })
    c.add("2019-05-08", "referral", "MASH contact: Nadia locked out of home overnight", "priya", """
| MASH CONTACT RECORD
| Contact date: 08/05/2019
| Referrers: Mrs Helen Crossley, Kestrel Park Academy; and Michelle Brennan (mother) by phone
| Child: Nadia Brennan (DOB 19/01/2006)
| Address: 18 Station Terrace, Ashby Vale AV4 3JW
| Mother: Michelle Brennan, 07700 900327

Reason for contact: Nadia ({age}) told Mrs Crossley this morning that her mum locked her out last
night after an argument, and that she slept on the sofa at her friend Shannon's house. She has a
scratch on the side of her neck which she says her mum did when they were "both grabbing the phone".
She does not want to go home tonight.

Michelle Brennan rang the MASH an hour later and said she "can't do it any more" and wants Nadia
"taken into care". She said they argue every day and that Nadia hit her last week.

Background: Nadia's father died when she was six. Michelle has bipolar disorder and is supported by
the community mental health team. There is no other family in the area.

RAG rating: Amber. MASH decision: same-day visit by the Assessment Team; accommodation may be needed.
""")
    c.add("2019-05-08", "case_note", "Nadia accommodated under section 20", "tom", """
Visited 18 Station Terrace on 08/05/2019 at 16:30, after seeing Nadia at school.

Michelle Brennan was calm but firm that Nadia cannot come home "for now". She said the arguments have
been getting worse since Christmas, that she stopped her medication in March, and that she is
frightened of what she will say or do. She agreed that Nadia should be accommodated under section 20
and signed the agreement. She asked for fortnightly contact "when things calm down".

Nadia ({age}) said she was relieved. She does not hate her mum but "we can't be in the same room". She
asked to stay at the same school.

Nadia was placed tonight with Sue and Alan Denholm, foster carers in the north of the borough, who
can take her to Kestrel Park each day. Sue met her at the office with a hot chocolate and Nadia chose
her own duvet cover on the way home. Michelle's community mental health nurse has been informed.
""")
    c.add("2019-05-29", "assessment", "Child and family assessment: Nadia Brennan", "tom", """
Child and family assessment for Nadia Brennan ({age}). Completed by Tom Ellery, 29/05/2019.

Nadia is a bright, funny and strong-minded girl in Year 8 who loves music and cooking. Since her
father died she has lived alone with her mother, and for the last two years she has often looked
after her mother when she has been unwell. Their relationship has become a cycle of arguments,
threats to leave and physical scuffles, and on 7 May Michelle locked Nadia out for the night.

Michelle's mental health has been poor since she stopped her medication. She loves Nadia but does not
feel able to care for her now and has asked for her to remain in foster care. The community mental
health team have restarted her treatment.

Nadia has settled quickly with the Denholms and her attendance has not dropped. She says she would
like to see her mum regularly but does not want to go home "until Mum's properly better".

Recommendation: Nadia to remain looked after under section 20, with fortnightly contact and work
towards repairing her relationship with her mother. Case to transfer to the Children in Care Team.
""")
    c.add("2019-06-18", "looked_after_review", "Looked after review 1", "hannah", """
First looked after review for Nadia Brennan ({age}), 18/06/2019, at Kestrel Park Academy.
Independent reviewing officer: Andrew Pike.

Present: Nadia, Sue Denholm, Michelle Brennan, Hannah Okoro (social worker), Mrs Crossley.

Nadia chaired part of her own review. She said she likes living with Sue and Alan, that Sue's
lasagne is "better than school's" and that she has her own room for the first time. She would like
contact with her mum every week, not every fortnight.

Michelle said she is back on her medication and feeling steadier. Two contacts have taken place at a
café and both went well.

Care plan: Nadia remains with the Denholms under section 20. Contact will be weekly after school.
Next review in November.
""")
    c.add("2019-11-26", "looked_after_review", "Looked after review 2", "hannah", """
Second looked after review for Nadia Brennan ({age}), 26/11/2019. IRO: Andrew Pike.

Present: Nadia, Sue and Alan Denholm, Michelle Brennan, Hannah Okoro.

Nadia has been with the Denholms for six months. School report good progress and attendance of 96%.
Contact with her mum has been patchy: Michelle cancelled three times in October when she was unwell,
and one contact ended with an argument. Nadia said she was "gutted" each time.

Michelle said she does not think Nadia will come home before she leaves school, and that she wants
Nadia to stay with the Denholms. The Denholms would like to care for Nadia long term.

Care plan: long-term foster care with the Denholms, to go to the fostering panel for a permanence
match. Contact weekly, with Hannah supporting Michelle to keep it. Next review in May.
""")
    c.add("2020-02-16", "police_notification", "Police notification: Nadia missing from foster care", "priya", """
| POLICE NOTIFICATION: MISSING CHILD (LOOKED AFTER)
| Reference: AVP-20-00912
| Reported missing: 15/02/2020 at 23:00 by foster carer Alan Denholm
| Found: 16/02/2020 at 03:30, Vale Park, Ashby Vale AV4
| Officer: PC Sarah Lomax

Nadia Brennan ({age}) did not come home by her 10pm curfew and did not answer her phone. She was found
by PC Lomax in Vale Park with four older teenagers. She had been drinking and was unsteady but not
hurt. She was taken back to her foster carers, who sat up with her.
""")
    c.add("2020-02-18", "return_home_interview", "Return home interview after missing episode of 15-16 February", "jordan", """
Return home interview with Nadia Brennan ({age}), 18/02/2020, at the Denholms' kitchen table with Sue
out of the room. Completed by Jordan Pryor.

Nadia said she went to the park with Shannon and "some lads from Year 11" and that someone had a
bottle of vodka. She lost track of time and her phone died. She said she was not scared and nobody
made her do anything, but admitted she did not know two of the boys.

She said she had been "in a mood" because her mum had cancelled contact on Friday for the second week
running. She knows Sue and Alan were worried and said sorry to them without being asked.

We agreed she will charge her phone before she goes out, text Sue at nine, and ring for a lift if she
is going to be late. No worries about anyone trying to take advantage of her, but shared with Hannah.
""")
    c.add("2020-03-08", "police_notification", "Police notification: Nadia missing overnight", "priya", """
| POLICE NOTIFICATION: MISSING CHILD (LOOKED AFTER)
| Reference: AVP-20-01387
| Reported missing: 07/03/2020 at 22:30 by foster carer Sue Denholm
| Returned: 08/03/2020 at 11:00, by herself
| Officer: PC Gareth Wynne

Nadia Brennan ({age}) told her foster carer she was at a friend's house. When Sue Denholm rang the
friend's mother, Nadia was not there. She came home by herself the next morning, tired and hungover,
and said she had been at a party at a house in the town centre.
""")
    c.add("2020-03-10", "return_home_interview", "Return home interview after missing episode of 7-8 March", "jordan", """
Return home interview with Nadia Brennan, 10/03/2020. Completed by Jordan Pryor.

Nadia said the party was at the house of a girl she knows from Instagram. Most people there were
"older, like eighteen or nineteen". A man in his twenties offered to drive her home at about two in
the morning and she said no because "he was being weird" and kept asking how old she was. She slept on
a sofa with Shannon and walked home in the morning.

She said she has been feeling that "nobody actually wants me": her mum has cancelled four contacts
this term, and she worries the Denholms only have her "because they're paid". We talked about how she
could tell Sue this.

Worries: an older man offering a lift and asking her age. Nadia did not know his name but described
his car. Shared with Hannah and PC Wynne, and a meeting with the Denholms this week to talk about
what happens when she is upset.
""")
    c.add("2020-05-20", "looked_after_review", "Looked after review 3 (by video)", "hannah", """
Third looked after review for Nadia Brennan ({age}), 20/05/2020, by video because of lockdown. IRO:
Andrew Pike.

Present: Nadia, Sue and Alan Denholm, Michelle Brennan, Hannah Okoro.

Nadia has not been missing since March. After her return home interview she and Sue had "a big talk"
and Nadia said she now knows the Denholms want her to stay "even when I'm a nightmare". During
lockdown she has been doing her schoolwork at the dining table and has taken over cooking on Fridays.

Michelle has had video calls with Nadia twice a week and has not missed one. She said lockdown has
been "weirdly good" for them.

The long-term match with the Denholms goes to panel in June. Next review in November.
""")
    c.add("2020-11-17", "looked_after_review", "Looked after review 4", "hannah", """
Fourth looked after review for Nadia Brennan ({age}), 17/11/2020. IRO: Andrew Pike.

The fostering panel approved the Denholms as Nadia's long-term foster carers in June. Nadia said, "I
knew anyway, but it's nice it's official."

Nadia is in Year 10 and has chosen food preparation, music and geography for GCSE. She has had no
missing episodes this year. She sees her mum every Saturday for lunch and they have been to the
cinema twice.

Care plan: long-term foster care with the Denholms until at least eighteen. Next review in May.
""")
    c.add("2021-05-18", "looked_after_review", "Looked after review 5", "hannah", """
Fifth looked after review for Nadia Brennan ({age}), 18/05/2021. IRO: Andrew Pike.

Nadia is doing well at school, with attendance of 97%, and has a part-time job on Saturdays washing
up at a café. Her relationship with her mother is the best it has been: Michelle came to the review
and said she is proud of her. Nadia would like to stay at the Denholms after she is eighteen.

Actions: Hannah to start Nadia's pathway plan at sixteen in January 2022 and to explain staying put.
Next review in November.
""")
    c.add("2021-11-16", "looked_after_review", "Looked after review 6", "hannah", """
Sixth looked after review for Nadia Brennan ({age}), 16/11/2021. IRO: Andrew Pike.

Nadia is in Year 11 and preparing for her GCSEs. She wants to study catering at Ashby Vale College.
She said she is nervous about turning sixteen "because everyone keeps saying I'll be leaving care",
and was reassured that nothing changes at home.

Care plan unchanged. Pathway plan to be written by her sixteenth birthday.
""")
    c.add("2022-01-24", "pathway_plan", "Pathway plan (age 16)", "hannah", """
Pathway plan for Nadia Brennan ({age}), written with Nadia on 24/01/2022 by Hannah Okoro.

Where I live: with Sue and Alan Denholm, where I want to stay until I finish college.

Education: GCSEs this summer. I want to do the Level 1 catering course at Ashby Vale College from
September, then Level 2.

Health: I'm well. I go to the dentist with Sue. I know my GP is Dr Okafor.

Family and friends: I see Mum every Saturday. Shannon is my best friend.

Money: I earn £35 on Saturdays. Sue is helping me open a bank account and start saving.

Skills I want to learn: cooking for more than two people (already good), paying bills, and how to
rent a flat.

Who helps me: Hannah, Sue and Alan, and a personal adviser from the Leaving Care Team when I'm
seventeen.
""")
    c.add("2022-08-25", "school_report", "GCSE results", "hannah", """
Kestrel Park Academy, GCSE results for Nadia Brennan, 25/08/2022.

English language 5, English literature 5, mathematics 4, food preparation and nutrition 7, music 6,
geography 5, combined science 4-4.

Mrs Crossley wrote: "Nadia has worked incredibly hard and should be very proud. Her food preparation
grade is one of the highest in the year." Nadia's attendance in Year 11 was 96.2%.
""")
    c.add("2022-09-12", "case_note", "Nadia starts college", "hannah", """
Visit to the Denholms' home on 12/09/2022. Nadia started the Level 1 catering course at Ashby Vale
College last Monday. She showed me her chef's whites and her knife roll, which Alan bought her for
her GCSE results.

She said the course is "proper cooking, not school cooking" and she has made pastry twice. She gets
the bus on her own. Her bursary is £30 a week.

Michelle came to Sunday dinner at the Denholms' for the first time.
""")
    c.add("2023-01-23", "pathway_plan", "Pathway plan review (age 17)", "hannah", """
Pathway plan review for Nadia Brennan ({age}), 23/01/2023, with Nadia, Sue Denholm, Hannah Okoro and
Liam Forsyth, her new personal adviser from the Leaving Care Team.

Where I live: with the Denholms. They have been asked to take two younger children next year, and
Sue and Alan have talked to me about it. I would rather move to a supported flat when I'm eighteen
than stay put, so that they can have the younger ones. Nobody is pushing me.

Education: I passed Level 1 and have a place on Level 2 professional cookery in September.

Money: Liam is helping me with a budget for when I move. I have saved £420.

Family: Mum is well. I see her every week.

Actions: Liam to apply for a supported flat from January 2024; Hannah to arrange my birth certificate
and passport.
""")
    c.add("2023-07-11", "looked_after_review", "Looked after review: the last before leaving care", "hannah", """
Looked after review for Nadia Brennan ({age}), 11/07/2023. IRO: Andrew Pike.

Nadia has completed her Level 1 catering course with a distinction. Her move to a supported flat at
Beechwood Close is planned for January 2024, after her eighteenth birthday. The Denholms will
continue to see her every Sunday, and she will keep a key to their house.

Nadia said her biggest worry is "being lonely in the evenings". Liam will visit weekly for the first
two months.

This is expected to be Nadia's last looked after review before she leaves care.
""")
    c.add("2024-01-22", "pathway_plan", "Pathway plan (age 18): moving to Beechwood Close", "liam", """
Pathway plan for Nadia Brennan ({age}), care leaver, 22/01/2024. Personal adviser: Liam Forsyth,
Leaving Care Team.

Where I live: I moved into Flat 2, 3 Beechwood Close, Ashby Vale AV4 6TE, on 20 January. It is a
supported flat with a key worker on site in the daytime. Sue and Alan helped me move and Sue made
me a folder of recipes.

Education: first year of the two-year Level 2 professional cookery course at Ashby Vale College,
three days a week.

Money: Universal Credit and my college bursary. My rent is paid by housing benefit, and I pay a
service charge of £12 a week. I have a budget planner on my fridge.

Health: registered with Dr Okafor. No concerns.

Family: Mum visited the flat and brought a plant. Sunday dinner at the Denholms' every week.

Actions: Liam to visit weekly until the end of March, then fortnightly.
""")
    c.add("2024-06-17", "case_note", "PA visit: Beechwood Close", "liam", """
Visit to Nadia at Beechwood Close on 17/06/2024. The flat was tidy and smelt of baking; Nadia had
made focaccia for her college practical.

She is keeping up with college and has been offered summer work at the Lockkeeper's Café by the
canal, 20 hours a week. She said she gets lonely "some nights" and rings Sue or Shannon. She has not
missed any service charge payments.

We talked about her Universal Credit changing when she starts work; she will report her hours and I
will check the first statement with her.
""")
    c.add("2025-01-20", "pathway_plan", "Pathway plan review (age 19)", "liam", """
Pathway plan review for Nadia Brennan ({age}), 20/01/2025, with Liam Forsyth.

Where I live: still at Beechwood Close. I've been told I'm behind with my service charge and my
share of the rent, because my Universal Credit went down when I worked more hours over Christmas
and I didn't tell them in time.

Education and work: I finish Level 2 in June. I work at the Lockkeeper's Café two days a week.

Money: I owe Vale Homes money, and I've been avoiding the letters. Liam and I are going to open them
together.

Family: Mum is well and comes to the café for lunch.

Actions: Liam to contact Vale Homes and agree a repayment plan; Nadia to report her earnings every
month.
""")
    c.add("2025-02-11", "email", "E-mail from Vale Homes: rent arrears", "liam", """
| From: Tenancy Sustainment Officer, Vale Homes
| To: Liam Forsyth, Leaving Care Team
| Date: 11/02/2025 09:14
| Subject: Nadia Brennan, Flat 2, 3 Beechwood Close - arrears

Dear Liam,

Thank you for your call. Nadia's account is £412.60 in arrears, made up of unpaid service charges
since October and a shortfall in her housing costs after her Universal Credit was reduced. A warning
letter was sent on 3 January and a second on 31 January; neither was answered.

We are happy to agree a repayment plan of £10 a week on top of her current charges, and to put any
further action on hold while it is kept to. Could you and Nadia come in to sign it this week?

Kind regards,
Tenancy Sustainment Team, Vale Homes
""")
    c.add("2025-03-04", "case_note", "PA visit: repayment plan and budget", "liam", """
Visit to Nadia at Beechwood Close on 04/03/2025. Nadia signed the Vale Homes repayment plan on 13
February and has paid £10 a week since. We set up a standing order so that she doesn't forget.

We went through her Universal Credit statement together. She now reports her café hours on the first
of every month and has a reminder on her phone. She has £60 in savings again.

Nadia said she was embarrassed about the letters and "should have just told you". She is back on
track and proud of it.
""")
    c.add("2025-07-21", "pathway_plan", "Pathway plan review: qualified and working", "liam", """
Pathway plan review for Nadia Brennan ({age}), 21/07/2025, with Liam Forsyth.

Education and work: I passed Level 2 professional cookery with a merit. The Lockkeeper's Café have
given me a permanent job as a commis chef, 32 hours a week.

Money: my arrears with Vale Homes were cleared in June. I pay my own rent now from my wages, with a
bit of Universal Credit. I have £280 saved.

Where I live: I'd like my own tenancy. Liam has put me on the council's housing register with care
leaver priority.

Family and friends: Mum and I went to the seaside for her birthday. Shannon and I are going to a
festival.

Actions: Liam to support with housing bids and a setting-up-home grant.
""")
    c.add("2026-01-19", "pathway_plan", "Pathway plan review (age 20)", "liam", """
Pathway plan review for Nadia Brennan ({age}), 19/01/2026, with Liam Forsyth.

Work: still at the Lockkeeper's Café and now trusted to run the kitchen on Sundays. My manager wants
me to do a Level 3 apprenticeship.

Where I live: Beechwood Close, but I have been bidding for a one-bedroom flat every week.

Money: no arrears. Savings £640.

Family and friends: I still go to Sue and Alan's for Sunday dinner when I'm not working. Mum is well.

Actions: Liam to confirm the setting-up-home grant when I am offered a flat.
""")
    c.add("2026-09-14", "case_note", "PA visit: Nadia's own tenancy at Linnet Drive", "liam", """
Visit on 14/09/2026 to Nadia's new flat at 27 Linnet Drive, Ashby Vale AV7 4RS, a council tenancy she
moved into on 1 September. Her setting-up-home grant paid for a cooker, a bed and a sofa.

Sue and Alan helped her paint the living room; Michelle gave her curtains. The fridge was full and
she had labelled her freezer boxes "like at work".

Nadia has started her Level 3 apprenticeship at the café. She said she is "actually a grown-up now".
I will keep in touch monthly until she is twenty-one, and she knows she can ask for help until
twenty-five.
""")
    c.add("2022-05-17", "looked_after_review", "Looked after review 7", "hannah", """
Seventh looked after review for Nadia Brennan ({age}), 17/05/2022. IRO: Andrew Pike.

Present: Nadia, Sue and Alan Denholm, Michelle Brennan, Hannah Okoro.

Nadia is in the middle of her GCSEs and said she is "living on flashcards". Sue tests her every evening.
She has had no missing episodes for over two years. Her pathway plan was written in January and she has
opened a bank account.

Michelle said she and Nadia had been to a concert together for Nadia's birthday.

Care plan unchanged. Next review in November.
""")
    c.add("2022-11-15", "looked_after_review", "Looked after review 8", "hannah", """
Eighth looked after review for Nadia Brennan ({age}), 15/11/2022. IRO: Andrew Pike.

Nadia is enjoying the Level 1 catering course at Ashby Vale College and has been asked to cook at the
college's Christmas lunch. Her GCSE results were better than she expected, with a 7 in food preparation.

Nadia asked about a personal adviser and about what happens at eighteen. Hannah explained that a personal
adviser from the Leaving Care Team will be allocated in the new year.

Care plan unchanged. Next review in July.
""")
    return c


def ollie_pennington():
    """AV-1006. Ollie finds his mother unconscious after an overdose and rings his dad; his father,
    Mark, is the protective parent: Ollie moves to live with him under a child in need plan while
    his mother recovers, and a child arrangements order settles it."""
    c = Case("AV-1006", "Ollie Pennington", "2014-11-02", {
        "natalie": ("Natalie Pennington", "Parent", "mother", "family", ["Natalie Pennington", "Natalie", "Mum"]),
        "mark": ("Mark Pennington", "Parent", "birth father", "family", ["Mark Pennington", "Mark", "Dad", "Mr Pennington"]),
        "carol": ("Carol Pennington", "Relative", "paternal grandmother", "family", ["Carol Pennington", "Carol", "Nanna Carol"]),
        "mum_home": ("3 Kingfisher Walk", "Mother's home", "home address", "place", ["3 Kingfisher Walk", "Kingfisher Walk"]),
        "dad_home": ("8 Ferndale Crescent", "Father's home", "father's address", "place", ["8 Ferndale Crescent", "Ferndale Crescent"]),
    })
    c.add("2022-05-15", "police_notification", "Police notification: concern for welfare at 3 Kingfisher Walk", "priya", """
| POLICE NOTIFICATION: CONCERN FOR WELFARE
| Reference: AVP-22-03011
| Incident: 14/05/2022 at 20:10
| Location: 3 Kingfisher Walk, Ashby Vale AV6 2HB
| Officer: PC Sarah Lomax

Mark Pennington rang 999 at 20:10 after his son, Ollie Pennington ({age}), phoned him from his
mother's house to say that "Mum won't wake up". Mark told Ollie to unlock the front door and wait on
the step. Police and an ambulance arrived at 20:21. Natalie Pennington was unconscious on the sofa
with empty packets of her prescribed tablets beside her. She was taken to hospital.

Ollie was on the doorstep in his pyjamas, holding the phone, when officers arrived. Mark arrived at
20:30 and took Ollie to his home at 8 Ferndale Crescent. PC Lomax described Ollie as "remarkably calm"
and said he had done everything his dad told him.
""")
    c.add("2022-05-16", "referral", "MASH contact: Ollie found his mother after an overdose", "priya", """
| MASH CONTACT RECORD
| Contact date: 16/05/2022
| Source: police notification AVP-22-03011
| Child: Ollie Pennington (DOB 02/11/2014)
| Address: 3 Kingfisher Walk, Ashby Vale AV6 2HB (mother); now at 8 Ferndale Crescent, AV2 7NE (father)
| Father: Mark Pennington, 07700 900519

Reason for contact: on 14 May Ollie ({age}) found his mother, Natalie Pennington, unconscious after an
overdose and rang his father. Natalie is now on the mental health ward at Ashby Vale General Hospital
and is expected to stay for some weeks.

Ollie has lived with his mother since his parents separated in 2019 and stays with his father every
other weekend. Mark Pennington is an electrician and lives with no one else. His mother, Carol
Pennington, lives nearby and helps with childcare.

Agency checks: Hollowmere Primary say Ollie's attendance this year is 89%, with many late marks, and
that they were worried about his mum, who had seemed low. GP: Natalie has a long history of
depression. No police history for either parent.

RAG rating: Amber. MASH decision: child and family assessment. Ollie is safe with his father.
""")
    c.add("2022-05-17", "case_note", "Visit to Ollie at his father's home", "sian", """
Visited 8 Ferndale Crescent on 17/05/2022 after school. Mark Pennington and Ollie were there; Mark's
mother, Carol, had collected Ollie from school.

Mark was calm and practical. He has taken two weeks off work, has brought Ollie's clothes and school
things from Kingfisher Walk, and has set up the spare room for him. He said he knew Natalie had been
struggling but not how much, and that Ollie "has been looking after his mum more than she's been
looking after him".

Ollie ({age}) showed me his room and his Lego space station. He said he found Mum "asleep but not
properly asleep" and "I did what Dad said and opened the door". He asked if Mum is going to die. I
told him the doctors are looking after her and that he can send her a card. He said he likes being at
Dad's "but I want Mum to be better".

Mark wants Ollie to stay with him for as long as needed and will keep him at Hollowmere Primary,
driving him in each day. He is supportive of Ollie seeing his mum when she is well enough.
""")
    c.add("2022-05-25", "case_note", "Hospital visit to Natalie Pennington", "sian", """
Visited Natalie Pennington on the mental health ward at Ashby Vale General Hospital on 25/05/2022,
with the ward's agreement.

Natalie was tearful and ashamed. She said she did not plan it and does not remember taking the
tablets. She has been very low since the winter and stopped taking her antidepressants in March. She
was shocked to hear that Ollie found her. She agreed that Ollie should live with Mark for now and
said, "Mark's a good dad. He always was."

She would like to see Ollie. The ward will let him visit in the family room with Mark present. She
agreed to the community mental health team sharing information with us.
""")
    c.add("2022-06-14", "assessment", "Child and family assessment: Ollie Pennington", "sian", """
Child and family assessment for Ollie Pennington ({age}). Completed by Sian Maddox, 14/06/2022.

Ollie is a thoughtful, kind boy in Year 2 who likes Lego, swimming and drawing. On 14 May he found
his mother unconscious and rang his father. In the months before, his mother's mental health had
declined and Ollie had been getting himself ready for school, making toast and often arriving late.

Since 14 May Ollie has lived with his father, Mark Pennington, who has cared for him very well: his
attendance since moving is 100%, he is sleeping, and school say he is "brighter". Mark is protective,
realistic about Natalie's illness, and keen for Ollie to keep a good relationship with her. Carol
Pennington, Ollie's paternal grandmother, helps with school runs.

Natalie is receiving treatment and is expected to leave hospital in July with support from the
community mental health team. She accepts that Ollie should live with Mark.

Ollie has wet the bed a few times since May and has asked several times whether his mum will die.

Analysis: Ollie is safe and well cared for with his father. He needs help to understand what
happened to his mum, and a plan for safe, regular time with her.

Recommendation: a child in need plan for three to six months. Mark to seek a child arrangements order
so that Ollie's home with him is secure.
""")
    c.add("2022-06-20", "child_in_need_plan", "Child in need plan: Ollie Pennington", "sian", """
Child in need plan for Ollie Pennington, agreed on 20/06/2022 with Mark Pennington, Natalie Pennington
(by phone from hospital) and Mrs Lorraine Tulley. Social worker: Sian Maddox.

- Ollie will live with his dad at 8 Ferndale Crescent and stay at Hollowmere Primary.
- Ollie will see his mum at the hospital each week with Dad, and, when she is home, on Saturday
afternoons at Dad's house, with Dad there, until everyone agrees this can change.
- Hollowmere Primary will offer Ollie sessions with the school's play therapist about his feelings.
- Mark will apply to the family court for a child arrangements order; Sian will write a letter of
support.
- Natalie will keep to her treatment with the community mental health team.
- Sian will visit every four weeks.
""")
    c.add("2022-07-15", "school_report", "Hollowmere Primary report", "sian", """
Report from Mrs Lorraine Tulley, head teacher, Hollowmere Primary School, 15/07/2022.

Ollie's attendance before 14 May was 89.1%, with 23 late marks this year. Since he has lived with his
father it has been 100%, with no late marks. His grandmother or father bring him every day.

Ollie has had five sessions with the play therapist. He has drawn his mum "in the hospital with
nurses" and talks about her. He is making good progress in reading and has been chosen for the
swimming gala. He goes into Year 3 in September.
""")
    c.add("2022-09-19", "case_note", "Home visit: Ollie's Saturdays with his mum", "sian", """
Visit to 8 Ferndale Crescent on 19/09/2022. Natalie left hospital on 28 July and now sees Ollie every
Saturday afternoon at Mark's house. Mark says the visits have gone well: they bake, play board games
or go to the park, and he stays in the house or comes along.

Ollie ({age}) said, "Mum is better now, she laughs again." He told me he has not wet the bed "for ages".
He has started Year 3 and has a new teacher he likes.

Mark said he and Natalie talk on the phone most days about Ollie and have agreed to try an afternoon
at Natalie's flat next month, with Mark dropping Ollie off and collecting him.
""")
    c.add("2022-10-24", "child_in_need_plan", "Child in need review", "sian", """
Child in need review, 24/10/2022. Present: Mark Pennington, Natalie Pennington, Sian Maddox, Mrs
Tulley.

Ollie is settled and happy at his dad's. His attendance this term is 100%. He has finished his play
therapy sessions. Natalie is well, taking her medication and seeing her care coordinator every two
weeks; her care coordinator says she is stable.

Ollie has had two afternoons at Natalie's flat at Kingfisher Walk, both of which went well. Everyone
agreed that Ollie can start staying overnight with his mum once a fortnight from December, with Mark
collecting him on Sunday morning.

Mark's application for a child arrangements order is listed for February. Natalie supports it.
""")
    c.add("2022-12-12", "case_note", "Ollie's first overnight stay with his mum", "sian", """
Telephone call with Mark Pennington on 12/12/2022. Ollie stayed overnight with Natalie on Saturday for
the first time since May. Mark collected him at 10am on Sunday as planned. Ollie had put up the
Christmas tree with his mum and was "buzzing".

Mark said he had been nervous and had texted Natalie once in the evening, and she had sent him a photo
of Ollie asleep. Natalie rang me separately to say it was "the best night I've had in a year".

Ollie turned eight last month; Carol threw him a party.
""")
    c.add("2023-01-30", "health_report", "Letter from Natalie Pennington's care coordinator", "sian", """
Letter from the community mental health team, care coordinator for Natalie Pennington, 30/01/2023,
shared with Natalie's consent.

Natalie has been well since her discharge in July 2022. She takes her medication as prescribed, has
completed a course of psychological therapy, and has a crisis plan that includes contacting Mark
Pennington if she becomes unwell, so that Ollie's care is never left to chance. I have no concerns
about Ollie's fortnightly overnight stays with his mother and support the arrangements she and Mark
have agreed.
""")
    c.add("2023-02-20", "child_in_need_plan", "Child in need review: plan ends", "sian", """
Child in need review, 20/02/2023. Present: Mark Pennington, Natalie Pennington, Sian Maddox.

The family court made a child arrangements order on 14 February 2023: Ollie lives with his father and
spends every other weekend, and a night in the week, with his mother. Both parents agreed the order.

Ollie is well, happy and doing well at school. Natalie's care coordinator supports the arrangements.
There have been no concerns since May 2022.

Decision: the child in need plan ends and the case will close.
""")
    c.add("2023-03-01", "closure_summary", "Closure summary", "sian", """
Closure summary for Ollie Pennington ({age}), 01/03/2023. Social worker: Sian Maddox.

Why we were involved: on 14 May 2022 Ollie, then seven, found his mother Natalie unconscious after an
overdose and rang his father. Ollie had been coping alone with his mother's illness for some months.

What changed: Ollie's father, Mark Pennington, took him in the same night and has cared for him very
well since, with help from Ollie's grandmother Carol. Natalie recovered with treatment, and Ollie's
time with her has grown from supervised afternoons to overnight stays. A child arrangements order was
made in February 2023. Ollie's attendance rose from 89.1% to 100%.

Mark and Natalie know how to contact us. The case is closed.
""")
    c.add("2022-06-03", "email", "E-mail from Mrs Tulley: Ollie's first weeks at Dad's", "sian", """
| From: Mrs Lorraine Tulley, Head Teacher, Hollowmere Primary School
| To: Sian Maddox, Child Protection Team
| Date: 03/06/2022 12:17
| Subject: Ollie Pennington

Dear Sian,

Just a note to say that Ollie has been in every day since 16 May, on time, with a packed lunch and clean
uniform. His dad or his grandmother, Mrs Carol Pennington, brings him and collects him. His teacher says
he is quieter than usual but joins in, and he has been drawing a lot of pictures of his mum.

He asked his teacher whether his mum will be at sports day. We have offered him sessions with our play
therapist from next week, if Mr Pennington agrees.

Best wishes,
Lorraine Tulley
""")
    return c


def arlo_whitlock():
    """AV-1007. Arlo is autistic and his parents are exhausted; Early Help, then a child in need
    plan from the Children with Disabilities Team with short breaks. Things get easier."""
    c = Case("AV-1007", "Arlo Whitlock", "2015-07-21", {
        "laura": ("Laura Whitlock", "Parent", "mother", "family", ["Laura Whitlock", "Laura", "Mum"]),
        "steve": ("Steve Whitlock", "Parent", "father", "family", ["Steve Whitlock", "Steve", "Dad"]),
        "evie": ("Evie Whitlock", "Sibling", "sister", "family", ["Evie Whitlock", "Evie"], "2010-03-02"),
        "home": ("61 Thistle Bank", "Family home", "home address", "place", ["61 Thistle Bank", "Thistle Bank"]),
        "willow": ("Willow House", "Short breaks unit", "short breaks provider", "place", ["Willow House"]),
        "kerr": ("Miss Alison Kerr", "SENCo, Brookfold Primary School", "SENCo", "professional", ["Miss Alison Kerr", "Miss Kerr"]),
    })
    c.add("2020-10-05", "referral", "Request for support from Brookfold Primary SENCo", "priya", """
| MASH CONTACT RECORD
| Contact date: 05/10/2020
| Referrer: Miss Alison Kerr, SENCo, Brookfold Primary School
| Child: Arlo Whitlock (DOB 21/07/2015)
| Address: 61 Thistle Bank, Ashby Vale AV1 8QS
| Parents: Laura and Steve Whitlock, 07700 900640

Reason for contact: Arlo ({age}) is autistic and has very little spoken language. Since school
reopened after lockdown he has been hitting his head on the floor and walls when distressed, several
times a day. His mother, Laura Whitlock, told Miss Kerr that Arlo sleeps three or four hours a night,
that she and her husband take turns to stay up with him, and that she "can't go on like this". She
cried in the playground. There are no concerns about the care Arlo receives; the parents are asking
for help.

MASH decision: no child protection concerns. Passed to Early Help for an early help assessment, with
a recommendation that a disability assessment is considered.
""")
    c.add("2020-10-20", "case_note", "Early Help home visit", "rob", """
Visited 61 Thistle Bank on 20/10/2020. Laura and Steve Whitlock and their daughter Evie ({age:evie})
were at home; Arlo ({age}) was at school and came home at 3.30pm with his taxi escort.

The house has been adapted as far as the family can manage: locks high on the doors, foam padding on
the corner of the hall where Arlo bangs his head, and a trampoline in the garden. Steve works nights
at a warehouse so that one of them is always awake for Arlo.

When Arlo arrived he went straight to the trampoline and bounced for forty minutes, humming. Laura
says that without it he "goes to pieces". He used his picture cards to ask for crisps.

Evie said she loves her brother but cannot have friends round and cannot do homework when he is upset.
She is in Year 6 and worried about starting secondary school.

Laura and Steve asked about short breaks and about help with Arlo's sleep. I will complete an early
help assessment and ask the Children with Disabilities Team whether Arlo meets their criteria.
""")
    c.add("2020-11-16", "assessment", "Child in need assessment: Arlo Whitlock (disability)", "naomi", """
Child in need assessment for Arlo Whitlock ({age}). Completed by Naomi Wren, Children with
Disabilities Team, 16/11/2020, after referral from Early Help.

Arlo is a five-year-old autistic boy with severe learning disability and very limited speech. He
communicates with picture cards, some signs and sounds. He has an education, health and care plan and
one-to-one support at Brookfold Primary. He is loving, likes water, trampolining and trains, and finds
noise, changes and waiting very hard.

His parents, Laura and Steve Whitlock, are devoted to him and understand him well. They are both
exhausted: Arlo sleeps about four hours a night, and his head-banging has increased since the spring.
Arlo's sister Evie's needs are being squeezed.

Arlo is a child in need because of his disability. The family need: help with Arlo's sleep, ideas for
reducing his distress, regular short breaks, and support for Evie.

Recommendation: a child in need plan with overnight short breaks at Willow House, a referral to Dr
Shah's neurodevelopmental clinic about sleep, and a young carers referral for Evie.
""")
    c.add("2020-12-01", "child_in_need_plan", "Child in need plan: Arlo Whitlock", "naomi", """
Child in need plan for Arlo Whitlock, agreed on 01/12/2020 with Laura and Steve Whitlock and Miss Kerr.
Social worker: Naomi Wren, Children with Disabilities Team.

- Arlo will have two overnight short breaks a month at Willow House, starting with tea visits in
December so he can get to know the staff and his room.
- Dr Shah will see Arlo at the neurodevelopmental clinic about his sleep.
- Brookfold will share the calming strategies that work at school, and Miss Kerr will meet Laura each
half term.
- Evie will be referred to the young carers group.
- Naomi will visit every six weeks and review the plan in three months.
""")
    c.add("2021-01-26", "health_report", "Letter from Dr Shah: Arlo's sleep", "naomi", """
Letter from Dr Vikram Shah, consultant paediatrician, neurodevelopmental clinic, 26/01/2021.

I saw Arlo ({age}) with his mother on 25/01/2021. Arlo has severe sleep-onset and sleep-maintenance
difficulty, typically falling asleep after midnight and waking at 3-4am. There is no sign of a physical
cause such as reflux or breathing problems.

I have started melatonin, 2 mg at 7pm, and given the family a visual bedtime routine to use with his
picture cards. The head-banging is most likely linked to his tiredness and to his difficulty telling
people what he needs; it should ease as his sleep improves. I will review him in three months.
""")
    c.add("2021-03-09", "child_in_need_plan", "Child in need review", "naomi", """
Child in need review, 09/03/2021. Present: Laura and Steve Whitlock, Naomi Wren, Miss Kerr.

Arlo has started his overnight stays at Willow House and has had three so far. Staff say he settled
in his room on the second night and loves the sensory room. Laura said the first night he was away she
"slept for ten hours and then cried".

Since starting melatonin Arlo falls asleep by nine most nights and sleeps until about four. His
head-banging is down to once or twice a day. Evie has joined the young carers group on Thursdays.

The plan continues, with a review in six months.
""")
    c.add("2021-06-30", "school_report", "Brookfold Primary: annual EHCP review", "naomi", """
Report from Miss Alison Kerr, SENCo, Brookfold Primary School, 30/06/2021, for Arlo's annual EHCP review.

Arlo's attendance this year is 94.6%. He now uses his picture exchange book to make requests across the
day, and has started using ten signs. He sits with his class for the start of assembly. He has had no
head-banging at school since March, which staff link to his better sleep and to a calm room he can ask
for with a card.

He will keep the same one-to-one assistant in Year 2.
""")
    c.add("2021-09-14", "case_note", "Home visit: a calmer house", "naomi", """
Visited 61 Thistle Bank on 14/09/2021. Arlo ({age}) was at home after school, bouncing on the trampoline,
and came inside to show me his train book with his cards: "train", "red", "more".

Laura said Arlo sleeps from about 8.30pm to 5am most nights now, and that she and Steve "have started
watching telly together again". Steve has moved to day shifts. Arlo goes to Willow House twice a month
and has a favourite worker there.

Evie ({age:evie}) has started at Kestrel Park and said young carers is "the best bit of the week".
""")
    c.add("2021-09-28", "child_in_need_plan", "Child in need review: plan continues at a lower level", "naomi", """
Child in need review, 28/09/2021. Present: Laura and Steve Whitlock, Naomi Wren.

Arlo's sleep, his head-banging and his communication have all improved. The family said the short breaks
have "given us our lives back". Arlo will keep two overnight breaks a month, and the family will move to
an annual review of the short breaks package by the Children with Disabilities Team, with Naomi's
visits reducing to every three months.
""")
    c.add("2021-04-20", "case_note", "Visit to Willow House during Arlo's short break", "naomi", """
Visited Willow House on 20/04/2021 during Arlo's fourth overnight stay. Arlo ({age}) was in the sensory room
with his key worker, lying on the water bed and watching the bubble tube. He handed me his "train" card and
we looked at his train book together.

Staff said he ate his tea, had a bath and went to bed at 8pm, following the same picture routine as at
home, and slept until 5am. They have noticed that he bangs his head when he is waiting for food, so they
now show him a "tea is coming" card and a timer, which helps.

Laura rang in the evening to say goodnight through a video call, which Arlo watched happily.
""")
    return c


def freya_lowther():
    """AV-1008. Pregnant with her second child, Freya's mother, Chloe, discloses drug use and
    violence by the children's father, Ryan Cattermole. Chloe leaves him with Freya, goes to her
    mother's and engages with the drug service; a conference for Freya and the unborn baby, and
    child protection plans; Noah is born; supervised contact for Ryan, who breaks his restraining
    order; the plans step down and the case closes."""
    c = Case("AV-1008", "Freya Lowther", "2021-02-18", {
        "chloe": ("Chloe Lowther", "Parent", "mother", "family", ["Chloe Lowther", "Chloe", "Ms Lowther"]),
        "ryan": ("Ryan Cattermole", "Parent", "birth father", "family", ["Ryan Cattermole", "Ryan", "Mr Cattermole"]),
        "noah": ("Noah Lowther", "Sibling", "brother", "family", ["Noah Lowther", "Noah"], "2023-05-10"),
        "tracy": ("Tracy Lowther", "Relative", "maternal grandmother", "family", ["Tracy Lowther", "Tracy"]),
        "tracy_home": ("12 Kiln Lane", "Maternal grandmother's home, where Chloe and the children live", "home address", "place",
                       ["12 Kiln Lane", "Kiln Lane"]),
        "ryan_home": ("Flat 9, Tannery House", "Father's flat", "father's address", "place", ["Tannery House"]),
        "own_flat": ("Flat 3, 40 Bridge Street", "Chloe and the children's flat from May 2024", "home address", "place", ["40 Bridge Street"]),
    })
    c.add("2023-01-16", "referral", "MASH contact from midwife: drug use and domestic abuse in pregnancy", "priya", """
| MASH CONTACT RECORD
| Contact date: 16/01/2023
| Referrer: Jess Oduya, community midwife
| Children: Freya Lowther (DOB 18/02/2021) and Chloe Lowther's unborn baby, due 14/05/2023
| Address: Flat 9, Tannery House, Ashby Vale AV9 1LS
| Mother: Chloe Lowther (21), 07700 900908

Reason for contact: at her 24-week appointment Chloe Lowther told Jess that she smokes cannabis every
day and uses cocaine "most weekends" with her partner, Ryan Cattermole (26), who is the father of the
baby and of their daughter Freya ({age}). When Jess asked routinely about abuse, Chloe said that Ryan
pushed her into a door on 23 December, while Freya was in her cot in the same room, and she had a
bruise on her arm for a week. She said he checks her phone and keeps her bank card "so I don't
waste money". She asked Jess not to tell Ryan she had said anything.

Agency checks: Police have two earlier call-outs to Tannery House in 2022 for arguments; Ryan
Cattermole has a conviction in 2020 for possession of cocaine. GP: no mental health history for Chloe.
Chloe's mother, Tracy Lowther, lives at 12 Kiln Lane.

RAG rating: Red. MASH decision: strategy discussion (a toddler and an unborn baby; domestic abuse in
pregnancy).
""")
    c.add("2023-01-18", "strategy_discussion", "Strategy discussion: Freya Lowther and the unborn baby", "priya", """
Strategy discussion on 18/01/2023. Present: Priya Nandra (MASH, chair), DS Karen Holt, Jess Oduya
(midwife), Farah Iqbal (Child Protection Team).

Chloe Lowther is 24 weeks pregnant, has a daughter, Freya ({age}), and has disclosed domestic abuse by
her partner Ryan Cattermole,
including being pushed into a door when 21 weeks pregnant, and control of her phone and money. Both
use cocaine, and Chloe uses cannabis daily.

Decision: threshold met for a section 47 enquiry for Freya and a pre-birth assessment for the baby, led
by Farah Iqbal. Chloe to be seen alone at her next antenatal appointment, not at Tannery House; Freya to
be seen by the health visitor. Carla Benn (IDVA) to be offered. Referral to
the Vale Recovery Service with Chloe's agreement. Police will not approach Ryan unless Chloe makes a
complaint, to avoid increasing the risk to her.
""")
    c.add("2023-01-24", "case_note", "Chloe seen alone at the antenatal clinic", "farah", """
Met Chloe Lowther alone at the antenatal clinic on 24/01/2023, after her appointment with Jess.

Chloe said that Ryan has become "more and more controlling" since she got pregnant. He tells her what
to wear, reads her messages and will not let her see her mum without him. On 23 December he pushed her
into the bedroom door because she had been to her mum's. She is frightened of what he will do if she
leaves, but more frightened of "Freya and the baby growing up with it".

She said she wants to stop using cocaine and cut down the cannabis, and agreed to a referral to the
Vale Recovery Service. She agreed to meet Carla Benn next week. She has saved her mum's number under a
different name.

We agreed a code word she can text to me or her mum if she is in danger.
""")
    c.add("2023-02-03", "police_notification", "Police notification: assault at Tannery House, 02/02/2023", "priya", """
| PUBLIC PROTECTION NOTIFICATION (DOMESTIC ABUSE)
| Reference: AVP-23-00785
| Incident: 02/02/2023 at 21:45
| Location: Flat 9, Tannery House, Ashby Vale AV9 1LS
| Reporting officer: PC Gareth Wynne
| DASH risk level: High

Tracy Lowther rang 999 after receiving a text from her daughter, Chloe Lowther, with a code word. On
arrival officers found Chloe, 27 weeks pregnant, in the bathroom with the door locked. She had a red
mark on her cheek and said Ryan Cattermole slapped her and pulled her by the hair after he found her
messages with the drug service. Freya Lowther ({age}) was asleep in her cot. Ryan Cattermole was arrested for assault by beating and controlling or
coercive behaviour.

Chloe and Freya were taken to Chloe's mother's home at 12 Kiln Lane. She was checked at the maternity unit and the
baby's heartbeat was normal. Ryan was bailed not to contact Chloe or go to Kiln Lane.
""")
    c.add("2023-02-06", "case_note", "Visit to Chloe at her mother's home", "farah", """
Visited 12 Kiln Lane on 06/02/2023. Chloe Lowther and Freya have moved in with Chloe's mother, Tracy
Lowther, and Chloe says she will not go back to Ryan. The mark on her cheek has faded.

Chloe said that after she texted the code word she "just locked the door and waited". Tracy said she
was in the car before she had finished reading it. Tracy has a spare room that they are turning into a
bedroom for Chloe and the children, and she works part-time so can help with the baby. Freya ({age}) was
pushing her doll's buggy round the kitchen and calling Tracy "Nana".

Chloe has had her first appointment at the Vale Recovery Service with Amit Rana and has agreed to
weekly drug tests. She said she has not used cocaine since the night of the assault and is "down to a
bit of weed at night". She has met Carla Benn.

Tracy said she never liked Ryan and will help keep him away. She knows about his bail conditions.
""")
    c.add("2023-03-20", "assessment", "Section 47 outcome and pre-birth assessment", "farah", """
Section 47 enquiry for Freya Lowther ({age}) and pre-birth assessment for Chloe Lowther's unborn baby.
Completed by Farah Iqbal, 20/03/2023.

Chloe's second baby is due on 14 May 2023. Chloe Lowther is 21 and until February lived with Freya and
the children's father, Ryan Cattermole, who was violent and controlling towards her during the
pregnancy and assaulted her on 2 February while Freya was asleep in the flat. Both parents used cocaine; Chloe also smoked cannabis daily.

Since February Chloe has lived with her mother and ended the relationship. She has attended every
session at the Vale Recovery Service. Her tests have been negative for cocaine since 6 February and for
cannabis since 6 March. She has attended all her antenatal appointments and is preparing well for the
baby with her mother's help. Freya is a happy, chatty toddler who is well cared for.

Ryan Cattermole is on bail for the assault and has not engaged with the assessment. He has sent Chloe
messages through friends saying he wants to be at the birth.

Analysis: Chloe's changes are real but recent, and she has not yet lived without Ryan and without drugs
through the stress of a new baby. Ryan poses a risk to Chloe and to both children, and it is likely he will
try to resume contact once the baby is born.

Outcome: concerns substantiated for Freya. Recommendation: an initial child protection conference for
Freya and the unborn baby.
""")
    c.add("2023-04-11", "icpc_minutes", "Initial child protection conference minutes (including pre-birth)", "farah", """
Initial child protection conference for Freya Lowther ({age}) and Chloe Lowther's unborn baby, held on
11/04/2023. Chair: Margaret Deane.

Present: Chloe Lowther (mother), Tracy Lowther (maternal grandmother), Farah Iqbal (social worker),
Jess Oduya (midwife), Bronwen Tate (health visitor), Amit Rana (Vale Recovery Service), Carla Benn
(IDVA), PC Gareth Wynne. Ryan Cattermole was invited separately and did not attend or send his views.

Chloe told the conference what happened on 2 February and said, "I was scared for Freya and the bump
more than me."
Amit said Chloe's tests have been negative for all drugs since 6 March and that she has "done
everything we asked and more". Jess said Chloe has attended all appointments.

PC Wynne said Ryan Cattermole is charged with assault and controlling or coercive behaviour and has a
trial date in June; his bail conditions continue.

Decision: Freya, and the baby from birth, will be subject to child protection plans under the category
of emotional abuse, because of the risk of domestic abuse from their father. The plans will support
Chloe and Tracy to care for the children at 12 Kiln Lane. Any contact with Ryan will be supervised at the family
centre.
""")
    c.add("2023-04-11", "child_protection_plan", "Child protection plan: Freya and the unborn baby", "farah", """
Child protection plan for Freya Lowther and Chloe Lowther's unborn baby, agreed on 11/04/2023. Category: emotional
abuse. Lead social worker: Farah Iqbal.

- Chloe, Freya and the baby will live with Tracy Lowther at 12 Kiln Lane.
- Chloe will not see Ryan Cattermole and will tell police and Farah if he contacts her. The maternity
unit has been told he must not be given information or visit.
- Chloe will keep attending the Vale Recovery Service weekly, with drug tests, and will not use drugs.
- Carla Benn will support Chloe through the criminal trial.
- Bronwen will visit weekly for the first six weeks after the birth.
- Ryan's contact with the children, if any, will be supervised at Ashby Vale Family Centre, arranged
separately from Chloe.
- Farah will visit every ten working days.
""")
    c.add("2023-04-25", "core_group_minutes", "Core group meeting 1 (pre-birth)", "farah", """
Core group meeting, 25/04/2023, at 12 Kiln Lane. Present: Chloe Lowther, Tracy Lowther, Farah Iqbal,
Jess Oduya, Amit Rana.

Chloe is 37 weeks pregnant and the baby's cot is ready. Freya has started at Sunbeam Nursery two
mornings a week. Her birth plan names her mum as birth partner.
Her tests remain negative. The maternity unit has a flag on her record so that Ryan Cattermole cannot
visit.

Ryan sent Chloe a message through her cousin asking to be told when the baby is born. Chloe showed it
to the police.
""")
    c.add("2023-05-12", "case_note", "Visit after Noah's birth", "farah", """
Visited Chloe and her baby at the maternity unit on 12/05/2023. Chloe's son, Noah Lowther, was born on
10 May, weighing 3.2 kg. Chloe had a straightforward birth with her mum there. Chloe's and Noah's drug
screens were negative.

Chloe was feeding Noah when I arrived and was confident handling him. She has named him after her
grandad. Tracy brought Freya ({age}) in to meet her brother; she kissed his head and said "my baby".

They go home to Kiln Lane tomorrow. Bronwen will visit on Monday.
""")
    c.add("2023-05-30", "core_group_minutes", "Core group meeting 2", "farah", """
Core group meeting, 30/05/2023, at 12 Kiln Lane. Present: Chloe Lowther, Tracy Lowther, Farah Iqbal,
Bronwen Tate, Amit Rana, Carla Benn.

Noah is nearly three weeks old and back above his birth weight. Bronwen has visited four times and
said Chloe is responsive and gentle, feeds on demand and has a good routine. Tracy does the night feed
at weekends so Chloe can sleep, and takes Freya to nursery.

Amit said Chloe's tests remain negative and she is now attending a peer support group as well.

Ryan Cattermole has asked through his solicitor for contact with Freya and Noah. It was agreed this will be
offered once a fortnight at Ashby Vale Family Centre, supervised, with separate arrival times so that
he does not see Chloe, and on condition that he attends sober.
""")
    c.add("2023-06-21", "case_note", "Supervised contact: Ryan Cattermole, Freya and Noah", "farah", """
Contact note. Supervised contact at Ashby Vale Family Centre, 21/06/2023, 14:00 to 15:00. Farah Iqbal
observed with the contact worker. Tracy Lowther brought Freya and Noah at 13:45 and waited in a separate room.

Ryan Cattermole arrived at 14:20. He held Noah carefully, built a tower of bricks with Freya, and took photos. At 14:40
he asked the contact worker whether Chloe was "in the building" and tried to leave the room towards
reception. When the worker stood in the doorway he said, "I'm only saying hello," and raised his voice.
Noah startled and cried, and Freya hid behind the contact worker. Ryan then sat down and the contact continued until 15:00.

After contact Ryan told me that Chloe is "poisoning everyone" against him and that he will "sort it out
with her". I reminded him of his bail conditions. I told him that any further attempt to find Chloe
would end contact.

Ryan's trial was on 15 June: he was convicted of assault by beating and controlling or coercive
behaviour and will be sentenced in July.
""")
    c.add("2023-07-10", "icpc_minutes", "Review child protection conference minutes", "farah", """
Review child protection conference for Freya Lowther ({age}) and Noah Lowther ({months:noah} months),
held on 10/07/2023. Chair:
Margaret Deane.

Present: Chloe Lowther, Tracy Lowther, Farah Iqbal, Bronwen Tate, Amit Rana, Carla Benn, PC Gareth
Wynne.

Both children are thriving. Bronwen said Noah's weight is on the 50th centile and that Chloe is "a
natural". Freya loves nursery and her new brother. Chloe
has not used drugs since March and has been to every Vale Recovery session and to a peer support group.

Ryan Cattermole was convicted on 15 June and was sentenced on 4 July to a suspended prison sentence
with a perpetrator programme and a five-year restraining order protecting Chloe. At supervised contact
on 21 June he tried to find Chloe in the building and said he would "sort it out with her".

Decision: Freya and Noah remain subject to child protection plans under the category of emotional abuse. The
conference was reassured by Chloe's progress but the plan needs to test it over a longer period, given
Ryan's behaviour. Contact with Ryan continues fortnightly, supervised. Next review in six months.
""")
    c.add("2023-09-05", "police_notification", "Police notification: breach of restraining order by Ryan Cattermole", "priya", """
| PUBLIC PROTECTION NOTIFICATION (DOMESTIC ABUSE)
| Reference: AVP-23-04102
| Date reported: 04/09/2023
| Reporting officer: PC Gareth Wynne
| DASH risk level: Medium

Chloe Lowther came to the police station with her phone and reported that Ryan Cattermole had sent her
fourteen messages through a new social media account between 1 and 3 September, asking to meet and
saying she "owes him" for stopping him seeing his children. This is a breach of the restraining order
made on 4 July 2023.

Ryan Cattermole was arrested on 05/09/2023, admitted sending the messages, and was charged with breach
of a restraining order. Chloe did not reply to any of the messages.
""")
    c.add("2023-09-12", "core_group_minutes", "Core group meeting 3", "farah", """
Core group meeting, 12/09/2023. Present: Chloe Lowther, Tracy Lowther, Farah Iqbal, Bronwen Tate, Amit
Rana, Carla Benn.

Everyone praised Chloe for going straight to the police with Ryan's messages and not replying. Ryan has
been charged with breaching the restraining order. His supervised contact has been suspended by the
council until his court hearing; he has attended four of six contacts since June.

Noah, {months:noah} months, is rolling over and laughing, and Freya has moved up to three mornings at
nursery. Chloe's tests remain negative; Amit is planning
her discharge from the service in the new year if this continues.
""")
    c.add("2023-11-14", "health_report", "Health visitor: Noah's six-month review", "farah", """
Report from Bronwen Tate, health visitor, 14/11/2023.

Noah had his six-month review at 12 Kiln Lane on 13/11/2023. He weighs 7.4 kg (50th centile), is
sitting with support, babbling and reaching for toys. He has started solid food. His immunisations
are up to date. Freya ({age}) had her two-year review in the spring and is doing well.

Chloe is warm and attentive and reads to both children every night. She has made friends at the baby group. I
have no concerns and will move to the universal health visiting service after the next conference.
""")
    c.add("2024-01-15", "icpc_minutes", "Review child protection conference minutes: plans ended", "farah", """
Second review child protection conference for Freya Lowther ({age}) and Noah Lowther ({months:noah}
months), held on 15/01/2024. Chair:
Margaret Deane.

Present: Chloe Lowther, Tracy Lowther, Farah Iqbal, Bronwen Tate, Amit Rana, Carla Benn.

Chloe has been free of drugs for ten months, confirmed by weekly tests, and will be discharged from the
Vale Recovery Service in February. She has kept to every part of the plan. Ryan Cattermole was fined
and had his suspended sentence extended in October for breaching the restraining order, and has made no
contact since. He has not asked for his contact with the children to be restarted.

Freya and Noah are healthy, happy and meeting their milestones.

Decision: Freya and Noah are no longer at risk of significant harm. The child protection plans end today
and a child in need plan will follow for six months.
""")
    c.add("2024-01-15", "child_in_need_plan", "Child in need plan: Freya and Noah Lowther", "farah", """
Child in need plan for Freya and Noah Lowther, agreed on 15/01/2024 with Chloe and Tracy Lowther. Social worker:
Farah Iqbal.

- Chloe will finish her treatment with the Vale Recovery Service in February and keep going to the peer
support group.
- Chloe will keep to the safety plan about Ryan Cattermole: no contact, and report any approach to the
police.
- Farah will help Chloe apply for a flat of her own near her mother.
- If Ryan asks for contact with the children, it will be arranged through the family court, not informally.
- Farah will visit every six weeks. Review in July 2024.
""")
    c.add("2024-05-20", "case_note", "Chloe and the children move to their own flat", "farah", """
Visit on 20/05/2024 to Flat 3, 40 Bridge Street, Ashby Vale AV9 2FJ, where Chloe and the children moved on 13
May. The flat is ten minutes' walk from Kiln Lane. Tracy had painted Freya's room yellow.

Noah, just turned one, was walking along the sofa and said "Nana". Freya ({age}) showed me her yellow
room and her nursery certificate. Chloe was discharged from the Vale
Recovery Service in February and has not used any drugs for over a year. She has started a part-time
course in childcare. There has been no contact from Ryan Cattermole.
""")
    c.add("2024-07-15", "closure_summary", "Closure summary", "farah", """
Closure summary for Freya Lowther ({age}) and Noah Lowther ({age:noah}), 15/07/2024. Social worker: Farah Iqbal.

Why we were involved: in January 2023, while pregnant with Noah, Chloe Lowther told her midwife that
she and the children's father, Ryan Cattermole, used cocaine and that Ryan was violent and controlling.
Ryan assaulted Chloe on 2 February 2023 while Freya was asleep in the flat. Freya, and Noah from his
birth, were subject to child protection plans.

What changed: Chloe left Ryan and moved in with her mother, Tracy, who has been a strong support. Chloe
stopped using drugs in March 2023, confirmed by a year of tests, and was discharged by the Vale
Recovery Service in February 2024. She reported Ryan's breach of his restraining order herself. The
plans were stepped down to child in need in January 2024. Chloe and the children now live in their own flat.

Ryan Cattermole is subject to a restraining order until 2028. Any contact with the children would be through
the family court. The case is closed.
""")
    c.add("2023-10-10", "core_group_minutes", "Core group meeting 4", "farah", """
Core group meeting, 10/10/2023. Present: Chloe Lowther, Tracy Lowther, Farah Iqbal, Bronwen Tate, Amit
Rana, Carla Benn.

Ryan Cattermole appeared at the magistrates' court on 6 October for breaching the restraining order; he
pleaded guilty, was fined and his suspended sentence was extended. He has not contacted Chloe since. His
contact with the children remains suspended, and he has not asked for it to restart.

Noah, {months:noah} months, has started baby sign, and Freya loves the swings. Chloe has had seven months of negative
tests. Carla will close her involvement at the end of the month.
""")
    c.document("2023-07-06", "email", "E-mail from Amit Rana, Vale Recovery Service: report for the review conference", "farah",
               "AV-1008/vale-recovery-update-2023-07-06.eml", """
From: Amit Rana <amit.rana@valerecovery.example>
To: Farah Iqbal <farah.iqbal@ashbyvale.example>
Date: Thu, 06 Jul 2023 10:12:00 +0100
Subject: Chloe Lowther - update for review conference on 10 July
Message-ID: <20230706091200.4417@valerecovery.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Farah,

Here is my update on Chloe Lowther for the review conference on Monday, which Chloe has read and agreed
I can send.

Chloe was referred to us in January and had her first appointment on 6 February 2023, four days after
the assault at Tannery House. Since then she has attended 21 of 22 weekly sessions; the one she missed
was the week Noah was born.

Her weekly urine tests have been negative for cocaine since 6 February and negative for cannabis since
6 March. The last four months of tests have been negative for all substances. Since May she has also come
to our Tuesday peer support group for new parents, and she has started to help newer members.

Chloe tells me that living with her mum at Kiln Lane and having no contact with Ryan Cattermole have made
the biggest difference. She knows her triggers and has a relapse prevention plan, which she keeps on her
phone.

I will be at the conference. If her tests stay negative I expect to reduce her sessions to fortnightly in
September and to discharge her in early 2024.

Best wishes,
Amit Rana
Recovery Worker, Vale Recovery Service
07700 900950
""")
    return c


def poppy_garside():
    """AV-1009. Poppy tells her teacher that her dad hit her with a belt; a strategy discussion,
    a medical and a section 47 enquiry; her father accepts it and does a parenting course under a
    child in need plan; closed as she starts secondary school."""
    c = Case("AV-1009", "Poppy Garside", "2013-06-27", {
        "danielle": ("Danielle Garside", "Parent", "mother", "family", ["Danielle Garside", "Danielle", "Mum"]),
        "wayne": ("Wayne Garside", "Parent", "father", "family", ["Wayne Garside", "Wayne", "Dad", "Mr Garside"]),
        "darryl": ("Darryl Garside", "Relative", "paternal uncle", "family", ["Darryl Garside", "Darryl"]),
        "home": ("29 Copper Beech Road", "Family home", "home address", "place", ["29 Copper Beech Road", "Copper Beech Road"]),
    })
    c.add("2024-03-04", "referral", "MASH contact from Brookfold Primary: marks on Poppy's legs", "priya", """
| MASH CONTACT RECORD
| Contact date: 04/03/2024, 10:05
| Referrer: Mr Daniel Riley, head teacher, Brookfold Primary School
| Child: Poppy Garside (DOB 27/06/2013)
| Address: 29 Copper Beech Road, Ashby Vale AV7 5LU
| Parents: Danielle and Wayne Garside, 07700 900254

Reason for contact: this morning Poppy ({age}) was upset in class and told her teacher that her dad
"whacked me with his belt" on Saturday because she lost her phone. When she changed for PE the teacher
saw three red and purple marks across the backs of both thighs. Mr Riley has not spoken to the parents.

Poppy is in Year 6. She has good attendance (97%) and there have been no previous concerns. No police
or children's social care history.

RAG rating: Red. MASH decision: strategy discussion today; Poppy to stay in school until it is held.
""")
    c.add("2024-03-04", "strategy_discussion", "Strategy discussion: Poppy Garside", "priya", """
Strategy discussion on 04/03/2024 at 11:30. Present: Priya Nandra (MASH, chair), DS Karen Holt, Mr
Daniel Riley, Dr Vikram Shah, Ruth Adeyemi (Assessment Team).

Poppy has told her teacher that her father hit her with a belt on Saturday 2 March, and she has marks on
both thighs. This is a single disclosure with no history, but the injury is from an implement and the
marks are still visible two days later.

Decision: joint section 47 enquiry. Child protection medical with Dr Shah this afternoon. Ruth and DS
Holt to see Poppy at school first, then speak to both parents together at home after the medical.
Poppy will not go home until the parents have been seen and a plan agreed.
""")
    c.add("2024-03-04", "health_report", "Child protection medical: Poppy Garside", "ruth", """
Child protection medical report by Dr Vikram Shah, consultant paediatrician, examination on
04/03/2024 at 14:30, with Danielle Garside and Ruth Adeyemi present.

Poppy Garside, {age}. Three linear bruises across the backs of the thighs, two on the left (9 cm and
7 cm) and one on the right (8 cm), each about 2 cm wide, red-purple with yellowing at the edges. The
pattern is consistent with blows from a belt two to three days ago, as Poppy describes. No other
injuries. Growth and general health normal.
""")
    c.add("2024-03-04", "case_note", "Joint visit with police: Poppy and her parents", "ruth", """
Saw Poppy at school at 12:30 on 04/03/2024 with DS Holt. Poppy said she left her new phone on the bus on
Saturday, and when she told her dad he "went mad", took his belt off and hit her on the back of the legs
three times. She said he has smacked her before "but never like that" and that afterwards he cried and
said sorry. She said she is not scared of going home but "I don't want him to do it again". She loves
her mum and dad and her gerbil, Biscuit.

Home visit at 17:00 with DS Holt. Wayne Garside admitted hitting Poppy with his belt. He said he "lost
it" after a bad week at work and was ashamed straight away. He said he was hit with a belt as a child
"and turned out all right", then said "but I didn't, did I". Danielle said she was at work and did not
know until Poppy showed her on Sunday; she was angry with Wayne and had told him it must never happen
again.

Agreed: Wayne will stay at his brother Darryl's house while the enquiry is completed, and see Poppy
only with Danielle present. Poppy went home with her mum. DS Holt will interview Wayne under caution
by appointment.
""")
    c.add("2024-03-18", "assessment", "Section 47 enquiry outcome", "ruth", """
Section 47 enquiry: Poppy Garside ({age}). Completed by Ruth Adeyemi, 18/03/2024.

Poppy was hit three times with a belt by her father on 2 March 2024, leaving bruises that Dr Shah
confirmed. This is the first known incident; Poppy says she has been smacked before but never with
anything.

Wayne Garside has taken full responsibility and has been given a police caution for assault. He has
stayed at his brother's since 4 March and has kept to the agreement. He has asked for help with his
anger and with "parenting differently from how I was parented". Danielle Garside has been protective
and clear with him.

Poppy is a happy, confident girl. She wants her dad to come home "when he's learned not to do it".

Outcome: the concern is substantiated, but the parents' response means Poppy is not considered at
continuing risk of significant harm. No child protection conference. Recommendation: a child in need plan
with a parenting course for Wayne and a gradual return home.
""")
    c.add("2024-03-25", "child_in_need_plan", "Child in need plan: Poppy Garside", "ruth", """
Child in need plan for Poppy Garside, agreed on 25/03/2024 with Danielle and Wayne Garside and Mr Riley.
Social worker: Ruth Adeyemi.

- Wayne will complete the council's twelve-week Positive Parenting course, starting 8 April, and an
anger management course through his GP.
- Wayne will move home in stages: tea at home three times a week from April, overnight at weekends from
May, fully home when the course is finished, if Poppy and Danielle agree.
- Nobody in the house will hit Poppy. Consequences will be agreed by both parents and written on the
fridge.
- Mr Riley will check in with Poppy every week, and she can talk to her teacher any time.
- Ruth will see Poppy alone every three weeks.
""")
    c.add("2024-05-28", "case_note", "Home visit: Wayne back at weekends", "ruth", """
Visit to 29 Copper Beech Road on 28/05/2024. Wayne has been staying at weekends since 4 May. He has done
seven of the twelve parenting sessions and says the bit about "time in, not time out" has changed how he
talks to Poppy.

Poppy ({age}) was seen alone in her room with Biscuit. She said Dad "shouts less and we play Uno". When
she broke a glass last week "he just said get the dustpan". She wants him home properly.

Danielle said Wayne has been "like a different man" and that they talk about consequences together.
""")
    c.add("2024-07-10", "school_report", "Brookfold Primary: end of Year 6", "ruth", """
Report from Mr Daniel Riley, Brookfold Primary School, 10/07/2024.

Poppy's attendance this year is 97.4%. She has done well in her SATs and played the lead in the Year 6
show. Her weekly check-ins have been positive and she has said nothing further of concern. She starts at
Wyvern Hill Academy in September and has been on two transition days.
""")
    c.add("2024-07-22", "closure_summary", "Closure summary", "ruth", """
Closure summary for Poppy Garside ({age}), 22/07/2024. Social worker: Ruth Adeyemi.

Why we were involved: on 4 March 2024 Poppy told her teacher that her father, Wayne Garside, hit her with
his belt; she had bruises on both thighs. He accepted a police caution.

What changed: Wayne completed the Positive Parenting course and anger management sessions and returned
home in stages, fully from 24 June. Poppy says home is "calm" and that her dad has not hit her again.
Danielle has been protective throughout. Poppy starts secondary school in September.

The case is closed.
""")
    c.add("2024-04-22", "case_note", "Visit: tea visits going well", "ruth", """
Visit to 29 Copper Beech Road on 22/04/2024, during one of Wayne's tea visits. Wayne has been at home for tea
three times a week since 8 April and has been to two Positive Parenting sessions. He is still staying at his
brother Darryl's.

Poppy ({age}) showed me Biscuit's new cage and said that tea with Dad is "nice, like normal". She said she
is not scared of him and would like him to start staying at weekends. Danielle agreed.

Wayne said the course has made him realise he "never learned any other way". He has been writing down
what to do instead of shouting, and showed me the list on the fridge.
""")
    return c


def owen_haddow():
    """AV-1010. Owen, 13, cares for his mother, who has multiple sclerosis, and his little brother,
    and his attendance has fallen to 68%; Early Help, a carers' assessment and a care package;
    attendance up to 91%; closed."""
    c = Case("AV-1010", "Owen Haddow", "2011-10-15", {
        "tasha": ("Tasha Haddow", "Parent", "mother", "family", ["Tasha Haddow", "Tasha", "Mum", "Ms Haddow"]),
        "finn": ("Finn Haddow", "Sibling", "brother", "family", ["Finn Haddow", "Finn"], "2019-04-11"),
        "home": ("17 Marram Close", "Family home", "home address", "place", ["17 Marram Close", "Marram Close"]),
        "carers": ("Ashby Vale Young Carers", "Young carers service", "young carers service", "community", ["Ashby Vale Young Carers"]),
    })
    c.add("2025-09-22", "referral", "Request for Early Help from Wyvern Hill Academy", "priya", """
| MASH CONTACT RECORD
| Contact date: 22/09/2025
| Referrer: Mr Paul Gedling, designated safeguarding lead, Wyvern Hill Academy
| Child: Owen Haddow (DOB 15/10/2011)
| Address: 17 Marram Close, Ashby Vale AV2 3WD
| Mother: Tasha Haddow, 07700 900362

Reason for contact: Owen ({age}) is in Year 9. His attendance last year was 68.4% and he has missed four
of the first twelve days this term. When Mr Gedling spoke to him, Owen said his mum has MS and "has bad
days", and on those days he helps her get up and dressed and takes his brother Finn ({age:finn}) to
school, which makes him late or means he does not come at all. He said he does the shopping and most of
the cooking. He was worried about getting his mum "in trouble".

No safeguarding concerns about the care Owen and Finn receive. Tasha Haddow has agreed to the referral.

MASH decision: Early Help, with a young carers referral.
""")
    c.add("2025-10-01", "case_note", "Early Help home visit", "rob", """
Visited 17 Marram Close on 01/10/2025. Tasha Haddow uses a wheelchair indoors and out since a relapse
in the spring. She lives with her sons Owen ({age}) and Finn ({age:finn}); their father left three years
ago and has no contact.

Tasha said she has no care package: she turned down help after her diagnosis "because I didn't want
strangers in the house", and Owen has gradually taken over. On bad mornings Owen helps her transfer from
bed to wheelchair and into the shower. She was very upset to hear how much school he has missed.

Owen was proud of what he does and showed me the meal plan he keeps on the fridge. He said he would like
to go to football after school again but "who would do tea?"

Finn is in Year 2 at Hollowmere Primary and is a lively, happy boy.

Actions: Early Help assessment; referral to adult social care for a needs assessment for Tasha and a
carers' assessment for Owen; referral to Ashby Vale Young Carers.
""")
    c.add("2025-10-20", "assessment", "Early Help assessment: Owen and Finn Haddow", "rob", """
Early Help assessment for Owen Haddow ({age}) and Finn Haddow ({age:finn}). Completed by Rob Castleton,
20/10/2025.

Owen is a caring, capable boy who has taken on far more than a boy of his age should: personal care
for his mother on bad days, cooking, shopping, and getting his brother to school. His attendance has
fallen to 68.4% and he has given up football. He is tired and behind in maths and science, but school
say he is bright and well liked.

Tasha loves her boys and has accepted that she needs help. She has agreed to a care package.

Plan: a team around the family, with adult social care, Wyvern Hill, Hollowmere and Ashby Vale Young
Carers.
""")
    c.add("2025-11-05", "case_note", "Team around the family meeting", "rob", """
Team around the family meeting, 05/11/2025, at 17 Marram Close. Present: Tasha Haddow, Owen, Rob
Castleton, Mr Gedling, Mrs Tulley, an adult social care worker, and a worker from Ashby Vale Young Carers.

Agreed:
- Adult social care will provide a carer every morning at 7.15am to help Tasha get up and dressed, from
17 November, and three evenings a week.
- Finn will go to Hollowmere's breakfast club, paid for by the school, and Mrs Tulley will arrange for
him to be walked there by the morning carer.
- Owen will go to the young carers group on Tuesdays and restart football on Thursdays.
- Wyvern Hill will give Owen catch-up sessions in maths and a named mentor.
- Rob will review in six weeks.
""")
    c.add("2025-12-17", "school_report", "Wyvern Hill Academy: autumn term attendance", "rob", """
Report from Mr Paul Gedling, Wyvern Hill Academy, 17/12/2025.

Owen's attendance this term is 84.2%, and 96% since the morning carer started on 17 November. He has
been late only once since then. His maths teacher says he is catching up quickly. He has played in two
football matches for the school.
""")
    c.add("2026-02-09", "case_note", "Early Help review visit", "rob", """
Visit to 17 Marram Close on 09/02/2026. The morning carer comes every day and Tasha says "it's the best
decision I've made". Owen ({age}) gets himself to school and still cooks twice a week "because I like it,
not because I have to". Finn loves breakfast club.

Owen said young carers is good because "nobody there thinks it's weird". He has made the Year 9 football
team.
""")
    c.add("2026-04-01", "school_report", "Wyvern Hill Academy: spring term attendance", "rob", """
Report from Wyvern Hill Academy, 01/04/2026. Owen's attendance for the spring term is 91.3%, up from
68.4% last year. He has had no late marks this term and is on track in all subjects, including maths.
""")
    c.add("2026-06-15", "closure_summary", "Early Help closure summary", "rob", """
Early Help closure summary for Owen Haddow ({age}) and Finn Haddow ({age:finn}), 15/06/2026. Worker:
Rob Castleton.

Why we were involved: Owen was caring for his mother, Tasha, who has MS, and his brother Finn, and his
school attendance had fallen to 68.4%.

What changed: Tasha accepted a care package, with a carer every morning and three evenings a week. Finn
goes to breakfast club. Owen goes to the young carers group and plays football, and his attendance rose
to 91.3% in the spring term.

Ashby Vale Young Carers will continue to support Owen. The case is closed to Early Help.
""")
    c.add("2025-11-24", "case_note", "Young carer's assessment with Owen", "rob", """
Met Owen at Wyvern Hill Academy on 24/11/2025 with the worker from Ashby Vale Young Carers to complete his
young carer's assessment.

Owen ({age}) said the morning carer started last Monday and that "it's weird having someone else help Mum,
but she likes her". This week he has been on time every day. He still does tea most nights and the
shopping at weekends, and he worries about his mum falling when he is at school.

Agreed: Owen will keep doing the things he chooses to do, like cooking, but not personal care. Tasha will
have a pendant alarm so that Owen knows someone will come if she falls. He has been to his first young
carers group and wants to go on their trip to the climbing wall.
""")
    return c


def maisie_tremayne():
    """AV-1011. Maisie, 13, is tricked online by an adult posing as a boy of her age into sending
    images and is then threatened; she tells her mum; police and a child in need plan; the man is
    charged; closed."""
    c = Case("AV-1011", "Maisie Tremayne", "2012-10-08", {
        "rebecca": ("Rebecca Tremayne", "Parent", "mother", "family", ["Rebecca Tremayne", "Rebecca", "Mum"]),
        "paul": ("Paul Tremayne", "Parent", "father", "family", ["Paul Tremayne", "Paul", "Dad"]),
        "jake": ("\"Jake\" (online account)", "Adult posing online as a 15-year-old boy", "adult of concern", "community", ["Jake"]),
        "home": ("4 Saxon Rise", "Family home", "home address", "place", ["4 Saxon Rise", "Saxon Rise"]),
    })
    c.add("2025-11-10", "police_notification", "Police notification: online offences against Maisie Tremayne", "priya", """
| POLICE NOTIFICATION: ONLINE CHILD SEXUAL ABUSE
| Reference: AVP-25-06620
| Reported: 09/11/2025 by the child's parents
| Officer in the case: DC Imran Bhatti, Online Safeguarding Team

Maisie Tremayne ({age}) told her mother on 9 November that she had been talking since September to
someone on a gaming app who said he was a fifteen-year-old boy called "Jake". He persuaded her to send
him two images of herself in her underwear. On 8 November he sent her a message saying he would share
the images with her school friends unless she sent more, and sent her a screenshot of her own followers.
Maisie did not send anything else.

Her parents, Rebecca and Paul Tremayne, brought her phone to the police station the same evening. DC
Bhatti has taken the phone for examination. Early enquiries suggest the account is run by an adult
outside the borough.
""")
    c.add("2025-11-11", "referral", "MASH contact: Maisie Tremayne", "priya", """
| MASH CONTACT RECORD
| Contact date: 11/11/2025
| Source: police notification AVP-25-06620
| Child: Maisie Tremayne (DOB 08/10/2012)
| Address: 4 Saxon Rise, Ashby Vale AV1 2NU
| Parents: Rebecca and Paul Tremayne, 07700 900477

Reason for contact: Maisie has been groomed online by an adult posing as a teenage boy, sent him images,
and was then threatened that they would be shared. She told her mother.

Agency checks: Kestrel Park Academy say Maisie is in Year 8, attends well (97%) and has been quieter in
the last fortnight. No previous involvement with any service. The parents acted protectively and quickly.

MASH decision: strategy discussion.
""")
    c.add("2025-11-12", "strategy_discussion", "Strategy discussion: Maisie Tremayne", "priya", """
Strategy discussion on 12/11/2025. Present: Priya Nandra (MASH, chair), DC Imran Bhatti, Mrs Helen
Crossley (Kestrel Park Academy), Bev Carrick (school nurse), Ruth Adeyemi (Assessment Team).

DC Bhatti said the account has been linked to an adult man who has contacted other children. The images
have been reported for removal. Mrs Crossley said no images are known to have been shared in school.

Maisie's parents are protective. The risk comes from outside the family.

Decision: section 47 enquiry by Ruth Adeyemi, with a joint visit to Maisie at home. Police to continue
the investigation. Kestrel Park to give Maisie a named adult and watch for any sharing of images.
""")
    c.add("2025-11-13", "case_note", "Joint visit: Maisie at home", "ruth", """
Visited 4 Saxon Rise on 13/11/2025 with DC Bhatti. Maisie ({age}) was seen with her mum, then alone.

Maisie said "Jake" was funny and liked the same games as her and said she was "mature". He asked for the
pictures "as a joke" and she felt she couldn't say no. When he threatened to send them to her friends
she felt sick and couldn't sleep for two nights, then told her mum "because I thought she'd be less
angry than if she found out". Her mum hugged her.

Maisie is ashamed and worried that people at school will find out. She said she does not want to go back
online "ever". DC Bhatti told her that she has done nothing wrong, that the man is the one who has broken
the law, and that the images have been reported so they can be taken down.

Rebecca and Paul were upset but calm. They have changed Maisie's phone settings and want help to talk to
her about staying safe online without making her feel punished.
""")
    c.add("2025-11-27", "assessment", "Section 47 enquiry outcome", "ruth", """
Section 47 enquiry: Maisie Tremayne ({age}). Completed by Ruth Adeyemi, 27/11/2025.

Maisie was groomed online over two months by an adult who pretended to be a fifteen-year-old boy and
then used the images she sent to threaten her. This is abuse by someone outside the family. Maisie told
her mother within a day of the threat and her parents went to the police at once.

Maisie is anxious and embarrassed, has been sleeping badly and is worried about school, but she has
kept going in every day and is close to both parents.

Outcome: Maisie has suffered significant harm from an adult outside the family; her parents are
protective. No child protection conference. Recommendation: a short child in need plan to support
Maisie's recovery and her family.
""")
    c.add("2025-12-03", "child_in_need_plan", "Child in need plan: Maisie Tremayne", "ruth", """
Child in need plan for Maisie Tremayne, agreed on 03/12/2025 with Maisie, Rebecca and Paul Tremayne and
Mrs Crossley. Social worker: Ruth Adeyemi.

- Bev Carrick will see Maisie weekly at school to talk about her worries and sleep.
- Mrs Crossley is Maisie's named adult and will tell her parents straight away if anyone mentions images.
- Maisie and her parents will do three online safety sessions together with Ruth, at home.
- DC Bhatti will keep the family updated on the investigation.
- Review in three months.
""")
    c.add("2026-01-22", "case_note", "Update: arrest and online safety work", "ruth", """
Visit to 4 Saxon Rise on 22/01/2026. DC Bhatti told the family on 15 January that a 34-year-old man has
been arrested and charged with offences against Maisie and four other children. Maisie said she felt
"relieved, and a bit proud I told".

We did the second online safety session. Maisie made a list of "red flags" and showed her dad how the
gaming app's privacy settings work. Paul said he "learned more than she did".

Maisie is sleeping better and is back at netball.
""")
    c.add("2026-02-13", "school_report", "Kestrel Park Academy update", "ruth", """
Report from Mrs Helen Crossley, Kestrel Park Academy, 13/02/2026.

Maisie's attendance this year is 97.8%. No images have been shared in school and no pupil has mentioned
them. She sees Bev weekly and says she is "nearly back to normal". She has been chosen as a Year 8 digital
leader, helping younger pupils with online safety.
""")
    c.add("2026-03-05", "child_in_need_plan", "Child in need review: plan ends", "ruth", """
Child in need review, 05/03/2026. Present: Maisie, Rebecca and Paul Tremayne, Ruth Adeyemi, Mrs Crossley.

Maisie is well, sleeping properly and settled in school. The family has completed the online safety
sessions. The man who contacted her has been charged and is remanded; Maisie will not need to give
evidence if he pleads guilty, and DC Bhatti will support her if she does.

Decision: the child in need plan ends. Bev will keep seeing Maisie until Easter.
""")
    c.add("2026-03-12", "closure_summary", "Closure summary", "ruth", """
Closure summary for Maisie Tremayne ({age}), 12/03/2026. Social worker: Ruth Adeyemi.

Maisie was groomed online by an adult posing as a boy of fifteen, sent him images and was then
threatened. She told her mum, and her parents went to the police the same day. A man has been charged.
Maisie was supported by her school nurse, her school and her parents, and the family did online safety
work together. She is doing well.

The case is closed.
""")
    return c


def leo_ashcroft():
    """AV-1012, open. The police tell us that a man convicted of sexual offences against a child has
    moved in with Leo's mother; a strategy discussion and section 47 enquiry; a child protection
    plan and a safety plan naming who collects Leo; core groups under way in November 2026."""
    c = Case("AV-1012", "Leo Ashcroft", "2019-12-03", {
        "amy": ("Amy Ashcroft", "Parent", "mother", "family", ["Amy Ashcroft", "Amy", "Mum", "Ms Ashcroft"]),
        "gary": ("Gary Neale", "Mother's partner", "mother's partner", "family", ["Gary Neale", "Gary", "Mr Neale"]),
        "pauline": ("Pauline Ashcroft", "Relative", "maternal grandmother", "family", ["Pauline Ashcroft", "Pauline", "Nanna Pauline", "Nanna"]),
        "home": ("5 Wren Court", "Family home", "home address", "place", ["5 Wren Court", "Wren Court"]),
        "nanna_home": ("2 Alder Grove", "Maternal grandmother's home", "maternal grandmother's home", "place", ["2 Alder Grove", "Alder Grove"]),
    })
    c.add("2026-09-14", "police_notification", "Police notification: registered offender living with a child", "priya", """
| POLICE NOTIFICATION: MANAGEMENT OF SEXUAL OFFENDERS
| Reference: AVP-26-05118
| Date: 14/09/2026
| Officer: DS Karen Holt, Public Protection Unit

Gary Neale (41) is subject to sex offender notification requirements following his conviction in 2016
for sexual offences against a twelve-year-old girl, the daughter of a former partner. He notified police
on 11/09/2026 that he has moved into 5 Wren Court, Ashby Vale AV3 9GA, the home of his partner Amy
Ashcroft (32) and her son Leo Ashcroft ({age}).

Gary Neale says he met Amy in the spring and moved in on 1 September. When asked, he said Amy "knows
about his past". Police have not yet spoken to Amy.
""")
    c.add("2026-09-14", "referral", "MASH contact: Leo Ashcroft", "priya", """
| MASH CONTACT RECORD
| Contact date: 14/09/2026
| Source: police notification AVP-26-05118
| Child: Leo Ashcroft (DOB 03/12/2019)
| Address: 5 Wren Court, Ashby Vale AV3 9GA
| Mother: Amy Ashcroft, 07700 900155

Reason for contact: a man convicted of sexual offences against a child, Gary Neale, has moved into Leo's
home with his mother, Amy Ashcroft.

Agency checks: Hollowmere Primary say Leo is in Year 2, attends well (96%), and that since the start of
term he has twice been collected by "Mum's boyfriend, Gary", whom Amy had added to the collection list.
Leo's father is not involved and lives abroad. Amy's mother, Pauline Ashcroft, lives nearby on Alder
Grove and used to do most school pick-ups. No previous involvement with children's social care.

RAG rating: Red. MASH decision: strategy discussion today.
""")
    c.add("2026-09-15", "strategy_discussion", "Strategy discussion: Leo Ashcroft", "priya", """
Strategy discussion on 15/09/2026. Present: Priya Nandra (MASH, chair), DS Karen Holt, Mrs Lorraine
Tulley (Hollowmere Primary), Dr Amara Okafor (GP), Joe Bramwell (Child Protection Team).

Gary Neale has a conviction for sexual offences against a child of a former partner and now lives with
Leo, who is six. He has collected Leo from school. It is not known what Amy Ashcroft has been told.

Decision: section 47 enquiry led by Joe Bramwell. DS Holt and Joe to visit Amy today while Gary Neale is
at work, and seek Amy's agreement that Gary leaves the home during the enquiry. Hollowmere Primary will
not release Leo to Gary Neale from today. Leo to be seen at school.
""")
    c.add("2026-09-15", "case_note", "Joint visit to Amy Ashcroft", "joe", """
Visited Amy Ashcroft at 5 Wren Court on 15/09/2026 at 13:00 with DS Holt. Leo was at school.

Amy said Gary told her he had "a conviction from years ago" that was "a misunderstanding with an ex's
kid" and that he was "on a list". She did not know the girl was twelve or what the offences were. When DS
Holt told her what she is allowed to know, she was shocked and cried, then said she thinks Gary "has
changed" and that "he's brilliant with Leo".

Amy agreed, after a long discussion, that Gary will move out today to his brother's while we complete our
enquiry, and that he will not be alone with Leo or collect him from school. She agreed that her mum will
collect Leo.

Saw Leo ({age}) at school afterwards with Mrs Tulley. He talked about his dinosaur project and said Gary
"plays Minecraft with me" and "makes pancakes". He said no one has hurt him or asked him to keep secrets.
He did not say anything of concern.
""")
    c.add("2026-10-06", "assessment", "Section 47 enquiry outcome", "joe", """
Section 47 enquiry: Leo Ashcroft ({age}). Completed by Joe Bramwell, 06/10/2026.

Gary Neale, who was convicted in 2016 of sexual offences against the twelve-year-old daughter of a former
partner, moved into Leo's home on 1 September 2026 and collected him from school twice. Leo has said
nothing of concern and there is no evidence that he has been harmed.

Amy Ashcroft agreed that Gary would leave on 15 September. On 29 September a neighbour told the police that
Gary's car had been outside 5 Wren Court all night. Amy admitted he stayed "because he was upset" but said Leo
was asleep and Gary was never alone with him. She continues to describe his offences as "in the past" and
says she intends to stay with him.

Pauline Ashcroft has collected Leo from school every day since 15 September and is clear about the risk.

Outcome: Leo is likely to suffer significant harm. His mother does not yet accept the risk Gary Neale
poses and has broken the agreement once. Recommendation: initial child protection conference.
""")
    c.add("2026-10-20", "icpc_minutes", "Initial child protection conference minutes", "joe", """
Initial child protection conference for Leo Ashcroft ({age}), held on 20/10/2026. Chair: Margaret Deane.

Present: Amy Ashcroft (mother), Pauline Ashcroft (maternal grandmother), Joe Bramwell (social worker),
DS Karen Holt, Mrs Lorraine Tulley, Bev Carrick (school nurse). Gary Neale was not invited; his views were
given to the conference in a letter, in which he says he is "no risk to Leo" and wants to live with the
family.

DS Holt told the conference about Gary Neale's conviction and his notification requirements. Joe described
the enquiry and the overnight stay on 28 September. Amy said she loves Gary, does not believe he would
hurt Leo, and found the conference "a lot". She said she would do "whatever it takes" to keep Leo.

Pauline said she will collect Leo every day and have him to stay whenever Gary is at the house.

Decision: Leo to be subject to a child protection plan under the category of sexual abuse (risk of).
Gary Neale must not live at 5 Wren Court or have any unsupervised contact with Leo. Amy to attend a
protective parenting programme. A core group will meet within ten working days.
""")
    c.add("2026-10-20", "child_protection_plan", "Child protection plan: Leo Ashcroft", "joe", """
Child protection plan for Leo Ashcroft. Category: sexual abuse. Lead social worker: Joe Bramwell. Agreed
on 20/10/2026.

What we are worried about: Gary Neale has been convicted of sexual offences against a child and wants to
live with Leo and his mum. Amy does not yet believe he is a risk and let him stay overnight after agreeing
he would not.

What needs to happen:
- Gary Neale will not live at or stay overnight at 5 Wren Court, and will never be alone with Leo.
- Amy will do the protective parenting programme, starting in November, and work with Joe on what
Gary's conviction means for Leo.
- Pauline Ashcroft will collect Leo from school every day (see the safety plan).
- Leo will do "keeping safe" work with Bev at school.
- Joe will visit every ten working days, some unannounced, and see Leo alone.
""")
    c.add("2026-10-20", "safety_plan", "Safety plan: who collects Leo", "joe", """
SAFETY PLAN for Leo Ashcroft ({age}), agreed on 20/10/2026 with Amy Ashcroft (Mum) and Pauline Ashcroft
(Nanna). Written by Joe Bramwell.

Who collects Leo:
- Pauline Ashcroft collects Leo from Hollowmere Primary at 3.15pm every school day and takes him to her
house at 2 Alder Grove until Amy finishes work at 5.30pm.
- Amy takes Leo to school in the mornings.
- Hollowmere Primary will only release Leo to Amy or Pauline. Gary Neale has been removed from the list
and will never be allowed to collect him.

At home:
- Gary Neale will not come to 5 Wren Court when Leo is there. If Amy wants to see Gary, Leo stays with
Nanna Pauline.
- If Gary comes to the house when Leo is there, Amy will ask him to leave and ring Joe, or the emergency
duty team on 07700 900188 out of hours.

Leo's words: "Nanna picks me up and we have beans on toast."
""")
    c.add("2026-11-03", "core_group_minutes", "Core group meeting 1", "joe", """
First core group meeting, 03/11/2026, at Hollowmere Primary. Present: Amy Ashcroft, Pauline Ashcroft, Joe
Bramwell, Mrs Tulley, Bev Carrick.

Pauline has collected Leo every day. The school has had no request from Gary Neale. Amy has a place on the
protective parenting programme from 12 November. She said she has seen Gary twice at his brother's,
without Leo, and "is thinking about things".

Bev has started keeping safe work with Leo, using a book about "good and bad secrets". Leo is happy in
class and asked Bev whether she knows his Nanna.

Actions: Joe to meet Amy weekly to go through the conviction information she is allowed to know.
""")
    c.add("2026-11-17", "case_note", "Unannounced visit and time with Leo", "joe", """
Unannounced visit to 5 Wren Court on 17/11/2026 at 17:45. Amy and Leo were at home, eating tea. There
were no signs of anyone else living there.

Amy has been to the first session of her programme. She said it was "hard to hear" that people who abuse
children often build a relationship with the parent first, and that she has "not stopped thinking about
it". She has not seen Gary for a week.

Leo ({age}) was seen alone in his bedroom. He drew his family: Mum, Nanna and their cat. He said he has not
seen Gary "for ages" and that he likes going to Nanna's after school. He turns seven next month and wants
a dinosaur cake.
""")
    c.add("2026-11-24", "core_group_minutes", "Core group meeting 2", "joe", """
Core group meeting, 24/11/2026. Present: Amy Ashcroft, Pauline Ashcroft, Joe Bramwell, Mrs Tulley, Bev
Carrick.

Amy told the group that she ended her relationship with Gary Neale on 21 November. She said the programme
helped her see that "he told me what he wanted me to hear". DS Holt has confirmed that Gary has notified
police of a new address outside the borough.

The safety plan continues unchanged: Pauline collects Leo every day. The plan will be reviewed at the
review conference in January 2027.
""")
    return c


CASES = [ellie_hollins, kian_pryce, kai_thornbury, harvey_fenwick, nadia_brennan, ollie_pennington,
         arlo_whitlock, freya_lowther, poppy_garside, owen_haddow, maisie_tremayne, leo_ashcroft]


def main():
    cases = [make() for make in CASES]
    if len(sys.argv) == 3 and sys.argv[1] == "--files":
        # python3 src/demo/generate_demo.py --files src/main/resources/demo/files
        folder = sys.argv[2]
        lines = []
        for line, content in documents(cases):
            target = os.path.join(folder, line["path"])
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as f:
                f.write(content)
            lines.append(json.dumps(line, ensure_ascii=False) + "\n")
        with open(os.path.join(folder, "demo-manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            f.writelines(lines)
        return
    if len(sys.argv) != 1:
        sys.exit("usage: generate_demo.py > demo-records.jsonl | generate_demo.py --files FOLDER")
    out = sys.stdout
    for record in records(cases):
        assert record["date"] <= LAST_DAY.isoformat(), record["id"]
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
