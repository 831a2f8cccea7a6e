package uk.casesearch.engine.ingest.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

class EmailHeadersTest {

  @Test
  void headersComeInAReadersOrderWithTheRawHeaderPreferred() {
    Metadata m = new Metadata();
    m.set(TikaCoreProperties.TITLE, "  Core group\r\n   minutes ");
    m.add(Message.MESSAGE_RAW_HEADER_PREFIX + "Date", "Sun, 25 Dec 2022 16:11:00 +0000");
    m.set(TikaCoreProperties.CREATED, "2022-12-25T16:11:00Z");
    m.add(Message.MESSAGE_RAW_HEADER_PREFIX + "Cc", "Team Manager <tm@example.gov.uk>");
    m.add(Message.MESSAGE_TO, "sam.worker@example.gov.uk");
    m.add(Message.MESSAGE_RAW_HEADER_PREFIX + "To", "Sam Worker <sam.worker@example.gov.uk>");
    m.add(Message.MESSAGE_RAW_HEADER_PREFIX + "To", "Ann Other <ann@example.gov.uk>");
    m.add(Message.MESSAGE_FROM, "Jo Bloggs");
    m.set(Message.MESSAGE_FROM_EMAIL, "jo.bloggs@example.nhs.uk");

    Map<String, String> h = EmailHeaders.of(m);

    assertEquals(List.of("From", "To", "Cc", "Date", "Subject"), List.copyOf(h.keySet()));
    assertEquals("Jo Bloggs <jo.bloggs@example.nhs.uk>", h.get("From"));
    assertEquals(
        "Sam Worker <sam.worker@example.gov.uk>, Ann Other <ann@example.gov.uk>", h.get("To"));
    assertEquals("Team Manager <tm@example.gov.uk>", h.get("Cc"));
    assertEquals("Sun, 25 Dec 2022 16:11:00 +0000", h.get("Date"));
    assertEquals("Core group minutes", h.get("Subject"), "on one line");
  }

  @Test
  void withoutTheRawHeadersTikasOwnFieldsAreUsedAndTheDateWrittenAsAnEmailWritesIt() {
    Metadata m = new Metadata();
    m.add(Message.MESSAGE_FROM, "Jo Bloggs <jo.bloggs@example.nhs.uk>");
    m.set(Message.MESSAGE_FROM_EMAIL, "jo.bloggs@example.nhs.uk");
    m.add(Message.MESSAGE_TO, "sam.worker@example.gov.uk");
    m.add(Message.MESSAGE_CC, "tm@example.gov.uk");
    m.set(TikaCoreProperties.CREATED, "2025-01-06T09:30:00+01:00");
    m.set(TikaCoreProperties.SUBJECT, "Visit");

    Map<String, String> h = EmailHeaders.of(m);

    assertEquals("Jo Bloggs <jo.bloggs@example.nhs.uk>", h.get("From"), "the address once");
    assertEquals("sam.worker@example.gov.uk", h.get("To"));
    assertEquals("tm@example.gov.uk", h.get("Cc"));
    assertEquals("Mon, 6 Jan 2025 08:30:00 GMT", h.get("Date"), "in UTC");
    assertEquals("Visit", h.get("Subject"));
  }

  @Test
  void aMissingHeaderIsLeftOutAndAnAddressAloneIsTheSender() {
    Metadata m = new Metadata();
    m.set(Message.MESSAGE_FROM_EMAIL, "jo.bloggs@example.nhs.uk");
    m.set(TikaCoreProperties.CREATED, "not a date");

    Map<String, String> h = EmailHeaders.of(m);

    assertEquals(
        Map.of("From", "jo.bloggs@example.nhs.uk", "Date", "not a date"), h, "as Tika gave it");
    assertNull(EmailHeaders.title(m));
  }
}
