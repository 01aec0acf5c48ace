package org.localgroups.web.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * An Atom 1.0 feed document (RFC 4287) written with the JDK's StAX writer, which escapes every text
 * and attribute; characters XML 1.0 cannot carry (controls, lone surrogates) are left out, so
 * whatever authors wrote, the document is well-formed.
 *
 * @param id the feed's permanent IRI
 * @param title its title
 * @param updated when it last changed
 * @param author who the feed is from (each entry also names its own author)
 * @param self the feed's own address
 * @param alternate the page it is the feed of
 * @param next the next (older) page of the feed (RFC 5005), "" when none
 * @param entries its entries, newest first
 */
public record AtomDocument(
    String id,
    String title,
    Instant updated,
    String author,
    String self,
    String alternate,
    String next,
    List<Entry> entries) {
  public static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  public AtomDocument {
    entries = List.copyOf(entries);
  }

  /**
   * One entry.
   *
   * @param id its permanent IRI
   * @param title its title
   * @param updated when it was made
   * @param author who made it
   * @param link the page that shows it (rel=alternate)
   * @param summary what it changed, plain text
   */
  public record Entry(
      String id, String title, Instant updated, String author, String link, String summary) {}

  /** The document as XML text. */
  public String render() {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("feed");
      w.writeDefaultNamespace(ATOM);
      text(w, "id", id);
      text(w, "title", title);
      text(w, "updated", time(updated));
      w.writeStartElement("author");
      text(w, "name", author);
      w.writeEndElement();
      link(w, "self", self, "application/atom+xml");
      link(w, "alternate", alternate, "text/html");
      if (!next.isEmpty()) {
        link(w, "next", next, "application/atom+xml");
      }
      for (Entry e : entries) {
        w.writeStartElement("entry");
        text(w, "id", e.id());
        text(w, "title", e.title());
        text(w, "updated", time(e.updated()));
        w.writeStartElement("author");
        text(w, "name", e.author());
        w.writeEndElement();
        link(w, "alternate", e.link(), "text/html");
        if (!e.summary().isEmpty()) {
          text(w, "summary", e.summary());
        }
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      // a StringWriter does not fail, and every text is cleaned first
      throw new IllegalStateException("Could not write the Atom feed", e);
    }
    return out.toString();
  }

  private static void text(XMLStreamWriter w, String element, String value)
      throws XMLStreamException {
    w.writeStartElement(element);
    w.writeCharacters(clean(value));
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String rel, String href, @Nullable String type)
      throws XMLStreamException {
    w.writeEmptyElement("link");
    w.writeAttribute("rel", rel);
    if (type != null) {
      w.writeAttribute("type", type);
    }
    w.writeAttribute("href", clean(href));
  }

  /** RFC 3339 in UTC, as RFC 4287 §3.3 asks. */
  static String time(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at);
  }

  /**
   * The text without the characters XML 1.0 does not allow (§2.2: controls other than tab, line
   * feed and carriage return; lone surrogates; U+FFFE and U+FFFF).
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
