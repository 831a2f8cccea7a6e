#!/usr/bin/env python3
"""Generate Casesearch's demo set: invented case records for a fictional borough.

Every person, place, school and event here is invented (Ashby Vale Borough Council does not
exist). Deterministic: the same seed gives the same file. Regenerate with

    python3 src/demo/generate_demo.py > src/main/resources/demo/demo-records.jsonl

Concerns are often described without naming them ("no food in the cupboards", "attendance is
64%"), as case notes do, so the set shows search by meaning as well as by words.
"""
import json
import random
from datetime import date, timedelta

rng = random.Random(20261122)

FIRST = ["Ellie", "Mason", "Aisha", "Kian", "Poppy", "Tyler", "Zara", "Logan", "Maya", "Reece",
         "Amber", "Dylan", "Leah", "Callum", "Nadia", "Jayden", "Freya", "Owen", "Isla", "Harvey"]
SURNAMES = ["Hollins", "Ashcroft", "Okafor", "Pennington", "Rahman", "Whitlock", "Kowalski", "Brennan",
            "Fairclough", "Osei", "Thornbury", "Mahmood", "Lindqvist", "Garside", "Achebe", "Pryce",
            "Haddow", "Quigley", "Sandhu", "Tremayne"]
ADULT_FIRST = ["Kerry", "Dean", "Shona", "Lee", "Natalie", "Wayne", "Gemma", "Craig", "Donna", "Stuart",
               "Leanne", "Paul", "Tasha", "Jason", "Michelle", "Ryan", "Kelly", "Gary", "Joanne", "Mark"]
STREETS = ["Larkspur Road", "Mill Lane", "Canal Row", "Beechwood Close", "Station Terrace", "Quarry View",
           "Foundry Street", "Orchard Way", "Kestrel Court", "Wharf Road"]
SCHOOLS = ["Ashby Vale Primary", "St Wilfrid's CE Primary", "Marlow Brook Academy", "Ridgeway High School",
           "Vale Park Primary", "Thornton Hill Academy"]
WORKERS = ["Priya Nandra", "Tom Ellery", "Sian Maddox", "Joe Bramwell", "Hannah Okoro", "Rob Castleton",
           "Ruth Adeyemi", "Liam Forsyth"]
GPS = ["Dr Helen Marsh", "Dr Vikram Shah", "Dr Aoife Kenny"]
POLICE = ["PC Sarah Lomax", "DC Imran Bhatti", "PC Gareth Wynne"]
TEAMS = {"referral": "MASH", "strategy_discussion": "MASH", "assessment": "Assessment Team",
         "early_help": "Early Help"}
CONCERNS = ["neglect", "domestic_abuse", "cce", "cse", "attendance", "substance", "mental_health",
            "missing", "self_harm", "disability", "uasc", "care_leaver"]

# The child protection plan category that follows from a case's first concern.
CATEGORY = {"neglect": "neglect", "domestic_abuse": "emotional abuse", "cse": "sexual abuse",
            "self_harm": "emotional abuse", "substance": "neglect", "mental_health": "emotional abuse"}

# Concern descriptions that mostly avoid naming the concern.
DESCRIBE = {
    "neglect": [
        "There was no food in the cupboards or the fridge apart from a jar of sauce.",
        "The children were wearing the same clothes as at the last visit and smelt unwashed.",
        "The house smelt strongly of urine and there were dirty nappies on the living room floor.",
        "{child} arrived at school hungry again and asked the teaching assistant for toast.",
        "The beds had no sheets and the mattresses were stained; there was dog mess in the kitchen.",
        "{child} has head lice that have not been treated despite three letters home.",
        "Missed health appointments: the 27-month review and two dental appointments were not attended.",
    ],
    "domestic_abuse": [
        "Police were called by neighbours who heard shouting and something being thrown.",
        "{mother} had a bruise on her cheek which she said came from walking into a cupboard door.",
        "{child} said that when {partner} gets angry he breaks things and mum cries.",
        "A police notification was received after {partner} was arrested at the address.",
        "{mother} disclosed that {partner} checks her phone and stops her seeing her sister.",
    ],
    "cce": [
        "{child} was found with two mobile phones and {cash} in cash and could not explain where it came from.",
        "{child} was stopped by police at a railway station in a town forty miles away, late at night.",
        "{child} has new trainers and a designer jacket that his mother cannot afford.",
        "{child} is receiving calls at all hours and leaves the house straight after them.",
        "A neighbour reported older males in a car collecting {child} from outside the house.",
    ],
    "cse": [
        "{child} has been seen getting into cars with adult men outside the shopping centre.",
        "{child} has a new 'boyfriend' who is 24 and gives her vodka and cigarettes.",
        "{child} has been sent images she did not want and was asked to send photos back.",
        "{child} stayed out overnight and came home with a new phone she says a friend gave her.",
    ],
    "attendance": [
        "Attendance this term is {pct}% with {n} unauthorised absences.",
        "{child} is regularly late and missed the whole of the last week of term.",
        "The school has issued a penalty notice warning after repeated unexplained absences.",
        "{child} says she has stomach aches on school mornings and stays at home.",
    ],
    "substance": [
        "{mother} appeared under the influence when the worker arrived at 11am; cans were on the table.",
        "Drug paraphernalia, including foil and a burnt spoon, was seen in the bathroom.",
        "{mother} has missed her last three appointments at the drug and alcohol service.",
        "{child} said mum 'sleeps a lot in the day' and he makes his own tea.",
    ],
    "mental_health": [
        "{mother} said she has not been out of bed much for two weeks and feels there is no point.",
        "{mother} has stopped taking her prescribed medication and the curtains were closed all day.",
        "The GP confirmed {mother} has a diagnosis of depression and is on the waiting list for talking therapy.",
    ],
    "missing": [
        "{child} was reported missing at 11pm and returned at 6am the next day.",
        "This is {child}'s fourth missing episode this month; each time she returns tired and will not say where she was.",
        "{child} was found by police in a flat in the city centre with older teenagers.",
    ],
    "self_harm": [
        "{child} showed the school nurse cuts on her forearm and said she does it when things get too much.",
        "{child} told a friend she did not want to be here any more; the school followed its protocol.",
        "CAMHS triage took place and {child} will be offered an appointment within four weeks.",
    ],
    "disability": [
        "{child} has autism and communicates using a small number of words and pictures.",
        "The EHCP review noted {child} needs one-to-one support for personal care at school.",
        "{mother} is struggling to manage {child}'s night waking and has not slept properly in months.",
        "A short break at the respite unit was agreed to give the family some rest.",
    ],
    "uasc": [
        "{child} arrived in the UK in the back of a lorry and was found at a service station.",
        "{child} speaks Tigrinya and an interpreter was used for the whole meeting.",
        "{child}'s age is disputed and an age assessment has been requested.",
        "{child} has nightmares about the journey and sleeps with the light on.",
    ],
    "care_leaver": [
        "{child} moved into a supported flat and is learning to budget her money.",
        "{child} is behind with rent and has been sent a warning letter by the housing association.",
        "The pathway plan was reviewed: {child} wants to start a college course in catering.",
        "{child} has not been answering her personal adviser's calls for two weeks.",
    ],
}
POSITIVE = [
    "{child} was smiling and keen to show the worker a drawing from school.",
    "The home was clean and tidy and there was food in the fridge.",
    "{mother} has engaged well with the parenting programme and attended every session.",
    "School report that {child} is settled, with good friendships and attendance of 96%.",
    "{child} enjoys football and has joined the under-11s team on Saturdays.",
    "The family went to the seaside for the day and {child} talked about building sandcastles.",
]
SAFETY_ACTIONS = {
    "neglect": ["{mother} will make sure there is food in the house every day, with food bank vouchers if needed.",
                "The health visitor will visit weekly to check the children's weight and hygiene."],
    "domestic_abuse": ["{partner} must not come to the family home; if he does, {mother} will call 999.",
                       "{grandmother} will collect the children from school on Tuesdays and Thursdays.",
                       "{mother} will attend the Freedom Programme starting next month."],
    "cce": ["{child} will hand his phone to his mother at 10pm each night.",
            "If {child} is not home by 9pm, his mother will report him missing to the police.",
            "The youth worker will meet {child} twice a week after school."],
    "cse": ["{child} will not meet anyone she has only met online without telling her carer.",
            "Police will carry out disruption visits at the address where she has been staying."],
    "substance": ["{mother} will not use alcohol or drugs while caring for the children.",
                  "{grandmother} will stay overnight on Friday and Saturday nights."],
    "mental_health": ["{mother} will see the GP this week and take her medication as prescribed.",
                      "The crisis team number is on the fridge and {mother} will ring it if she feels unsafe."],
    "missing": ["If {child} goes missing, carers will call the police after one hour.",
                "A return home interview will be offered within 72 hours of every missing episode."],
    "self_harm": ["Sharp objects and medicines will be locked away.",
                  "{child} will tell her key adult at school when she feels overwhelmed."],
}


def person(name, role, relation, kind):
    return {"name": name, "role": role, "relation_to_child": relation, "kind": kind}


def fill(text, ctx):
    return text.format(**ctx)


def make_case(i):
    case_id = f"AV-{1001 + i}"
    first, surname = FIRST[i], SURNAMES[i]
    child_name = f"{first} {surname}"
    concerns = rng.sample(CONCERNS, 2)
    if "uasc" in concerns or "care_leaver" in concerns:
        age = rng.randint(15, 18)
    else:
        age = rng.randint(3, 14)
    start = date(2021, 1, 1) + timedelta(days=rng.randint(0, 900))
    dob = start - timedelta(days=365 * age + rng.randint(0, 300))
    mother = f"{rng.choice(ADULT_FIRST[::2])} {surname}"
    partner = f"{rng.choice(ADULT_FIRST[1::2])} {rng.choice(SURNAMES)}"
    grandmother = f"{rng.choice(['Maureen', 'Pat', 'Brenda', 'Sylvia'])} {rng.choice(SURNAMES)}"
    address = f"{rng.randint(1, 120)} {rng.choice(STREETS)}, Ashby Vale AV{rng.randint(1, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    school = rng.choice(SCHOOLS)
    worker = rng.choice(WORKERS)
    team = f"Safeguarding Team {rng.randint(1, 3)}"
    ctx = {"child": first, "mother": mother, "partner": partner, "grandmother": grandmother,
           "cash": f"£{rng.choice([240, 480, 650, 900, 1200])}", "pct": rng.choice([58, 61.5, 64, 68.5, 72]),
           "n": rng.randint(8, 25)}
    people_core = [
        person(mother, "Parent", "mother", "family"),
        person(grandmother, "Relative", "maternal grandmother", "family"),
        person(address.split(",")[0], "Family home", "home address", "place"),
        person(school, "School", "school", "community"),
    ]
    if "domestic_abuse" in concerns or "substance" in concerns:
        people_core.append(person(partner, "Mother's partner", "mother's partner", "family"))
    return {"case_id": case_id, "child": {"id": f"C-{case_id}", "name": child_name, "dob": dob.isoformat()},
            "concerns": concerns, "ctx": ctx, "start": start, "address": address, "school": school,
            "worker": worker, "team": team, "people": people_core, "mother": mother}


def concern_lines(case, k, positive=1):
    lines = []
    for c in case["concerns"]:
        lines += rng.sample(DESCRIBE[c], min(k, len(DESCRIBE[c])))
    lines += rng.sample(POSITIVE, positive)
    rng.shuffle(lines)
    return [fill(l, case["ctx"]) for l in lines]


def record_texts(case, kind, when):
    c, ctx = case, case["ctx"]
    child = ctx["child"]
    d = when.strftime("%d/%m/%Y")
    if kind == "referral":
        return "MASH contact", "\n".join([
            "MASH CONTACT RECORD", f"Contact date: {d}",
            f"Referrer: {rng.choice(POLICE + [c['school'] + ' designated safeguarding lead'])}",
            f"Child: {c['child']['name']} (DOB {date.fromisoformat(c['child']['dob']).strftime('%d/%m/%Y')})",
            f"Address: {c['address']}", "", "Reason for contact:", " ".join(concern_lines(c, 2, 0)), "",
            f"Parent contact: {c['mother']} on 07700 900{rng.randint(100, 999)}.",
            "Agency checks: Police - see above. Health - some missed appointments. Education - concerns about presentation.",
            "RAG rating: Amber", "MASH decision: Progress to Child and Family Assessment"])
    if kind == "strategy_discussion":
        return "Strategy discussion", " ".join([
            f"Strategy discussion held on {d} with police ({rng.choice(POLICE)}), health ({rng.choice(GPS)}) and children's social care.",
            *concern_lines(c, 2, 0),
            "Outcome: threshold met for a section 47 enquiry. A joint visit will take place within 24 hours."])
    if kind == "assessment":
        paras = [f"Child and Family Assessment completed by {c['worker']}.", "Child's developmental needs:",
                 " ".join(concern_lines(c, 3, 1)), "Parenting capacity:",
                 " ".join(concern_lines(c, 2, 1)), "Family and environmental factors:",
                 f"The family live at {c['address']}. {c['mother']} is supported by {ctx['grandmother']}, who lives nearby.",
                 "Analysis: the cumulative impact of these concerns means the children are at risk of significant harm.",
                 "Recommendation: initial child protection conference."]
        return "Child and family assessment", "\n\n".join(paras * 1) + "\n\n" + " ".join(concern_lines(c, 3, 2)) * 2
    if kind == "icpc_minutes":
        return "ICPC minutes", " ".join([
            f"Initial child protection conference held on {d}. Chair: independent conference chair.",
            f"Present: {c['mother']}, {c['worker']} (social worker), {c['school']} DSL, health visitor.",
            *concern_lines(c, 3, 1),
            f"Decision: {child} will be subject to a child protection plan under the category of "
            f"{CATEGORY.get(c['concerns'][0], 'emotional abuse')}. A core group will meet within 10 working days."])
    if kind == "child_protection_plan":
        actions = []
        for con in c["concerns"]:
            actions += SAFETY_ACTIONS.get(con, [])
        return "Child protection plan", " ".join([
            f"Child protection plan for {child}. Outcome wanted: {child} is safe, well cared for and in school every day."]
            + [fill(a, ctx) for a in actions] + ["The core group will review progress every six weeks."])
    if kind == "safety_plan":
        actions = []
        for con in c["concerns"]:
            actions += SAFETY_ACTIONS.get(con, ["{mother} will tell the social worker about any new worries."])
        return "Safety plan", "\n".join([f"SAFETY PLAN agreed on {d} with {c['mother']} and {ctx['grandmother']}."]
                                         + ["- " + fill(a, ctx) for a in actions]
                                         + [f"- If anyone is worried they will call the duty team on 07700 900{rng.randint(100, 999)}."])
    if kind == "core_group_minutes":
        return "Core group meeting", " ".join([f"Core group meeting on {d}."] + concern_lines(c, 1, 1)
                                               + ["Actions from the plan were reviewed; some progress noted."])
    if kind == "case_note":
        return rng.choice(["Home visit", "Unannounced home visit", "Statutory visit", "Telephone call with mother"]), " ".join(
            [f"Visited {c['address'].split(',')[0]} on {d}. {child} was seen."] + concern_lines(c, 1, 1))
    if kind == "school_report":
        return "School report", " ".join([f"Report from {c['school']}."]
                                         + [fill(l, ctx) for l in rng.sample(DESCRIBE["attendance"], 2)]
                                         + [fill(rng.choice(POSITIVE), ctx)])
    if kind == "health_report":
        return "Health report", " ".join([f"Report from {rng.choice(GPS)}, GP."]
                                         + [fill(rng.choice(DESCRIBE["neglect"][-1:] + DESCRIBE["mental_health"]), ctx),
                                            "Immunisations are up to date."])
    if kind == "police_notification":
        return "Police notification (PPN)", " ".join([f"Public protection notice received on {d} from {rng.choice(POLICE)}."]
                                                     + concern_lines(c, 1, 0))
    if kind == "return_home_interview":
        return "Return home interview", " ".join([f"RHI completed on {d} after a missing episode."]
                                                 + [fill(l, ctx) for l in rng.sample(DESCRIBE["missing"], 2)]
                                                 + [fill(rng.choice(DESCRIBE["cce"] + DESCRIBE["cse"]), ctx)])
    if kind == "email":
        return "E-mail from school", f"From: dsl@{c['school'].lower().replace(' ', '').replace(chr(39), '')}.example.org\nSubject: {child}\n\n" + " ".join(concern_lines(c, 1, 0))
    if kind == "looked_after_review":
        return "Looked after review", " ".join([f"CLA review chaired by the IRO on {d}. {child} is settled in foster care."]
                                               + concern_lines(c, 1, 2) + ["The care plan remains appropriate."])
    if kind == "court_report":
        return "Court statement", " ".join([f"Statement of {c['worker']}, social worker, for the family court."]
                                           + concern_lines(c, 3, 1) + ["The local authority seeks an interim care order."])
    if kind == "pathway_plan":
        return "Pathway plan", " ".join([f"Pathway plan review for {child}."] + [fill(l, ctx) for l in DESCRIBE["care_leaver"][:3]])
    raise ValueError(kind)


def chronology(case):
    kinds = ["referral", "strategy_discussion", "case_note", "assessment", "icpc_minutes", "child_protection_plan",
             "safety_plan", "core_group_minutes", "case_note", "school_report", "health_report", "core_group_minutes",
             "case_note", "email", "police_notification"]
    if "missing" in case["concerns"] or "cce" in case["concerns"] or "cse" in case["concerns"]:
        kinds += ["return_home_interview", "case_note"]
    if "care_leaver" in case["concerns"] or "uasc" in case["concerns"]:
        kinds += ["looked_after_review", "pathway_plan"]
    if rng.random() < 0.3:
        kinds += ["court_report"]
    return kinds


def main():
    n = 0
    out = []
    for i in range(20):
        case = make_case(i)
        when = case["start"]
        for kind in chronology(case):
            when += timedelta(days=rng.randint(3, 40))
            title, text = record_texts(case, kind, when)
            n += 1
            team = TEAMS.get(kind, case["team"])
            people = list(case["people"])
            if kind in ("referral", "strategy_discussion", "police_notification"):
                people.append(person(rng.choice(POLICE), "Police officer", "police officer", "professional"))
            if kind == "health_report":
                people.append(person(rng.choice(GPS), "GP", "GP", "professional"))
            out.append({
                "id": f"DEMO-{n:04d}", "case_id": case["case_id"], "child": case["child"], "type": kind,
                "title": title, "date": when.isoformat(), "author": case["worker"], "team": team, "text": text,
                "people": people, "restricted": kind == "court_report",
                "source_system": rng.choice(["CareFirst-demo", "Mosaic-demo"])})
    for r in out:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
