package uk.casesearch.engine.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.insight.Redactor.DataClass;
import uk.casesearch.engine.insight.Redactor.Person;
import uk.casesearch.engine.insight.Redactor.Result;

class RedactorTest {

  private static final String SUBJECT = "Jamie Parent";
  private static final List<Person> PEOPLE =
      List.of(
          new Person("Jo Parent", "Parent", "mother", "family"),
          new Person("Darren Kitchener", "Partner", "mother's partner", "family"),
          new Person("Dr Amira Lee", "GP", "GP", "professional"),
          new Person("Sunny Bank Refuge", null, "refuge", "place"),
          new Person("Jamie Parent", "Child", "self", "family"));

  private final Redactor redactor = new Redactor(Redactor.Rules.defaults());

  private String redact(String text) {
    return redactor.redact("text", text, SUBJECT, PEOPLE).text();
  }

  @Test
  void thirdPartiesAreMaskedAndTheSubjectIsNot() {
    assertEquals(
        "Jamie Parent said [NAME] and [NAME] argued.",
        redact("Jamie Parent said Jo Parent and Darren Kitchener argued."));
    assertEquals("[NAME] collected Jamie.", redact("Jo collected Jamie."), "a first name alone");
    assertEquals(
        "[NAME]'s car was outside.",
        redact("Kitchener's car was outside."),
        "a surname alone, possessive kept readable");
    assertEquals(
        "The Parent family moved.",
        redact("The Parent family moved."),
        "the subject's own surname alone is theirs");
    assertEquals(
        "[NAME] was abusive.",
        redact("Mr Darren Kitchener was abusive."),
        "a title goes with the name");
    assertEquals("[NAME] called.", redact("jo parent called."), "a full name in any case");
    assertEquals("The jo-jo toy.", redact("The jo-jo toy."), "a single name only as capitalised");
  }

  @Test
  void professionalsAreDisclosedUnlessTheRulesSayOtherwise() {
    assertEquals("Dr Amira Lee examined Jamie.", redact("Dr Amira Lee examined Jamie."));
    Redactor strict =
        new Redactor(new Redactor.Rules(EnumSet.allOf(DataClass.class), true, "[%s]"));
    assertEquals(
        "[NAME] examined Jamie.",
        strict.redact("text", "Dr Amira Lee examined Jamie.", SUBJECT, PEOPLE).text());
  }

  @Test
  void organisationsOnTheCaseAreNotNamesAndTheirWordsStay() {
    List<Person> people = new java.util.ArrayList<>(PEOPLE);
    people.add(
        new Person(
            "Ashby Vale Domestic Abuse Service", "Support", "domestic abuse service", "community"));
    people.add(new Person("Irene Ashworth", "Neighbour", "neighbour", "community"));
    people.add(new Person("Vale Recovery", "Drug service", "drug service", "organisation"));
    assertEquals(
        "[NAME] was referred to Ashby Vale Domestic Abuse Service after the domestic abuse; [NAME] helped; Vale Recovery called.",
        redactor
            .redact(
                "text",
                "Jo was referred to Ashby Vale Domestic Abuse Service after the domestic abuse; Irene helped; Vale Recovery called.",
                SUBJECT,
                people)
            .text());
  }

  @Test
  void placesOnTheCaseAreMaskedAsAddresses() {
    Result r =
        redactor.redact("text", "Mum moved to Sunny Bank Refuge last week.", SUBJECT, PEOPLE);
    assertEquals("Mum moved to [ADDRESS] last week.", r.text());
    assertEquals(DataClass.ADDRESS, r.log().get(0).dataClass());
  }

  @Test
  void postcodesAndStreetAddresses() {
    assertEquals("Lives at [ADDRESS], [POSTCODE].", redact("Lives at 14 Oakfield Road, LS1 4AP."));
    assertEquals(
        "Postcodes [POSTCODE], [POSTCODE] and [POSTCODE].",
        redact("Postcodes SW1A 1AA, m11ae and b33 8th."));
    assertEquals(
        "Moved to [ADDRESS] on Monday.", redact("Moved to Flat 3, 22 St Anne's Close on Monday."));
    assertEquals("She has 3 children and 2 dogs.", redact("She has 3 children and 2 dogs."));
  }

  @Test
  void phoneNumbersAndEmails() {
    assertEquals("Call [PHONE] or [PHONE].", redact("Call 07700 900123 or +44 113 496 0000."));
    assertEquals("Landline [PHONE].", redact("Landline 0113 4960000."));
    assertEquals("E-mail [EMAIL] today.", redact("E-mail jo.parent@example.co.uk today."));
  }

  @Test
  void nhsNumbersOnlyWithAValidCheckDigit() {
    assertTrue(Redactor.validNhsNumber("9434765919"));
    assertFalse(Redactor.validNhsNumber("9434765918"));
    assertEquals("NHS [NHS NUMBER].", redact("NHS 943 476 5919."));
    assertEquals("NHS [NHS NUMBER].", redact("NHS 943-476-5919."));
    assertEquals("NHS [NHS NUMBER].", redact("NHS 9434765919."));
    Result invalid = redactor.redact("text", "Ref 943 476 5918.", SUBJECT, PEOPLE);
    assertTrue(
        invalid.log().stream().noneMatch(x -> x.dataClass() == DataClass.NHS_NUMBER),
        invalid.toString());
  }

  @Test
  void nationalInsuranceNumbers() {
    assertEquals("NI [NI NUMBER].", redact("NI AB 12 34 56 C."));
    assertEquals("NI [NI NUMBER].", redact("NI ab123456c."));
    assertEquals("Not GB123456A.", redact("Not GB123456A."), "prefix GB is never allocated");
    assertEquals("Not DA123456A.", redact("Not DA123456A."), "D is never a first letter");
  }

  @Test
  void datesOfBirthButNotOtherDates() {
    assertEquals("DOB: [DATE OF BIRTH].", redact("DOB: 12/03/1990."));
    assertEquals("Date of birth [DATE OF BIRTH].", redact("Date of birth 1990-03-12."));
    assertEquals(
        "He was born on [DATE OF BIRTH] in Leeds.",
        redact("He was born on 12th March 1990 in Leeds."));
    assertEquals("Born [DATE OF BIRTH].", redact("Born March 12, 1990."));
    assertEquals(
        "Visit on 12/03/2024 went well.",
        redact("Visit on 12/03/2024 went well."),
        "chronology stays");
  }

  @Test
  void theSubjectsOwnDateOfBirthIsTheirsToRead() {
    java.time.LocalDate dob = java.time.LocalDate.of(2016, 3, 23);
    String header = "Child: Jamie Parent (DOB 23/03/2016)\nMother: Jo Parent (DOB 01/02/1985)";
    assertEquals(
        "Child: Jamie Parent (DOB 23/03/2016)\nMother: [NAME] (DOB [DATE OF BIRTH])",
        redactor.redact("text", header, SUBJECT, dob, PEOPLE).text());
    // Known by the date, in any form it is written ...
    for (String written :
        List.of(
            "23.03.2016",
            "23rd March 2016",
            "March 23, 2016",
            "2016-03-23",
            "23/3/16",
            "23 Sept 2016")) {
      String text = "A sibling's note: born " + written + ".";
      String expected =
          written.equals("23 Sept 2016") ? "A sibling's note: born [DATE OF BIRTH]." : text;
      assertEquals(expected, redactor.redact("text", text, SUBJECT, dob, PEOPLE).text(), written);
    }
    // ... or by the subject's name just before it, when the date is not known.
    assertEquals(
        "Jamie Parent, DOB 23/03/2016.",
        redactor.redact("text", "Jamie Parent, DOB 23/03/2016.", SUBJECT, null, PEOPLE).text());
    // The mother asking for her own file reads her own date of birth and not the child's.
    assertEquals(
        "Jo Parent (DOB 01/02/1985); [NAME] (DOB [DATE OF BIRTH])",
        redactor
            .redact(
                "text",
                "Jo Parent (DOB 01/02/1985); Jamie Parent (DOB 23/03/2016)",
                "Jo Parent",
                null,
                PEOPLE)
            .text());
  }

  @Test
  void theLogNamesClassFieldAndOffsetsButNeverTheValue() {
    String text = "Jo Parent (DOB 01/02/1985, NHS 943 476 5919) rang from 07700 900123.";
    Result r = redactor.redact("text", text, SUBJECT, PEOPLE);
    assertEquals(
        List.of(
            DataClass.PERSON_NAME, DataClass.DATE_OF_BIRTH, DataClass.NHS_NUMBER, DataClass.PHONE),
        r.log().stream().map(Redactor.Redaction::dataClass).toList());
    Redactor.Redaction first = r.log().get(0);
    assertEquals("Jo Parent", text.substring(first.start(), first.end()));
    assertEquals("text", first.field());
    for (String value : List.of("Jo Parent", "01/02/1985", "943 476 5919", "07700 900123")) {
      assertTrue(
          r.log().stream().noneMatch(x -> x.toString().contains(value)), value + " is in the log");
      assertFalse(r.text().contains(value), value + " is in the text");
    }
  }

  @Test
  void onlyTheChosenClassesAreMasked() {
    Redactor phonesOnly =
        new Redactor(new Redactor.Rules(EnumSet.of(DataClass.PHONE), false, "<%s>"));
    Result r = phonesOnly.redact("text", "Jo Parent, LS1 4AP, 07700 900123.", SUBJECT, PEOPLE);
    assertEquals("Jo Parent, LS1 4AP, <PHONE>.", r.text());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Redactor.Rules(EnumSet.of(DataClass.PHONE), false, "XXX"));
  }

  @Test
  void nothingToMask() {
    assertNull(redactor.redact("text", null, SUBJECT, PEOPLE).text());
    assertEquals("", redactor.redact("text", "", SUBJECT, PEOPLE).text());
    assertEquals(
        "Jo Parent came.",
        redactor.redact("text", "Jo Parent came.", SUBJECT, List.of()).text(),
        "no people, no names");
    assertEquals(
        "[NAME] came.",
        redactor.redact("text", "Jo Parent came.", null, PEOPLE).text(),
        "no subject: everyone is a third party");
  }
}
